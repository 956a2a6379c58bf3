/**
 * Staff: a dose taken at home — its check-ins as a timeline (when due, the answer, by whom, vitals,
 * a note, missed), the support person with their attestation, and a new link for the support person.
 */
import { Alert, Button, Code, List, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { formatDateTimeIn } from '../sessions/time.ts';
import { type HomeTimeline, useHomeTimeline, useMakeSupportLink } from './api.ts';

type Checkin = HomeTimeline['checkins'][number];

function CheckinItem({ c, zone }: { c: Checkin; zone: string }) {
  const { t } = useT('atHome');
  const state = c.answer ?? (c.missedAt ? 'missed' : 'open');
  const when =
    c.offsetMinutes === null ? t('staff.unscheduled') : t('staff.offset', { minutes: c.offsetMinutes });
  return (
    <Timeline.Item
      color={state === 'ok' ? 'green' : state === 'open' ? 'gray' : 'red'}
      title={`${formatDateTimeIn(c.dueAt, zone)} (${when}): ${t(`state.${state}`)}`}
    >
      {c.answeredBy && c.answeredAt && (
        <Text size="sm">
          {t(`staff.by.${c.answeredBy}`)}, {formatDateTimeIn(c.answeredAt, zone)}
        </Text>
      )}
      {c.systolic !== null && (
        <Text size="sm">
          {t('staff.vitals', {
            systolic: c.systolic,
            diastolic: c.diastolic ?? '–',
            heartRate: c.heartRate ?? '–',
          })}
        </Text>
      )}
      {c.note && <Text size="sm">“{c.note}”</Text>}
      {c.missedAt && (
        <Text size="sm">{t('staff.missedAt', { time: formatDateTimeIn(c.missedAt, zone) })}</Text>
      )}
    </Timeline.Item>
  );
}

function SupportBlock({ data, zone }: { data: HomeTimeline; zone: string }) {
  const { t } = useT('atHome');
  const p = data.support.person;
  return (
    <Stack gap={4}>
      <Text fw={700}>{t('staff.support')}</Text>
      {p ? (
        <Text size="sm">
          {p.name} ({p.relationship}), {p.phone} —{' '}
          {t('staff.attested', { time: formatDateTimeIn(p.attestedAt, zone), version: p.attestationVersion })}
        </Text>
      ) : (
        <Text size="sm">{t('staff.noSupport')}</Text>
      )}
      {data.support.problems.length > 0 && (
        <Alert color="orange" title={t('staff.problems')}>
          <List size="sm">
            {data.support.problems.map((x) => (
              <List.Item key={x}>{x}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

export function AtHomeTimeline({
  dosingRecordId,
  canRecord,
  zone,
}: {
  dosingRecordId: string;
  canRecord: boolean;
  zone: string;
}) {
  const { t } = useT('atHome');
  const query = useHomeTimeline(dosingRecordId);
  const link = useMakeSupportLink(dosingRecordId);
  if (query.isError) return <Alert color="red">{t('staff.loadFailed')}</Alert>;
  const data = query.data;
  if (!data || data.checkins.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="at-home-heading">
      <Title order={2} size="h4" id="at-home-heading" mb="sm">
        {t('staff.title')}
      </Title>
      <Stack gap="md">
        <SupportBlock data={data} zone={zone} />
        <Timeline active={data.checkins.filter((c) => c.answer).length - 1} bulletSize={16}>
          {data.checkins.map((c) => (
            <CheckinItem key={c.id} c={c} zone={zone} />
          ))}
        </Timeline>
        {data.linkExpiresAt && !link.data && (
          <Text size="sm">
            {t('staff.linkExpires', { time: formatDateTimeIn(data.linkExpiresAt, zone) })}
          </Text>
        )}
        {link.data && (
          <Alert color="blue">
            <Text size="sm">
              {t('staff.linkMade', { time: formatDateTimeIn(link.data.expiresAt, zone) })}
            </Text>
            <Code block>{link.data.url}</Code>
          </Alert>
        )}
        {canRecord && (
          <Button
            variant="light"
            loading={link.isPending}
            onClick={() => link.mutate()}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('staff.makeLink')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
