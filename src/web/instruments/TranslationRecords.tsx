/** Which translations were looked for, what copies were found, how they differ, and the decision. */

import { Anchor, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Instrument } from '../../api/instruments.ts';
import { currentLanguage, useT } from '../i18n/i18n.ts';
import { VerificationBadge } from './Provenance.tsx';

const languageName = (code: string) =>
  new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(code) ?? code;

export function TranslationRecords({ instrument }: { instrument: Instrument }) {
  const { t } = useT('instrumentPages');
  return (
    <Stack gap="sm">
      <Text>
        {t('translations.installedFor', {
          languages: instrument.installedLanguages.map(languageName).join(', '),
        })}{' '}
        <Anchor component={Link} to="/instruments/translations">
          {t('translations.forClients')}
        </Anchor>
      </Text>
      {instrument.translationRecords.map((r) => (
        <Stack key={r.language} gap={4}>
          <Text fw={600}>
            {languageName(r.language)}:{' '}
            {r.installed ? t('translations.withThreshold') : t('translations.notWithThreshold')}{' '}
            <VerificationBadge status={r.status} />
          </Text>
          <Text>{r.decision}</Text>
          <Text size="sm">{t('translations.licenceLine', { licence: r.licence })}</Text>
          {r.copies.length > 0 && (
            <details className="threshold-source">
              <summary>
                {t('translations.copies', { count: r.copies.length })}
                {r.disagreements.length
                  ? t('translations.disagreements', { count: r.disagreements.length })
                  : ''}
              </summary>
              <List size="sm" mt="xs">
                {r.copies.map((c) => (
                  <List.Item key={c.source} style={{ overflowWrap: 'anywhere' }}>
                    {c.source}: {c.note}
                  </List.Item>
                ))}
                {r.disagreements.map((d) => (
                  <List.Item key={d}>{t('translations.disagreement', { text: d })}</List.Item>
                ))}
              </List>
            </details>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
