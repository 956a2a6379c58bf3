/**
 * The cohort page's "Before arrival": the pre-arrival message per language (English, Dutch), each
 * with its schedule and a preview. Staff with cohort.manage write it; the scheduler sends it.
 */
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Cohort } from '../cohorts/api.ts';
import { Section } from '../evidence/Section.tsx';
import { currentLanguage, useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { PageLoader } from '../ui/PageLoader.tsx';
import { type PreArrivalLanguage, usePreArrival } from './api.ts';
import { PreArrivalForm } from './PreArrivalForm.tsx';

export function PreArrivalSection({ cohort }: { cohort: Cohort }) {
  const { t } = useT('preArrival');
  const query = usePreArrival(cohort.id);
  const [language, setLanguage] = useState<PreArrivalLanguage>(currentLanguage());
  const saved = query.data?.items.find((m) => m.language === language);
  return (
    <Section title={t('heading')} id="cohort-pre-arrival">
      <Stack gap="sm">
        <Text size="sm">{t('intro')}</Text>
        {query.isError && !query.data ? (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : !query.data ? (
          <PageLoader label={t('loading')} />
        ) : (
          <>
            <SegmentedControl
              aria-label={t('language')}
              value={language}
              onChange={(v) => setLanguage(v === 'nl' ? 'nl' : 'en')}
              data={(['en', 'nl'] as const).map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            />
            <Text size="sm">
              {saved ? t('written', { date: formatDateTime(saved.updatedAt) }) : t('notWritten')}
            </Text>
            <PreArrivalForm
              key={`${language}:${saved?.updatedAt ?? ''}`}
              cohortId={cohort.id}
              startDate={cohort.startDate}
              language={language}
              saved={saved}
            />
          </>
        )}
      </Stack>
    </Section>
  );
}
