/**
 * The attendees of a session, one row each: name, booking, attendance buttons (attended, absent,
 * excused) for roles that run sessions, and on a dosing session the dosing record or "Record
 * dosing" (booked attendees only; a held attendee shows why the booking is held).
 */

import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCan } from '../app/session-context.tsx';
import { useEnrollment } from '../enrollments/api.ts';
import { clearanceReasons } from '../enrollments/clearance-text.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import {
  type Attendance,
  isDosing,
  type SessionAttendee,
  type SessionDetail,
  type SessionDosingRecordRef,
  useSetAttendance,
} from './api.ts';
import { ATTENDANCE_LABELS, BOOKING_LABELS } from './labels.ts';
import { formatTimeIn } from './time.ts';

const ATTENDANCE: Attendance[] = ['attended', 'absent', 'excused'];

export function AttendeesSection({ session, zone }: { session: SessionDetail; zone: string }) {
  const { t } = useT('sessions');
  const canRun = useCan('session.run');
  const canReadClients = useCan('client.read');
  const canRecordDosing = useCan('dosing.record');
  const canReadDosing = useCan('dosing.read');
  const canReadEnrollment = useCan('enrollment.read');
  const attendance = useSetAttendance(session.id);
  const dosing = isDosing(session);
  const cancelled = session.status === 'cancelled';
  // Attended and absent only once the session has started (the server refuses them before).
  const started = Date.parse(session.startsAt) <= Date.now();

  const recordOf = (a: SessionAttendee) =>
    (session.dosingRecords ?? []).find((r) => r.enrollmentId === a.enrollmentId);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="attendees-heading">
      <Title order={2} size="h4" id="attendees-heading" mb="sm">
        {session.room
          ? t('attendees.titleOf', { count: session.attendees.length, capacity: session.room.capacity })
          : t('attendees.title', { count: session.attendees.length })}
      </Title>
      {attendance.isError && <ErrorAlert error={attendance.error} title={t('attendees.notSaved')} />}
      {canRun && !cancelled && !started && (
        <Text size="sm" mb="sm">
          {t('attendees.beforeStart')}
        </Text>
      )}
      {session.attendees.length === 0 ? (
        <Text>{t('attendees.nobody')}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {session.attendees.map((a) => {
            const record = recordOf(a);
            const pending = attendance.isPending && attendance.variables?.enrollmentId === a.enrollmentId;
            return (
              <li key={a.enrollmentId}>
                <Paper withBorder p="sm" radius="sm" bg="gray.0">
                  <Group justify="space-between" align="flex-start" gap="xs">
                    <Title order={3} size="h5">
                      {canReadClients ? (
                        <Anchor component={Link} to={`/clients/${encodeURIComponent(a.clientId)}`}>
                          {a.name}
                        </Anchor>
                      ) : (
                        a.name
                      )}
                    </Title>
                    <Group gap={6}>
                      <Badge variant="light" color={a.booking === 'held' ? 'orange' : 'teal'} tt="none">
                        {BOOKING_LABELS[a.booking]}
                      </Badge>
                      <Badge variant="outline" color="gray" tt="none">
                        {a.attendance ? ATTENDANCE_LABELS[a.attendance] : t('attendees.notRecorded')}
                      </Badge>
                    </Group>
                  </Group>
                  {a.booking === 'held' && canReadEnrollment && <HeldReason enrollmentId={a.enrollmentId} />}
                  {a.booking === 'held' && !canReadEnrollment && (
                    <Text size="sm" mt={4}>
                      {t('attendees.held')}
                    </Text>
                  )}
                  <Group gap="sm" mt="xs" justify="space-between" align="flex-end">
                    {canRun && !cancelled ? (
                      <Group gap={6} role="group" aria-label={t('attendees.attendanceOf', { name: a.name })}>
                        {ATTENDANCE.map((value) => (
                          <Button
                            key={value}
                            size="xs"
                            variant={a.attendance === value ? 'filled' : 'default'}
                            aria-pressed={a.attendance === value}
                            loading={pending && attendance.variables?.attendance === value}
                            disabled={pending || (!started && value !== 'excused')}
                            onClick={() =>
                              attendance.mutate({ enrollmentId: a.enrollmentId, attendance: value })
                            }
                          >
                            {ATTENDANCE_LABELS[value]}
                          </Button>
                        ))}
                      </Group>
                    ) : (
                      <span />
                    )}
                    {dosing && (
                      <DosingAction
                        record={record}
                        attendee={a}
                        sessionId={session.id}
                        canRecord={canRecordDosing && !cancelled}
                        canRead={canReadDosing}
                        zone={zone}
                      />
                    )}
                  </Group>
                </Paper>
              </li>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}

function DosingAction(props: {
  record: SessionDosingRecordRef | undefined;
  attendee: SessionAttendee;
  sessionId: string;
  canRecord: boolean;
  canRead: boolean;
  zone: string;
}) {
  const { t } = useT('sessions');
  const { record, attendee, sessionId, canRecord, canRead, zone } = props;
  if (record) {
    return canRead ? (
      <Anchor component={Link} to={`/dosing-records/${encodeURIComponent(record.id)}`} size="sm">
        {t('attendees.record', {
          dose: record.doseMg,
          route: record.route,
          time: formatTimeIn(record.startedAt, zone),
        })}
      </Anchor>
    ) : (
      <Text size="sm">{t('attendees.recorded')}</Text>
    );
  }
  if (!canRecord) return null;
  if (attendee.booking !== 'booked') {
    return <Text size="sm">{t('attendees.onceBooked')}</Text>;
  }
  return (
    <Button
      component={Link}
      to={`/sessions/${encodeURIComponent(sessionId)}/record-dosing/${encodeURIComponent(attendee.enrollmentId)}`}
      size="xs"
      aria-label={t('attendees.dosingDayFor', { name: attendee.name })}
    >
      {t('attendees.dosingDay')}
    </Button>
  );
}

/** Why a dosing booking is held: the enrollment's clearance reasons. */
function HeldReason({ enrollmentId }: { enrollmentId: string }) {
  const { t } = useT('sessions');
  const enrollment = useEnrollment(enrollmentId);
  if (enrollment.isError) {
    return (
      <Text size="sm" mt={4}>
        {t('attendees.held')}
      </Text>
    );
  }
  const reasons = enrollment.data ? clearanceReasons(enrollment.data.clearance) : [];
  return (
    <Text size="sm" mt={4}>
      {reasons.length > 0
        ? t('attendees.heldUntilReasons', { reasons: reasons.join(' ') })
        : t('attendees.heldUntil')}
    </Text>
  );
}
