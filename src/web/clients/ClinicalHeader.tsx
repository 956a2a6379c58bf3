/**
 * The clinical header at the top of every client page: open alerts and risk flags first, in red
 * and full width (nothing else comes before them at 360 px), then dosing clearance, the latest
 * score per instrument with its band, the next session and who facilitates it. Each part only when
 * the server sent it (the role may read it).
 */

import { Alert, Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { alertTitle } from '../alerts/title.ts';
import { alertTrigger } from '../alerts/trigger.ts';
import { clearanceReasons } from '../enrollments/clearance-text.ts';
import { organizationTimeZone } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import { translatedLabels } from '../i18n/labels.ts';
import { formatDateIn } from '../sessions/time.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { type ClientSummary, useClientSummary } from './summary-api.ts';

const SEVERITY_LABEL: Record<string, string> = translatedLabels('clients:header.severity', [
  'high',
  'medium',
  'low',
]);

function RiskBanner({ summary }: { summary: ClientSummary }) {
  const { t } = useT('clients');
  const alerts = summary.alerts ?? [];
  const risks = (summary.flags ?? []).filter((f) => f.risk);
  if (!alerts.length && !risks.length) return null;
  const high = alerts.some((a) => a.severity === 'high') || risks.length > 0;
  const title = [
    alerts.length ? t('header.openAlerts', { count: alerts.length }) : null,
    risks.length ? t('header.riskFlags', { count: risks.length }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Alert
      color={high ? 'red.9' : 'orange.9'}
      variant="filled"
      role="alert"
      title={title}
      data-testid="clinical-risk"
      styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="xs">
        {risks.map((f) => (
          <Text key={`${f.responseId}|${f.flag}`} fw={700} style={{ overflowWrap: 'break-word' }}>
            {t('header.riskFlag', {
              name: f.shortName,
              reason: f.reason,
              date: formatDateIn(f.administeredAt, organizationTimeZone()),
            })}
          </Text>
        ))}
        {alerts.length > 0 && (
          <List spacing={4} c="white">
            {alerts.map((a) => (
              <List.Item key={a.id} style={{ overflowWrap: 'break-word' }}>
                <b>{SEVERITY_LABEL[a.severity] ?? a.severity}</b>
                {a.status === 'acknowledged' ? t('header.acknowledged') : ''}: {alertTitle(a)} —{' '}
                {alertTrigger(a)}, {formatDateTime(a.createdAt)}
              </List.Item>
            ))}
          </List>
        )}
        {alerts.length > 0 && (
          <Anchor component={Link} to="/alerts" c="white" fw={700} td="underline">
            {t('header.openQueue')}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Title order={2} size="h5" mb={4}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Overview({ summary }: { summary: ClientSummary }) {
  const { t } = useT('clients');
  const { clearance, scores, nextSession, facilitators } = summary;
  const others = (summary.flags ?? []).filter((f) => !f.risk);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      {clearance && (
        <Part title={t('header.clearance')}>
          {clearance.length === 0 ? (
            <Text c="dimmed">{t('header.notEnrolled')}</Text>
          ) : (
            clearance.map((c) => (
              <Stack key={c.enrollmentId} gap={2}>
                <Group gap={6}>
                  <Badge color={c.cleared ? 'teal.9' : 'red.9'} variant="filled">
                    {c.cleared ? t('header.cleared') : t('header.notCleared')}
                  </Badge>
                  <Text size="sm">{c.program.name}</Text>
                </Group>
                {clearanceReasons(c).map((r) => (
                  <Text key={r} size="sm">
                    {r}
                  </Text>
                ))}
              </Stack>
            ))
          )}
        </Part>
      )}
      {scores && (
        <Part title={t('header.scores')}>
          {scores.length === 0 ? (
            <Text c="dimmed">{t('header.noScores')}</Text>
          ) : (
            <Stack gap={2}>
              {scores.map((s) => (
                <Text key={s.instrumentId} size="sm">
                  <b>{s.shortName}</b> {s.total}/{s.range.max}
                  {s.severity ? ` (${s.severity})` : ''},{' '}
                  {formatDateIn(s.administeredAt, organizationTimeZone())}
                </Text>
              ))}
              {others.map((f) => (
                <Text key={`${f.responseId}|${f.flag}`} size="sm" c="orange.9" fw={600}>
                  {f.shortName}: {f.reason}
                </Text>
              ))}
            </Stack>
          )}
        </Part>
      )}
      {nextSession !== undefined && (
        <Part title={t('header.next')}>
          {nextSession ? (
            <Text size="sm">
              <Anchor component={Link} to={`/sessions/${nextSession.id}`}>
                {nextSession.name}
              </Anchor>
              {nextSession.dosing ? t('header.dosing') : ''}, {formatDateTime(nextSession.startsAt)}
              {nextSession.booking === 'held' ? t('header.held') : ''}
            </Text>
          ) : (
            <Text c="dimmed">{t('header.noneScheduled')}</Text>
          )}
        </Part>
      )}
      {facilitators && (
        <Part title={t('header.facilitator')}>
          <Text size="sm" c={facilitators.length ? undefined : 'dimmed'}>
            {facilitators.length ? facilitators.map((f) => f.name).join(', ') : t('header.noneAssigned')}
          </Text>
        </Part>
      )}
    </SimpleGrid>
  );
}

export function ClinicalHeader({ clientId }: { clientId: string }) {
  const { t } = useT('clients');
  const query = useClientSummary(clientId);
  if (query.isError && !query.data)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return null;
  return (
    <Stack gap="sm" mb="lg" component="section" aria-label={t('header.label')}>
      <RiskBanner summary={query.data} />
      <Overview summary={query.data} />
    </Stack>
  );
}
