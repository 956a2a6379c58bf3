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
import { useOrgTimezone } from '../sessions/time.ts';
import { ZoneNote } from '../sessions/ZoneNote.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useTimeline } from './api.ts';
import { EnrollmentCard } from './EnrollmentCard.tsx';

export function ProgramsSection({ client }: { client: Client }) {
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
          Programs
        </Title>
        {canManage && !archived && <Button onClick={() => setEnrolling(true)}>Enroll in a program</Button>}
      </Group>
      {items.length > 0 && <ZoneNote zone={timezone} />}
      {timeline.isError && !timeline.data ? (
        <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : !timeline.data ? (
        <PageLoader label="Loading programs" />
      ) : items.length === 0 ? (
        <Text>Not enrolled in any program.</Text>
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
            whose={`${name}’s sessions`}
            shareAdvice="Give it only to the client"
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
