/** "Questionnaires to answer": each a large link to its questionnaire, with the name and closing date. */
import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from '../portal/navigation.tsx';
import type { HomeQuestionnaire } from './api.ts';
import { formatMoment } from './format.ts';
import type { HomeText, PortalLanguage } from './i18n.ts';

interface Props {
  questionnaires: HomeQuestionnaire[];
  t: HomeText;
  language: PortalLanguage;
  timezone: string;
}

export function QuestionnairesSection({ questionnaires, t, language, timezone }: Props) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t.questionnairesHeading}
      </Title>
      {questionnaires.length === 0 ? (
        <Text>{t.noQuestionnaires}</Text>
      ) : (
        <ul className="portal-home-list">
          {questionnaires.map((q) => (
            <li key={q.href}>
              <Link to={q.href} className="portal-home-link">
                <span className="portal-home-link-title">{q.label}</span>
                <span className="portal-home-link-meta">
                  {q.instrumentName !== q.label && <>{q.instrumentName} · </>}
                  {t.openUntil(formatMoment(q.closesAt, language, timezone))}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
