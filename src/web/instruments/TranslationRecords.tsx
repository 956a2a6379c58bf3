/** Which translations were looked for, what copies were found, how they differ, and the decision. */
import { Anchor, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Instrument } from '../../api/instruments.ts';
import { VerificationBadge } from './Provenance.tsx';

const languageName = (code: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

export function TranslationRecords({ instrument }: { instrument: Instrument }) {
  return (
    <Stack gap="sm">
      <Text>
        Installed for your clients: {instrument.installedLanguages.map(languageName).join(', ')}.{' '}
        <Anchor component={Link} to="/instruments/translations">
          Translations for your clients
        </Anchor>
      </Text>
      {instrument.translationRecords.map((r) => (
        <Stack key={r.language} gap={4}>
          <Text fw={600}>
            {languageName(r.language)}:{' '}
            {r.installed ? 'installed with Threshold' : 'not installed with Threshold'}{' '}
            <VerificationBadge status={r.status} />
          </Text>
          <Text>{r.decision}</Text>
          <Text size="sm">Licence: {r.licence}</Text>
          {r.copies.length > 0 && (
            <details className="threshold-source">
              <summary>
                {r.copies.length} public {r.copies.length === 1 ? 'copy' : 'copies'} compared
                {r.disagreements.length ? `, ${r.disagreements.length} disagreements` : ''}
              </summary>
              <List size="sm" mt="xs">
                {r.copies.map((c) => (
                  <List.Item key={c.source} style={{ overflowWrap: 'anywhere' }}>
                    {c.source}: {c.note}
                  </List.Item>
                ))}
                {r.disagreements.map((d) => (
                  <List.Item key={d}>Disagreement: {d}</List.Item>
                ))}
              </List>
            </details>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
