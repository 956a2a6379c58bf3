/**
 * The "Programs" section of a client's page: every enrollment as a timeline, "Enroll in a program"
 * for roles that enroll, and the client's calendar feed.
 */

import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Client } from '../../api/clients.ts';
import { useCan } from '../app/session-context.tsx';
import { CalendarFeedSection } from '../calendar-feeds/CalendarFeedSection.tsx';
import { EnrollModal } from '../enrollments/EnrollModal.tsx';
import { useT } from '../i18n/i18n.ts';
import { useOrgTimezone } from '../sessions/time.ts';
import { ZoneNote } from '../sessions/ZoneNote.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useTimeline } from './api.ts';
import { EnrollmentCard } from './EnrollmentCard.tsx';

export function ProgramsSection({ client }: { client: Client }) {
  const { t } = useT('timeline');
  const canManage = useCan('enrollment.manage');
  const canFeed = useCan('calendar.feed') && canManage;
  const timeline = useTimeline(client.id);
  const [enrolling, setEnrolling] = useState(false);
  const { timezone } = useOrgTimezone();
  const archived = client.archivedAt !== null;
  const name = `${client.givenName} ${client.familyName}`;
  const items = timeline.data?.enrollments ?? [];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="programs-heading">
      <Group justify="space-between" align="center" mb="sm" gap="sm">
        <Title order={2} size="h4" id="programs-heading">
          {t('programs.title')}
        </Title>
        {canManage && !archived && <Button onClick={() => setEnrolling(true)}>{t('programs.enroll')}</Button>}
      </Group>
      {items.length > 0 && <ZoneNote zone={timezone} />}
      {timeline.isError && !timeline.data ? (
        <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : !timeline.data ? (
        <PageLoader label={t('programs.loading')} />
      ) : items.length === 0 ? (
        <Text>{t('programs.none')}</Text>
      ) : (
        <Stack gap="md">
          {items.map((item) => (
            <EnrollmentCard key={item.enrollment.id} item={item} clientId={client.id} />
          ))}
        </Stack>
      )}
      {canFeed && items.length > 0 && (
        <Stack mt="md">
          <CalendarFeedSection
            ownerType="client"
            ownerId={client.id}
            whose={t('programs.whose', { name })}
            shareAdvice={t('programs.share')}
            headingOrder={3}
          />
        </Stack>
      )}
      {canManage && (
        <EnrollModal
          clientId={client.id}
          clientName={name}
          opened={enrolling}
          onClose={() => setEnrolling(false)}
        />
      )}
    </Paper>
  );
}
