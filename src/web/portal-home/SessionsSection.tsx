/** "Your upcoming sessions": when (in the organization's time zone), what kind, and where. */
import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { HomeSession } from './api.ts';
import { formatSessionTime } from './format.ts';
import type { HomeText, PortalLanguage } from './i18n.ts';

interface Props {
  sessions: HomeSession[];
  t: HomeText;
  language: PortalLanguage;
  timezone: string;
}

/** True when the browser is in another zone than the organization (then the page names the zone). */
function otherZone(timezone: string): boolean {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone !== timezone;
  } catch {
    return false;
  }
}

export function SessionsSection({ sessions, t, language, timezone }: Props) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t.sessionsHeading}
      </Title>
      {sessions.length === 0 ? (
        <Text>{t.noSessions}</Text>
      ) : (
        <>
          {otherZone(timezone) && <Text size="sm">{t.timesIn(timezone)}</Text>}
          <ul className="portal-home-list">
            {sessions.map((s) => (
              <li key={s.id} className="portal-home-card">
                <Text fw={700} size="lg">
                  <time dateTime={s.startsAt}>
                    {formatSessionTime(s.startsAt, s.endsAt, language, timezone)}
                  </time>
                </Text>
                <Text>
                  {s.name} · {s.kind === 'group' ? t.groupSession : t.personalSession}
                </Text>
                {s.room && <Text>{t.room(s.room)}</Text>}
                {s.location && <Text>{t.location(s.location)}</Text>}
              </li>
            ))}
          </ul>
        </>
      )}
    </Stack>
  );
}
