/**
 * The client list: search (debounced), status filter and pages. The search, status and page live in
 * the URL, so Back returns to the same view.
 */
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { ListPagination } from '../ui/ListPagination.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { type ClientStatus, useClientList } from './api.ts';
import { ClientsTable } from './ClientsTable.tsx';

const PAGE_SIZE = 25;
const STATUSES: ClientStatus[] = ['active', 'archived', 'all'];
const isStatus = (v: string | null): v is ClientStatus => v === 'active' || v === 'archived' || v === 'all';

export function ClientsPage() {
  const navigate = useNavigate();
  const { t } = useT('clients');
  const canCreate = useCan('client.create');
  const canImport = useCan('client.import');
  const canImportResponses = useCan('response.import');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const statusParam = params.get('status');
  const status: ClientStatus = isStatus(statusParam) ? statusParam : 'active';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);

  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search.trim(), 300);

  /** Writes the view into the URL (replacing history: typing is not navigation). */
  const update = (next: { q?: string; status?: ClientStatus; page?: number }) => {
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        const set = (key: string, value: string, fallback: string) =>
          value === fallback ? out.delete(key) : out.set(key, value);
        if (next.q !== undefined) set('q', next.q, '');
        if (next.status !== undefined) set('status', next.status, 'active');
        set('page', String(next.page ?? 1), '1');
        return out;
      },
      { replace: true },
    );
  };

  // Only the debounced text moves the URL; `update` and `q` are read as they are at that moment.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (debounced !== q) update({ q: debounced });
  }, [debounced]);

  // The URL changed from outside (a nav link, Back): show its search text.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the URL's q counts
  useEffect(() => {
    if (q !== debounced) setSearch(q);
  }, [q]);

  const list = useClientList({ q, status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const beyondLast = list.data !== undefined && total > 0 && page > pages;

  // The list shrank (archived elsewhere, or an old link): go to the last page that exists.
  // biome-ignore lint/correctness/useExhaustiveDependencies: update is read at that moment
  useEffect(() => {
    if (beyondLast) update({ page: pages });
  }, [beyondLast, pages]);

  const first = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, page * PAGE_SIZE);

  return (
    <>
      <PageHeader
        title={t('list.title')}
        actions={
          <>
            {canImport && (
              <Button variant="default" onClick={() => navigate('/clients/import')}>
                {t('list.importClients')}
              </Button>
            )}
            {canImportResponses && (
              <Button variant="default" onClick={() => navigate('/clients/import-questionnaires')}>
                {t('list.importQuestionnaires')}
              </Button>
            )}
            {canCreate && <Button onClick={() => navigate('/clients/new')}>{t('list.newClient')}</Button>}
          </>
        }
      />
      <Stack gap="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            label={t('list.search')}
            description={t('list.searchHint')}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            style={{ flex: '1 1 240px' }}
          />
          <NativeSelect
            label={t('list.status')}
            value={status}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isStatus(value)) update({ status: value });
            }}
            data={STATUSES.map((value) => ({ value, label: t(`list.statuses.${value}`) }))}
            style={{ flex: '0 0 160px' }}
          />
        </Group>
        {list.isError ? (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : !list.data ? (
          <PageLoader label={t('list.loading')} />
        ) : (
          <>
            <Text size="sm" aria-live="polite">
              {total === 0
                ? q
                  ? t('list.noMatch', { q })
                  : status === 'archived'
                    ? t('list.noArchived')
                    : t('list.none')
                : `${t('list.showing', { first, last, count: total })}${list.isFetching ? t('list.updating') : ''}`}
            </Text>
            {list.data.items.length > 0 && (
              <ClientsTable clients={list.data.items} showStatus={status !== 'active'} />
            )}
            <ListPagination
              label={t('list.pages')}
              pages={pages}
              page={page}
              onChange={(p) => update({ page: p })}
            />
          </>
        )}
      </Stack>
    </>
  );
}
