/**
 * One alert: severity and status in words, the client (linked), what triggered it and when, who
 * acknowledged or resolved it, and the buttons to acknowledge or resolve for those who may.
 */

import { Anchor, Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { type Alert, useAcknowledgeAlert } from './api.ts';
import { KIND_LABELS, SEVERITY_COLORS, SEVERITY_LABELS, STATUS_LABELS } from './labels.ts';
import { alertTitle } from './title.ts';
import { alertTrigger } from './trigger.ts';

interface Props {
  alert: Alert;
  canManage: boolean;
  onResolve: (alert: Alert) => void;
}

const When = ({ iso }: { iso: string }) => <time dateTime={iso}>{formatDateTime(iso)}</time>;

export function AlertCard({ alert: a, canManage, onResolve }: Props) {
  const acknowledge = useAcknowledgeAlert();
  const { t } = useT('alerts');
  const headingId = `alert-${a.id}`;
  const resolved = a.status === 'resolved';
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={headingId}
      style={
        a.severity === 'high' && !resolved
          ? { borderLeft: '6px solid var(--mantine-color-red-9)' }
          : undefined
      }
    >
      <Group gap={6} mb={6}>
        <Badge color={SEVERITY_COLORS[a.severity]} variant="light" tt="none">
          {SEVERITY_LABELS[a.severity]}
        </Badge>
        <Badge color={resolved ? 'teal' : a.status === 'open' ? 'blue' : 'gray'} variant="light" tt="none">
          {STATUS_LABELS[a.status]}
        </Badge>
        <Badge color="gray" variant="outline" tt="none">
          {KIND_LABELS[a.kind]}
        </Badge>
      </Group>
      <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
        {alertTitle(a)}
      </Title>
      <Text mt={4}>
        {t('card.client')}{' '}
        <Anchor component={Link} to={`/clients/${encodeURIComponent(a.client.id)}`} fw={600}>
          {a.client.name}
        </Anchor>
      </Text>
      <Text mt={4} style={{ overflowWrap: 'anywhere' }}>
        {alertTrigger(a)}
      </Text>
      <Text size="sm" mt={4}>
        {t('card.raised')} <When iso={a.createdAt} />
      </Text>
      {a.acknowledgedAt && (
        <Text size="sm">
          {a.acknowledgedBy
            ? t('card.acknowledgedBy', { name: a.acknowledgedBy.name })
            : t('card.acknowledged')}{' '}
          <When iso={a.acknowledgedAt} />
        </Text>
      )}
      {resolved && a.resolvedAt && (
        <>
          <Text size="sm">
            {a.resolvedBy ? t('card.resolvedBy', { name: a.resolvedBy.name }) : t('card.resolved')}{' '}
            <When iso={a.resolvedAt} />
          </Text>
          {a.resolutionNote && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <Text span fw={600} size="sm">
                {t('card.note')}
              </Text>{' '}
              {a.resolutionNote}
            </Text>
          )}
        </>
      )}
      {canManage && !resolved && (
        <Group gap="sm" mt="sm">
          {a.status === 'open' && (
            <Button
              variant="default"
              onClick={() => acknowledge.mutate(a.id)}
              loading={acknowledge.isPending}
            >
              {t('card.acknowledge')}
            </Button>
          )}
          <Button onClick={() => onResolve(a)}>{t('card.resolve')}</Button>
        </Group>
      )}
      {acknowledge.isError && <ErrorAlert error={acknowledge.error} title={t('card.notAcknowledged')} />}
    </Paper>
  );
}
