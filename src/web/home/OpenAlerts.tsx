/** Open safety alerts, high severity first (the clinician's and owner's start page). */
import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useAlerts } from '../alerts/api.ts';
import { SEVERITY_COLORS, SEVERITY_LABELS, sortAlerts } from '../alerts/labels.ts';
import { alertTrigger } from '../alerts/trigger.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDateTimeIn, useOrgTimezone } from '../sessions/time.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { HomeSection } from './HomeSection.tsx';

export function OpenAlerts() {
  const { t } = useT('home');
  const q = useAlerts('active');
  const { timezone } = useOrgTimezone();
  const items = q.data ? sortAlerts(q.data.items) : [];
  return (
    <HomeSection id="home-alerts" title={t('alerts.title')} more={{ to: '/alerts', label: t('alerts.all') }}>
      {q.isError && !q.data ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <PageLoader label={t('alerts.loading')} />
      ) : items.length === 0 ? (
        <Text>{t('alerts.none')}</Text>
      ) : (
        <List spacing="xs" listStyleType="none">
          {items.slice(0, 10).map((a) => (
            <List.Item key={a.id}>
              <Group gap="xs" wrap="wrap">
                <Badge color={SEVERITY_COLORS[a.severity]} variant="light" tt="none">
                  {SEVERITY_LABELS[a.severity]}
                </Badge>
                <Anchor component={Link} to={`/clients/${encodeURIComponent(a.client.id)}`}>
                  {a.client.name}
                </Anchor>
                <Text span size="sm">
                  {alertTrigger(a)} · {formatDateTimeIn(a.createdAt, timezone)}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </HomeSection>
  );
}
