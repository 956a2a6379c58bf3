/**
 * One client's dosing day, in the order it happens: clearance (with the named reasons when not
 * cleared), 1. baseline vital signs (a flagged one blocks the dose until re-measured or overridden by
 * a clinician), 2. the dose (checked against the program's plan), then the dosing record for
 * vitals during the session, adverse events and discharge.
 */

import { Alert, Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { useCan } from '../app/session-context.tsx';
import { SupportPersonSection } from '../at-home/SupportPersonSection.tsx';
import { useEnrollment } from '../enrollments/api.ts';
import { clearanceReasons } from '../enrollments/clearance-text.ts';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { useProgramSession } from '../sessions/api.ts';
import { formatSessionWhen } from '../sessions/labels.ts';
import { useOrgTimezone } from '../sessions/time.ts';
import { ZoneNote } from '../sessions/ZoneNote.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatNumber } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useDosingDay } from './api.ts';
import { BaselineSection } from './BaselineSection.tsx';
import { DoseForm } from './DoseForm.tsx';

export function DosingDayPage() {
  const { id = '', enrollmentId = '' } = useParams();
  const { t } = useT('dosing');
  const session = useProgramSession(id);
  const day = useDosingDay(id, enrollmentId);
  const enrollment = useEnrollment(enrollmentId);
  const canOverride = useCan('dosing.override');
  const canRecord = useCan('dosing.record');
  const { timezone, loading: zoneLoading } = useOrgTimezone();

  const failed = (session.isError && !session.data) || (day.isError && !day.data);
  if (failed) {
    const error = session.error ?? day.error;
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
      return <NotFoundPage title={t('day.notFoundTitle')} message={t('day.notFoundBody')} />;
    }
    return (
      <>
        <PageHeader title={t('day.title')} />
        <ErrorAlert error={error} onRetry={() => void Promise.all([session.refetch(), day.refetch()])} />
      </>
    );
  }
  if (!session.data || !day.data || zoneLoading) return <PageLoader label={t('day.loading')} />;

  const s = session.data;
  const d = day.data;
  const sessionPath = `/sessions/${encodeURIComponent(s.id)}`;
  const screenings = enrollment.data?.screenings ?? [];
  const intake = [...screenings].reverse().find((x) => x.vitals?.weightKg != null) ?? null;
  const reasons = clearanceReasons(d.clearance);

  return (
    <Stack gap="md" maw={880}>
      <Anchor component={Link} to={sessionPath} size="sm">
        ← {s.name}
      </Anchor>
      <PageHeader title={t('day.title')}>
        <Text mt={4}>
          {d.client.name} · {s.name}, {formatSessionWhen(s.startsAt, s.endsAt, timezone)}
        </Text>
        <ZoneNote zone={timezone} />
      </PageHeader>
      {d.clearance.cleared ? (
        <Alert color="teal" title={t('day.cleared')} />
      ) : (
        <Alert color="red" title={t('day.notCleared', { reason: reasons[0] ?? '' })} role="alert">
          <List size="sm">
            {reasons.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {d.dosingRecords.length > 0 && (
        <Alert color="blue" title={t('day.doseRecorded')}>
          <List size="sm">
            {d.dosingRecords.map((r) => (
              <List.Item key={r.id}>
                <Anchor component={Link} to={`/dosing-records/${encodeURIComponent(r.id)}`}>
                  {t('day.openRecord', { dose: formatNumber(r.doseMg) })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {d.atHome && <SupportPersonSection enrollmentId={enrollmentId} canRecord={canRecord} zone={timezone} />}
      <BaselineSection day={d} canRecord={canRecord} canOverride={canOverride} zone={timezone} />
      <Paper withBorder p="md" component="section" aria-labelledby="dose-heading">
        <Title order={2} size="h4" id="dose-heading" mb="xs">
          {t('day.doseStep')}
        </Title>
        {!d.gate.allowed && (
          <Text size="sm" c="red.8" fw={600} mb="sm">
            {t('day.blocked')}
          </Text>
        )}
        <DoseForm
          day={d}
          attendeeName={d.client.name}
          intakeWeightKg={intake?.vitals.weightKg ?? null}
          zone={timezone}
          cancelPath={sessionPath}
        />
      </Paper>
      <Text size="sm">{t('day.after')}</Text>
    </Stack>
  );
}
