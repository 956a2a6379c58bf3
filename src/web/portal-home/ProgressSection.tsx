/** "Your progress": per questionnaire the client answered, the scores in words, a chart and the numbers. */
import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { HomeHistory } from './api.ts';
import { InstrumentProgress } from './InstrumentProgress.tsx';
import type { HomeText, PortalLanguage } from './i18n.ts';

interface Props {
  history: HomeHistory[];
  t: HomeText;
  language: PortalLanguage;
  timezone: string;
}

export function ProgressSection({ history, t, language, timezone }: Props) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t.progressHeading}
      </Title>
      {history.length === 0 ? (
        <Text>{t.noScores}</Text>
      ) : (
        <>
          <Text>{t.progressIntro}</Text>
          {history.map((h) => (
            <InstrumentProgress
              key={h.instrumentId}
              history={h}
              t={t}
              language={language}
              timezone={timezone}
            />
          ))}
        </>
      )}
    </Stack>
  );
}
