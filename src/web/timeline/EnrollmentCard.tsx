/**
 * One enrollment on the client's timeline: program and version, cohort, arm, status with its
 * history, clearance for dosing (or the reasons it is missing), screening, consent, the sessions by
 * phase, the questionnaires due and done, and dosing records — with the actions the role allows.
 */

import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { CONDITION_LABELS, type Condition } from '../../domain/outcomes/conditions.ts';
import { useCan } from '../app/session-context.tsx';
import { EnrollmentAtHome } from '../at-home/EnrollmentAtHome.tsx';
import { SignedCopyButton } from '../consents/SignedCopy.tsx';
import { type Enrollment, useEnrollment, useProgram } from '../enrollments/api.ts';
import { ConsentModal } from '../enrollments/ConsentModal.tsx';
import { type ClearanceCode, clearanceReasons, hardStopNames } from '../enrollments/clearance-text.ts';
import { DecisionModal } from '../enrollments/DecisionModal.tsx';
import { EnrollmentFacilitator } from '../enrollments/EnrollmentFacilitator.tsx';
import {
  consentMethodLabel,
  ENROLLMENT_STATUS_COLORS,
  ENROLLMENT_STATUS_LABELS,
  statusLabel,
} from '../enrollments/labels.ts';
import { ScreeningSummary } from '../enrollments/ScreeningSummary.tsx';
import { TransitionControls } from '../enrollments/TransitionControls.tsx';
import { useT } from '../i18n/i18n.ts';
import { storedReason } from '../i18n/stored-reason.ts';
import { formatDateTimeIn, useOrgTimezone } from '../sessions/time.ts';
import { formatDate } from '../ui/format.ts';
import { AssessmentsTable } from './AssessmentsTable.tsx';
import type { TimelineEnrollment } from './api.ts';
import { SessionsByPhase } from './SessionsByPhase.tsx';

const SCREENABLE = new Set(['referred', 'screening', 'ineligible']);

