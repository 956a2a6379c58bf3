/** The study a template follows, and what the study does not state (the clinic must set it). */
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ProgramSource } from '../../domain/programs/types.ts';

export function SourceNote({
  source,
  templateTitle,
}: {
  source: ProgramSource;
  templateTitle?: string | null;
}) {
  return (
    <Alert
      color="blue"
      variant="light"
      title={templateTitle ? `Based on the template “${templateTitle}”` : 'Source'}
    >
      <Stack gap={4}>
        <Text size="sm">
          <strong>Follows:</strong> {source.citation}
          {source.doi && (
            <>
              {' '}
              <Anchor href={`https://doi.org/${source.doi}`} target="_blank" rel="noreferrer" size="sm">
                doi:{source.doi}
              </Anchor>
            </>
          )}
          {source.studyId && (
            <>
              {' · '}
              <Anchor component={Link} to={`/evidence/${encodeURIComponent(source.studyId)}`} size="sm">
                In the evidence library
              </Anchor>
            </>
          )}
        </Text>
        {source.note && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <strong>Note:</strong> {source.note}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
