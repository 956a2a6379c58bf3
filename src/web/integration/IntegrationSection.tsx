/**
 * The client page's integration contacts: after each dosing session, the booked contact with its
 * window, its status (a missed one stands out) and, when it was pulled forward, why.
 */
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { IntegrationContact } from '../../api/integration.ts';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useIntegrationContacts } from './api.ts';
import { reasonsText } from './reasons.ts';

const STATUS_COLORS: Record<IntegrationContact['status'], string> = {
  upcoming: 'blue',
  attended: 'teal',
  'awaiting-record': 'yellow',
  missed: 'red',
};

function ContactItem({ c }: { c: IntegrationContact }) {
  const { t } = useT('integration');
  const f = useFormat();
  return (
    <Paper withBorder p="sm" component="li" data-testid="integration-contact">
      <Group justify="space-between" gap="xs">
        <Text fw={600}>
          {t('section.after', { session: c.dosingSessionName, ended: f.dateTime(c.dosingEndedAt) })}
        </Text>
        <Group gap={6}>
          <Badge color={STATUS_COLORS[c.status]} variant="light" tt="none">
            {t(`status.${c.status}`)}
          </Badge>
          {c.pulledForward && (
            <Badge color="orange" variant="light" tt="none">
              {t('section.pulled')}
            </Badge>
          )}
        </Group>
      </Group>
      <Text size="sm">
        {t('section.slot', { slot: f.range(c.session.startsAt, c.session.endsAt) })}{' '}
        <Anchor component={Link} to={`/sessions/${encodeURIComponent(c.session.id)}`} size="sm">
          {t('section.open')}
        </Anchor>
      </Text>
      <Text size="sm">
        {t('section.window', { from: f.dateTime(c.windowOpensAt), to: f.dateTime(c.windowClosesAt) })}
      </Text>
      {c.pulledForward && <Text size="sm">{t('section.why', { reasons: reasonsText(c.reasons) })}</Text>}
      {c.flagNote && <Text size="sm">{t('section.flagNote', { note: c.flagNote })}</Text>}
    </Paper>
  );
}

export function IntegrationSection({ clientId }: { clientId: string }) {
  const { t } = useT('integration');
  const query = useIntegrationContacts(clientId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="integration-heading">
      <Title order={2} size="h4" id="integration-heading">
        {t('section.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('section.intro')}
      </Text>
      {query.isError && !query.data ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Text size="sm">{t('section.loading')}</Text>
      ) : query.data.items.length === 0 ? (
        <Text size="sm">{t('section.none')}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {query.data.items.map((c) => (
            <ContactItem key={c.id} c={c} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
