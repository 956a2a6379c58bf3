/**
 * The safety-alert queue for clinicians: active alerts (open and acknowledged, high severity first)
 * or resolved ones. Asks again every 30 seconds, so a new risk answer shows within a minute.
 */
import { SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCan } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { AlertCard } from './AlertCard.tsx';
import { type Alert, type AlertFilter, useAlerts } from './api.ts';
import { sortAlerts } from './labels.ts';
import { ResolveModal } from './ResolveModal.tsx';

const FILTERS: AlertFilter[] = ['active', 'resolved'];

export function AlertsPage() {
  const canManage = useCan('alert.manage');
  const { t } = useT('alerts');
  const [params, setParams] = useSearchParams();
  const status: AlertFilter = params.get('status') === 'resolved' ? 'resolved' : 'active';
  const query = useAlerts(status);
  const [resolving, setResolving] = useState<Alert | null>(null);

  const choose = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === 'resolved') next.set('status', 'resolved');
    else next.delete('status');
    setParams(next, { replace: true });
  };

  const items = query.data ? (status === 'active' ? sortAlerts(query.data.items) : query.data.items) : [];

  return (
    <Stack gap={0} maw={960}>
      <PageHeader title={t('title')}>
        <Text mt={4}>{t('intro')}</Text>
      </PageHeader>
      <Stack gap={4} mb="md">
        <Text id="alert-filter-label" size="sm" fw={600}>
          {t('show')}
        </Text>
        <SegmentedControl
          aria-labelledby="alert-filter-label"
          value={status}
          onChange={choose}
          data={FILTERS.map((value) => ({ value, label: t(`filters.${value}`) }))}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      {query.isError && !query.data ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <PageLoader label={t('loading')} />
      ) : (
        <>
          <VisuallyHidden role="status">
            {t('count', { count: items.length, status: t(`statusWords.${status}`) })}
          </VisuallyHidden>
          {query.isError && <ErrorAlert error={query.error} title={t('refreshFailed')} />}
          {items.length === 0 ? (
            <Text>{status === 'active' ? t('noneActive') : t('noneResolved')}</Text>
          ) : (
            <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {items.map((a) => (
                <li key={a.id}>
                  <AlertCard alert={a} canManage={canManage} onResolve={setResolving} />
                </li>
              ))}
            </Stack>
          )}
        </>
      )}
      <ResolveModal alert={resolving} onClose={() => setResolving(null)} />
    </Stack>
  );
}
