/** The audit trail (owners): filters in the URL, events newest first, older pages on demand. */
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { AuditFilterForm } from './AuditFilterForm.tsx';
import { AuditTable } from './AuditTable.tsx';
import { useAuditEvents } from './api.ts';
import { type AuditFilters, filtersFromParams, filtersToParams } from './filters.ts';
import { VerifyChain } from './VerifyChain.tsx';

export function AuditPage() {
  const { t } = useT('audit');
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string is the identity of the filters
  const filters = useMemo(() => filtersFromParams(params), [key]);
  const events = useAuditEvents(filters);
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];

  const apply = (next: AuditFilters) => setParams(filtersToParams(next));

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')}>
        <Text mt={4}>{t('intro')}</Text>
      </PageHeader>
      <Paper withBorder p="md" component="section">
        <Title order={2} size="h4" mb="sm">
          {t('filters.title')}
        </Title>
        <AuditFilterForm value={filters} onApply={apply} />
      </Paper>
      <Paper withBorder p="md" component="section">
        <Title order={2} size="h4" mb="sm">
          {t('integrity.title')}
        </Title>
        <Text size="sm" mb="sm">
          {t('integrity.intro')}
        </Text>
        <VerifyChain />
      </Paper>
      <section>
        <Title order={2} size="h4" mb="sm">
          {t('events.title')}
        </Title>
        {events.isError && !events.data ? (
          <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
        ) : !events.data ? (
          <PageLoader label={t('events.loading')} />
        ) : items.length === 0 ? (
          <Text>{t('events.none')}</Text>
        ) : (
          <Stack gap="sm">
            <AuditTable events={items} />
            <Group>
              <Text size="sm" aria-live="polite">
                {events.hasNextPage
                  ? t('events.shown', { count: items.length })
                  : t('events.shownAll', { count: items.length })}
              </Text>
              {events.hasNextPage && (
                <Button
                  variant="default"
                  onClick={() => void events.fetchNextPage()}
                  loading={events.isFetchingNextPage}
                >
                  {t('events.older')}
                </Button>
              )}
            </Group>
            {events.isFetchNextPageError && <ErrorAlert error={events.error} />}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