export function EnrollmentCard({ item, clientId }: { item: TimelineEnrollment; clientId: string }) {
  const { t } = useT('timeline');
  const { enrollment: e, program, sessions, assessments } = item;
  const detail = useEnrollment(e.id);
  const d = detail.data;
  const prefix = `enrollment-${e.id}`;
  const dosingRecords = sessions.flatMap((s) => (s.dosingRecords ?? []).map((r) => ({ ...r, session: s })));
  const canReadDosing = useCan('dosing.read');
  const { timezone } = useOrgTimezone();
  const fmt = (iso: string) => formatDateTimeIn(iso, timezone);

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`${prefix}-heading`}>
      <Stack gap="md">
        <div>
          <Group justify="space-between" align="flex-start" gap="xs">
            <Title order={3} size="h4" id={`${prefix}-heading`}>
              {program.name}
            </Title>
            <Badge variant="light" color={ENROLLMENT_STATUS_COLORS[e.status]} tt="none" size="lg">
              {ENROLLMENT_STATUS_LABELS[e.status]}
            </Badge>
          </Group>
          <Text size="sm">
            {[
              t('card.version', { version: program.version }),
              e.cohort ? t('card.cohort', { name: e.cohort.name }) : null,
              e.arm ? t('card.arm', { arm: e.arm }) : null,
              e.condition ? (CONDITION_LABELS[e.condition as Condition] ?? e.condition) : null,
              t('card.starts', { date: formatDate(e.startDate) }),
              t('card.since', { when: fmt(e.statusChangedAt) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {d?.statusReason && (
            <Text size="sm">{t('card.reason', { reason: storedReason(d.statusReason) })}</Text>
          )}
        </div>

        <Clearance
          cleared={e.clearance.cleared}
          reasons={e.clearance.reasons}
          codes={e.clearance.codes}
          status={e.status}
        />

        {d && <Actions enrollment={d} />}

        {d && (
          <section aria-labelledby={`${prefix}-history`}>
            <Title order={4} size="h5" id={`${prefix}-history`} mb={4}>
              {t('card.history')}
            </Title>
            <List size="sm" spacing={2}>
              {d.events.map((ev) => (
                <List.Item key={`${ev.at}-${ev.to}`}>
                  {fmt(ev.at)}: {ev.from ? `${statusLabel(ev.from)} → ` : ''}
                  {statusLabel(ev.to)}
                  {ev.by ? ` (${ev.by.name})` : ''}
                  {ev.reason ? `: ${storedReason(ev.reason)}` : ''}
                </List.Item>
              ))}
            </List>
          </section>
        )}

        {d && (
          <section aria-labelledby={`${prefix}-screening`}>
            <Title order={4} size="h5" id={`${prefix}-screening`} mb={4}>
              {t('card.screening')}
            </Title>
            {d.screenings.length ? (
              <ScreeningSummary screening={latest(d.screenings)} count={d.screenings.length} />
            ) : (
              <Text size="sm">{t('card.notScreened')}</Text>
            )}
          </section>
        )}

        {d && <ConsentStatus enrollment={d} prefix={prefix} />}

        <section aria-labelledby={`${prefix}-sessions`}>
          <Title order={4} size="h5" id={`${prefix}-sessions`} mb={4}>
            {t('card.sessions')}
          </Title>
          <SessionsByPhase sessions={sessions} phases={program.phases.map((p) => p.key)} idPrefix={prefix} />
        </section>

        {assessments && (
          <section aria-labelledby={`${prefix}-questionnaires`}>
            <Title order={4} size="h5" id={`${prefix}-questionnaires`} mb={4}>
              {t('card.questionnaires')}
            </Title>
            <AssessmentsTable clientId={clientId} enrollmentId={e.id} assessments={assessments} />
          </section>
        )}

        {canReadDosing && <EnrollmentAtHome programId={program.id} enrollmentId={e.id} zone={timezone} />}

        {canReadDosing && (
          <section aria-labelledby={`${prefix}-dosing`}>
            <Title order={4} size="h5" id={`${prefix}-dosing`} mb={4}>
              {t('card.dosing')}
            </Title>
            {dosingRecords.length === 0 ? (
              <Text size="sm">{t('card.noDose')}</Text>
            ) : (
              <List size="sm">
                {dosingRecords.map((r) => (
                  <List.Item key={r.id}>
                    <Anchor component={Link} to={`/dosing-records/${encodeURIComponent(r.id)}`} size="sm">
                      {t('card.dose', { when: fmt(r.startedAt), dose: r.doseMg, route: r.route })}
                    </Anchor>{' '}
                    ({r.session.name})
                  </List.Item>
                ))}
              </List>
            )}
          </section>
        )}
      </Stack>
    </Paper>
  );
}

const latest = <T extends { recordedAt: string }>(items: T[]): T =>
  [...items].sort((a, b) => Date.parse(b.recordedAt) - Date.parse(a.recordedAt))[0]!;

function Clearance({
  cleared,
  reasons: english,
  codes,
  status,
}: {
  cleared: boolean;
  reasons: string[];
  codes: ClearanceCode[];
  status: string;
}) {
  const { t } = useT('timeline');
  if (status === 'withdrawn' || status === 'completed') return null;
  if (cleared) {
    return (
      <Alert color="teal" title={t('clearance.cleared')} p="sm">
        {t('clearance.clearedBody')}
      </Alert>
    );
  }
  // Every hard stop is named in the title: the reasons that do not go away with paperwork.
  const stops = hardStopNames(codes, english);
  const reasons = clearanceReasons({ reasons: english, codes });
  const title = stops.length
    ? t('clearance.hardStops', { count: stops.length, stops: stops.join('; ') })
    : t('clearance.notCleared');
  return (
    <Alert color="orange" title={title} p="sm">
      {reasons.length === 1 ? (
        reasons[0]
      ) : (
        <List size="sm">
          {reasons.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      )}
      <Text size="sm" mt={4}>
        {t('clearance.held')}
      </Text>
    </Alert>
  );
}

function Actions({ enrollment: d }: { enrollment: Enrollment }) {
  const { t } = useT('timeline');
  const canManage = useCan('enrollment.manage');
  const canSchedule = useCan('session.schedule');
  const canScreen = useCan('screening.record');
  const canDecide = useCan('screening.decide');
  const [deciding, setDeciding] = useState(false);
  const [consenting, setConsenting] = useState(false);
  const last = d.screenings.length ? latest(d.screenings) : null;
  const mayDecide = canDecide && d.status === 'screening' && last !== null && last.decision === null;
  const needsConsent =
    d.status === 'eligible' ||
    ((d.status === 'consented' || d.status === 'active') &&
      d.clearance.codes.some((r) => r.code.includes('consent')));
  const mayConsent = canManage && needsConsent;
  const mayScreen = canScreen && SCREENABLE.has(d.status);

  if (!canManage && !canSchedule && !mayScreen && !mayDecide) return null;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {mayScreen && (
          <Button component={Link} to={`/enrollments/${encodeURIComponent(d.id)}/screening`} size="xs">
            {d.screenings.length ? t('actions.screenAgain') : t('actions.screen')}
          </Button>
        )}
        {mayDecide && (
          <Button size="xs" onClick={() => setDeciding(true)}>
            {t('actions.decide')}
          </Button>
        )}
        {mayConsent && (
          <Button size="xs" onClick={() => setConsenting(true)}>
            {t('actions.consent')}
          </Button>
        )}
      </Group>
      {canManage && <TransitionControls enrollment={d} />}
      {canSchedule && <EnrollmentFacilitator enrollment={d} />}
      {last && mayDecide && (
        <DecisionModal enrollment={d} screening={last} opened={deciding} onClose={() => setDeciding(false)} />
      )}
      {mayConsent && <ConsentModal enrollment={d} opened={consenting} onClose={() => setConsenting(false)} />}
    </Stack>
  );
}

function ConsentStatus({ enrollment: d, prefix }: { enrollment: Enrollment; prefix: string }) {
  const { t } = useT('timeline');
  const { timezone } = useOrgTimezone();
  const fmt = (iso: string) => formatDateTimeIn(iso, timezone);
  const program = useProgram(d.program.id);
  const doc = program.data?.consentDocument ?? null;
  return (
    <section aria-labelledby={`${prefix}-consent`}>
      <Title order={4} size="h5" id={`${prefix}-consent`} mb={4}>
        {t('consent.title')}
      </Title>
      <Text size="sm">
        {doc
          ? t('consent.current', { title: doc.title, version: doc.version })
          : program.data
            ? t('consent.noDocument')
            : ''}
      </Text>
      {d.consents.length === 0 ? (
        <Text size="sm">{t('consent.none')}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {d.consents.map((c) => (
            <List.Item key={c.id}>
              {c.documentTitle
                ? t('consent.signedTitled', {
                    version: c.documentVersion,
                    title: c.documentTitle,
                    when: fmt(c.signedAt),
                    method: consentMethodLabel(c.method),
                  })
                : t('consent.signed', {
                    version: c.documentVersion,
                    when: fmt(c.signedAt),
                    method: consentMethodLabel(c.method),
                  })}
              {doc && c.documentVersion !== doc.version ? t('consent.notCurrent') : ''}
              {c.withdrawnAt ? t('consent.withdrawn', { when: fmt(c.withdrawnAt) }) : ''}{' '}
              <SignedCopyButton id={c.id} version={c.documentVersion} />
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
