/**
 * The evidence library: published ketamine and psilocybin studies, searched in full text (a wrong
 * citation as it circulates finds the right paper), filtered by the values present, selected for
 * export. The search, filters and page live in the URL; the selection lasts while the page is open.
 */
import { Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { metaPathFor, programFrom } from '../meta/library.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { ListPagination } from '../ui/ListPagination.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { PAGE_SIZE, type StudyFilters, type StudySummary, useAllStudies, useStudies } from './api.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { facetsOf, filtersFromParams, hasFilters } from './filters.ts';
import { StudyList } from './StudyList.tsx';
import { StudySearch } from './StudySearch.tsx';

export function EvidencePage() {
  const navigate = useNavigate();
  const { t } = useT('evidence');
  const canImport = useCan('evidence.curate');
  const canAnalyse = useCan('meta.run');
  const [params, setParams] = useSearchParams();
  // Opened from a program's outcomes: the analysis shows that program beside the studies. Read once,
  // as the filters rewrite the query string.
  const [programId] = useState(() => programFrom(params));
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  /** Selected studies by id (kept across searches and pages). */
  const [selected, setSelected] = useState<ReadonlyMap<string, StudySummary>>(new Map());

  const list = useStudies(filters, page);
  const all = useAllStudies();
  const facets = useMemo(() => (all.data ? facetsOf(all.data.items) : undefined), [all.data]);

  /** Writes the view into the URL (replacing history: typing and filtering are not navigation). */
  const update = (next: Partial<StudyFilters> & { page?: number }) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        for (const [key, value] of Object.entries(next)) {
          if (key === 'page') continue;
          if (value) out.set(key, String(value));
          else out.delete(key);
        }
        if ((next.page ?? 1) === 1) out.delete('page');
        else out.set('page', String(next.page));
        return out;
      },
      { replace: true },
    );

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const beyondLast = list.data !== undefined && total > 0 && page > pages;
  // biome-ignore lint/correctness/useExhaustiveDependencies: update is read at that moment
  useEffect(() => {
    if (beyondLast) update({ page: pages });
  }, [beyondLast, pages]);

  const toggle = (study: StudySummary, on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(study.id, study);
      else next.delete(study.id);
      return next;
    });

  const shown = list.data?.items ?? [];
  const shownSelected = shown.filter((s) => selected.has(s.id)).length;
  const searching = filters.q !== '' || hasFilters(filters);

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader
        title={t('title')}
        actions={
          canImport && (
            <Button variant="default" onClick={() => navigate('/evidence/import')}>
              {t('importCitations')}
            </Button>
          )
        }
      >
        <Text mt={4} maw={760}>
          {t('intro')}
        </Text>
      </PageHeader>

      <StudySearch
        value={filters}
        facets={facets}
        onChange={(next) => update(next)}
        onClear={() => setParams(new URLSearchParams(), { replace: true })}
      />

      <section aria-labelledby="evidence-results-heading">
        <Group justify="space-between" align="center" mb="sm" gap="sm">
          <Title order={2} size="h4" id="evidence-results-heading">
            {t('studies')}
          </Title>
          {shown.length > 0 && (
            <Checkbox
              label={t('selectAllShown', { count: shown.length })}
              checked={shownSelected === shown.length}
              indeterminate={shownSelected > 0 && shownSelected < shown.length}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setSelected((current) => {
                  const next = new Map(current);
                  for (const s of shown) {
                    if (on) next.set(s.id, s);
                    else next.delete(s.id);
                  }
                  return next;
                });
              }}
            />
          )}
        </Group>
        <Paper withBorder p="sm" bg="gray.0" component="section" aria-labelledby="evidence-export-heading">
          <Title order={3} size="h5" id="evidence-export-heading" mb={4}>
            {t('exportSelection')}
          </Title>
          <ExportPanel ids={[...selected.keys()]} onClear={() => setSelected(new Map())} />
          {canAnalyse && (
            <Button
              variant="light"
              mt="sm"
              disabled={selected.size === 0}
              onClick={() => navigate(metaPathFor([...selected.keys()], programId))}
            >
              {t('analyse')}
            </Button>
          )}
        </Paper>
        <Stack gap="sm" mt="md">
          {list.isError ? (
            <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
          ) : !list.data ? (
            <PageLoader label={t('loading')} />
          ) : (
            <>
              <Text size="sm" aria-live="polite">
                {total === 0
                  ? searching
                    ? t('noMatch')
                    : t('empty')
                  : `${t('count', { count: total })}${searching ? t('found') : ''}${
                      pages > 1 ? t('pageOf', { page: Math.min(page, pages), pages }) : ''
                    }${list.isFetching ? t('updating') : ''}`}
              </Text>
              {shown.length > 0 && (
                <StudyList items={shown} selected={new Set(selected.keys())} onToggle={toggle} />
              )}
              <ListPagination
                label={t('listPages')}
                pages={pages}
                page={page}
                onChange={(p) => update({ page: p })}
              />
            </>
          )}
        </Stack>
      </section>
    </Stack>
  );
}
