/** The study a template follows, and what the study does not state (the clinic must set it). */
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ProgramSource } from '../../domain/programs/types.ts';
import { useT } from '../i18n/i18n.ts';

export function SourceNote({
  source,
  templateTitle,
}: {
  source: ProgramSource;
  templateTitle?: string | null;
}) {
  const { t } = useT('programs');
  return (
    <Alert
      color="blue"
      variant="light"
      title={templateTitle ? t('source.basedOn', { title: templateTitle }) : t('source.title')}
    >
      <Stack gap={4}>
        <Text size="sm">
          <strong>{t('source.follows')}</strong> {source.citation}
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
                {t('source.inLibrary')}
              </Anchor>
            </>
          )}
        </Text>
        {source.note && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <strong>{t('source.note')}</strong> {source.note}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
