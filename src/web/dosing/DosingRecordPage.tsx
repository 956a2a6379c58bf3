/**
 * One dosing record: what was given (with mg/kg), vital signs through the session with their flags,
 * adverse events, and the end and discharge. Read under audit; roles that record dosing add to it.
 */
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { useCan } from '../app/session-context.tsx';
import { AtHomeTimeline } from '../at-home/AtHomeTimeline.tsx';
import { ApiError } from '../http/problem.ts';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import { DifficultFlagSection } from '../integration/DifficultFlagSection.tsx';
import { formatDateTimeIn, useOrgTimezone } from '../sessions/time.ts';
import { ZoneNote } from '../sessions/ZoneNote.tsx';
import { DataList, orNotRecorded } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { AdverseEventsSection } from './AdverseEventsSection.tsx';
import { useDosingRecord } from './api.ts';
import { DischargeSection } from './DischargeSection.tsx';
import { kindLabel } from './lot-labels.ts';
import { VitalsSection } from './VitalsSection.tsx';
import { weighedItems } from './weighed.ts';

export function DosingRecordPage() {
  const { id = '' } = useParams();
  const { t } = useT('dosing');
  const query = useDosingRecord(id);
  const format = useFormat();
  const canRecord = useCan('dosing.record');
  const canReadClients = useCan('client.read');
  const canFlag = useCan('dosing.flag');
  const { timezone, loading: zoneLoading } = useOrgTimezone();

  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
      return <NotFoundPage title={t('record.notFoundTitle')} message={t('record.notFoundBody')} />;
    }
    return (
      <>
        <PageHeader title={t('record.title')} />
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!query.data || zoneLoading) return <PageLoader label={t('record.loading')} />;

  const r = query.data;
  const flagged = r.vitals.reduce((n, v) => n + v.flags.length, 0);

  return (
    <Stack gap={0} maw={1040}>
      <Anchor component={Link} to={`/sessions/${encodeURIComponent(r.sessionId)}`} size="sm" mb="xs">
        {t('record.backSession')}
      </Anchor>
      <PageHeader title={t('record.titleOf', { name: r.client.name })}>
        <Group gap="xs" mt={4}>
          {canReadClients && (
            <Anchor component={Link} to={`/clients/${encodeURIComponent(r.client.id)}`}>
              {t('record.clientRecord')}
            </Anchor>
          )}
          {r.dischargeReady && (
            <Badge color="teal" variant="light" tt="none">
              {t('record.ready')}
            </Badge>
          )}
          {flagged > 0 && (
            <Badge color="orange" variant="light" tt="none">
              {t('record.flags', { count: flagged })}
            </Badge>
          )}
          {r.difficult && (
            <Badge color="orange" variant="light" tt="none">
              {t('record.difficult')}
            </Badge>
          )}
          {r.adverseEvents.length > 0 && (
            <Badge color="red" variant="light" tt="none">
              {t('record.events', { count: r.adverseEvents.length })}
            </Badge>
          )}
        </Group>
        <ZoneNote zone={timezone} />
      </PageHeader>
      <Stack gap="lg">
        <Paper withBorder p="md" component="section" aria-labelledby="dose-heading">
          <Title order={2} size="h4" id="dose-heading" mb="sm">
            {t('record.dose')}
          </Title>
          <DataList
            items={[
              { label: t('record.substance'), value: r.substance },
              ...(r.substanceKind ? [{ label: t('product.kind'), value: kindLabel(r.substanceKind) }] : []),
              { label: t('record.dose'), value: `${format.number(r.doseMg)} mg` },
              ...weighedItems(r, (n) => format.number(n)),
              {
                label: t('record.weight'),
                value: r.weightKg !== null ? `${format.number(r.weightKg)} kg` : orNotRecorded(null),
              },
              {
                label: t('record.perKg'),
                value: r.mgPerKg !== null ? `${format.number(r.mgPerKg)} mg/kg` : t('record.notComputed'),
              },
              {
                label: t('record.plan'),
                value:
                  r.plannedMgPerKg !== null ? `${format.number(r.plannedMgPerKg)} mg/kg` : t('record.noPlan'),
              },
              ...(r.doseConfirmationReason
                ? [{ label: t('record.confirmedBecause'), value: r.doseConfirmationReason }]
                : []),
              { label: t('record.route'), value: r.route },
              { label: t('record.lot'), value: orNotRecorded(r.lotNumber) },
              { label: t('record.started'), value: formatDateTimeIn(r.startedAt, timezone) },
              {
                label: t('record.ended'),
                value: r.endedAt ? formatDateTimeIn(r.endedAt, timezone) : orNotRecorded(null),
              },
            ]}
          />
          {!canRecord && (
            <Text size="sm" mt="sm">
              {t('record.readOnly')}
            </Text>
          )}
        </Paper>
        <AtHomeTimeline dosingRecordId={r.id} canRecord={canRecord} zone={timezone} />
        <VitalsSection record={r} canRecord={canRecord} zone={timezone} />
        <AdverseEventsSection record={r} canRecord={canRecord} zone={timezone} />
        <DischargeSection record={r} canRecord={canRecord} zone={timezone} />
        <DifficultFlagSection record={r} canFlag={canFlag} />
      </Stack>
    </Stack>
  );
}
