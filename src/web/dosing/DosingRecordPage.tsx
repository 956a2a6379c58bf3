/**
 * One dosing record: what was given (with mg/kg), vital signs through the session with their flags,
 * adverse events, and the end and discharge. Read under audit; roles that record dosing add to it.
 */
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { useCan } from '../app/session-context.tsx';
import { ApiError } from '../http/problem.ts';
import { formatDateTimeIn, useOrgTimezone } from '../sessions/time.ts';
import { ZoneNote } from '../sessions/ZoneNote.tsx';
import { DataList, orNotRecorded } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { AdverseEventsSection } from './AdverseEventsSection.tsx';
import { useDosingRecord } from './api.ts';
import { DischargeSection } from './DischargeSection.tsx';
import { VitalsSection } from './VitalsSection.tsx';

export function DosingRecordPage() {
  const { id = '' } = useParams();
  const query = useDosingRecord(id);
  const canRecord = useCan('dosing.record');
  const canReadClients = useCan('client.read');
  const { timezone, loading: zoneLoading } = useOrgTimezone();

  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
      return (
        <NotFoundPage
          title="Dosing record not found"
          message="There is no dosing record with this address in this organization."
        />
      );
    }
    return (
      <>
        <PageHeader title="Dosing record" />
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!query.data || zoneLoading) return <PageLoader label="Loading dosing record" />;

  const r = query.data;
  const flagged = r.vitals.reduce((n, v) => n + v.flags.length, 0);

  return (
    <Stack gap={0} maw={1040}>
      <Anchor component={Link} to={`/sessions/${encodeURIComponent(r.sessionId)}`} size="sm" mb="xs">
        ← The session
      </Anchor>
      <PageHeader title={`Dosing record: ${r.client.name}`}>
        <Group gap="xs" mt={4}>
          {canReadClients && (
            <Anchor component={Link} to={`/clients/${encodeURIComponent(r.client.id)}`}>
              Client record
            </Anchor>
          )}
          {r.dischargeReady && (
            <Badge color="teal" variant="light" tt="none">
              Ready for discharge
            </Badge>
          )}
          {flagged > 0 && (
            <Badge color="orange" variant="light" tt="none">
              {flagged} vital-sign {flagged === 1 ? 'flag' : 'flags'}
            </Badge>
          )}
          {r.adverseEvents.length > 0 && (
            <Badge color="red" variant="light" tt="none">
              {r.adverseEvents.length} adverse {r.adverseEvents.length === 1 ? 'event' : 'events'}
            </Badge>
          )}
        </Group>
        <ZoneNote zone={timezone} />
      </PageHeader>
      <Stack gap="lg">
        <Paper withBorder p="md" component="section" aria-labelledby="dose-heading">
          <Title order={2} size="h4" id="dose-heading" mb="sm">
            Dose
          </Title>
          <DataList
            items={[
              { label: 'Substance', value: r.substance },
              { label: 'Dose', value: `${r.doseMg} mg` },
              { label: 'Body weight', value: r.weightKg !== null ? `${r.weightKg} kg` : orNotRecorded(null) },
              {
                label: 'Dose per body weight',
                value: r.mgPerKg !== null ? `${r.mgPerKg} mg/kg` : 'Not computed (no weight recorded)',
              },
              {
                label: 'Program plan',
                value: r.plannedMgPerKg !== null ? `${r.plannedMgPerKg} mg/kg` : 'No dose per kg planned',
              },
              ...(r.doseConfirmationReason
                ? [{ label: 'Dose far above the plan, confirmed because', value: r.doseConfirmationReason }]
                : []),
              { label: 'Route', value: r.route },
              { label: 'Lot number', value: orNotRecorded(r.lotNumber) },
              { label: 'Dosing started', value: formatDateTimeIn(r.startedAt, timezone) },
              {
                label: 'Session ended',
                value: r.endedAt ? formatDateTimeIn(r.endedAt, timezone) : orNotRecorded(null),
              },
            ]}
          />
          {!canRecord && (
            <Text size="sm" mt="sm">
              Your role may read this record; facilitators and clinicians add to it.
            </Text>
          )}
        </Paper>
        <VitalsSection record={r} canRecord={canRecord} zone={timezone} />
        <AdverseEventsSection record={r} canRecord={canRecord} zone={timezone} />
        <DischargeSection record={r} canRecord={canRecord} zone={timezone} />
      </Stack>
    </Stack>
  );
}
