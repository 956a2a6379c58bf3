/** The audit trail (owners): filters in the URL, events newest first, older pages on demand. */
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { AuditFilterForm } from './AuditFilterForm.tsx';
import { AuditTable } from './AuditTable.tsx';
import { useAuditEvents } from './api.ts';
import { type AuditFilters, filtersFromParams, filtersToParams } from './filters.ts';
import { VerifyChain } from './VerifyChain.tsx';

export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string is the identity of the filters
  const filters = useMemo(() => filtersFromParams(params), [key]);
  const events = useAuditEvents(filters);
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];

  const apply = (next: AuditFilters) => setParams(filtersToParams(next));

  return (
    <Stack gap="lg">
      <PageHeader title="Audit trail">
        <Text mt={4}>Every change and sign-in in this organization, newest first.</Text>
      </PageHeader>
      <Paper withBorder p="md" component="section">
        <Title order={2} size="h4" mb="sm">
          Filters
        </Title>
        <AuditFilterForm value={filters} onApply={apply} />
      </Paper>
      <Paper withBorder p="md" component="section">
        <Title order={2} size="h4" mb="sm">
          Integrity
        </Title>
        <Text size="sm" mb="sm">
          Each event is chained to the one before it by a hash, so any later change to the trail can be
          detected.
        </Text>
        <VerifyChain />
      </Paper>
      <section>
        <Title order={2} size="h4" mb="sm">
          Events
        </Title>
        {events.isError && !events.data ? (
          <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
        ) : !events.data ? (
          <PageLoader label="Loading audit events" />
        ) : items.length === 0 ? (
          <Text>No events match these filters.</Text>
        ) : (
          <Stack gap="sm">
            <AuditTable events={items} />
            <Group>
              <Text size="sm" aria-live="polite">
                {items.length} {items.length === 1 ? 'event' : 'events'} shown
                {events.hasNextPage ? '' : ' (the oldest has been reached)'}.
              </Text>
              {events.hasNextPage && (
                <Button
                  variant="default"
                  onClick={() => void events.fetchNextPage()}
                  loading={events.isFetchingNextPage}
                >
                  Load older
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
