/**
 * /programs/:id/outcomes — a program's outcome dashboard: filters (kept in the address), then the
 * summary, the timepoint table, the chart, missing data, durability, subgroups, the flow, the CSV
 * and how each number is computed. The tables are the record; the chart draws the same numbers.
 */
import { Anchor, Box, Group, Loader, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { useCan } from '../app/session-context.tsx';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useAfterPaint } from '../ui/use-after-paint.ts';
import { isSuppressed, type Outcomes, useOutcomes, withheld } from './api.ts';
import { CohortComparison } from './CohortComparison.tsx';
import { CsvButton, CsvSection } from './CsvDownload.tsx';
import { DoseExperienceSection } from './DoseExperienceSection.tsx';
import { DurabilitySection } from './DurabilitySection.tsx';
import { FilterError } from './FilterError.tsx';
import { FiltersBar } from './FiltersBar.tsx';
import { FlowDiagram } from './FlowDiagram.tsx';
import { DeidentifiedNote, Headline } from './Headline.tsx';
import { MethodsSection } from './MethodsSection.tsx';
import { AttritionTable, LmmFitLine, MissingDataTable } from './MissingDataSection.tsx';
import { PublishSection } from './PublishSection.tsx';
import {
  FILTER_KEYS,
  FILTER_LABELS,
  type FilterKey,
  hasNarrowingFilters,
  type OutcomeFilters,
  parseFilters,
  withFilter,
  withoutFilters,
} from './query.ts';
import { Section } from './Section.tsx';
import { SubgroupsSection } from './SubgroupsSection.tsx';
import { TimepointsTable } from './TimepointsTable.tsx';

// Observable Plot is loaded with the chart, not with the rest of the app; the page asks for it as it
// asks for the report, so the two download side by side rather than one after the other.
const loadChart = () => import('./OutcomeChart.tsx');
const OutcomeChart = lazy(() => loadChart().then((m) => ({ default: m.OutcomeChart })));

export function OutcomesPage() {
  const { id = '' } = useParams();
  const { t } = useT('outcomes');
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const query = useOutcomes(id, filters);
  useEffect(() => {
    void loadChart();
  }, []);
  // While another program's report is still on screen (kept while the next loads), show neither.
  const data = query.data?.program.id === id ? query.data : undefined;
  // Each change is a new history entry, so the back button undoes it.
  // From the address as it is now, not as it was at this render: two changes in a row (cohort A,
  // then cohort B) must both land even when the second comes before the page re-renders.
  const change = (key: FilterKey, value: string | null) =>
    setParams(withFilter(new URLSearchParams(window.location.search), key, value));
  const reset = () => setParams(withoutFilters(params));

  if (query.isError && !data) {
    const e = query.error;
    if (
      e instanceof ApiError &&
      (e.status === 404 || (e.status === 400 && e.fieldErrors.some((f) => f.field === 'id')))
    ) {
      return <NotFoundPage title={t('programNotFound')} message={t('programNotFoundBody')} />;
    }
    return (
      <>
        <PageHeader title={t('title')} />
        <FilterError
          error={e}
          onRemove={(key) => change(key, null)}
          onReset={reset}
          onRetry={() => void query.refetch()}
        />
      </>
    );
  }
  if (!data) return <PageLoader label={t('loading')} />;

  return (
    <Stack gap="xl" maw={1200}>
      <div>
        <PageHeader
          title={t('titleFor', { program: data.program.name })}
          actions={data.instrument && <CsvButton data={data} filters={filters} />}
        >
          <Text size="sm" mt={4}>
            <Anchor component={Link} to={`/programs/${data.program.id}`}>
              {t('programDetails')}
            </Anchor>
            {' · '}
            <Anchor component={Link} to="/outcomes">
              {t('allPrograms')}
            </Anchor>
            {' · '}
            <Anchor component={Link} to={`/evidence?program=${encodeURIComponent(data.program.id)}`}>
              {t('compareWithStudies')}
            </Anchor>
            {' · '}
            {t('calculated', { when: formatDateTime(data.generatedAt) })}
          </Text>
        </PageHeader>
        <Box className="threshold-no-print">
          <FiltersBar data={data} filters={filters} onChange={change} onReset={reset} />
        </Box>
        <Text className="threshold-print-only" size="sm" mt="xs">
          {printedFilters(data, filters)}
        </Text>
        <Group gap="xs" mt="xs" role="status" mih={24}>
          {query.isPlaceholderData && query.isFetching && (
            <>
              <Loader size="xs" aria-hidden="true" />
              <Text size="sm">{t('updating')}</Text>
            </>
          )}
        </Group>
        {data.deidentified && <DeidentifiedNote />}
        {query.isError && (
          <FilterError
            error={query.error}
            onRemove={(key) => change(key, null)}
            onReset={reset}
            onRetry={() => void query.refetch()}
          />
        )}
      </div>
      <Report data={data} filters={filters} onChange={change} />
    </Stack>
  );
}

/** The filters in use as one line for the printed report ("Filters: none" when there are none). */
function printedFilters(data: Outcomes, filters: OutcomeFilters): string {
  const choices = data.filters as Record<string, Array<{ value: string; label: string }> | undefined>;
  const cohorts = data.filters.cohort;
  const parts = FILTER_KEYS.flatMap((key) => {
    const value = filters[key];
    if (value === undefined) return [];
    const list = key === 'compare' || key === 'compareWith' ? cohorts : choices[key];
    const shownAs = list?.find((o) => o.value === value)?.label ?? value;
    return [`${FILTER_LABELS[key]}: ${shownAs}`];
  });
  return tKey('outcomes:printedFilters', {
    filters: parts.length ? parts.join(' · ') : tKey('outcomes:printedNoFilters'),
  });
}

interface ReportProps {
  data: Outcomes;
  filters: OutcomeFilters;
  onChange: (key: FilterKey, value: string | null) => void;
}

function Report({ data, filters, onChange }: ReportProps) {
  const { t } = useT('outcomes');
  const canPublish = useCan('outcome.publish');
  // The sections below the chart render after the summary, table and chart have been painted.
  const painted = useAfterPaint();
  const report = data.report;
  const short = data.instrument?.shortName ?? report?.instrumentId ?? '';
  const flow = (
    <Section id="flow" title={t('sections.flow')} intro={t('sections.flowIntro')}>
      <FlowDiagram flow={data.flow} />
    </Section>
  );
  const methods = (
    <Section id="methods" title={t('sections.methods')} intro={t('sections.methodsIntro')}>
      <MethodsSection />
    </Section>
  );

  if (!report) {
    return (
      <>
        <Text>{t('noAnalysable')}</Text>
        {flow}
      </>
    );
  }
  if (isSuppressed(report)) {
    return (
      <>
        <Text fw={600} role="note">
          {t('suppressedReport', { withheld: withheld(report) })}
        </Text>
        {flow}
        {methods}
      </>
    );
  }
  if (report.subjects === 0) {
    return (
      <>
        <Text fw={600} role="note">
          {hasNarrowingFilters(filters) ? t('noneStartedFiltered') : t('noneStarted')}
        </Text>
        {flow}
        {methods}
      </>
    );
  }
  return (
    <>
      <Section id="summary" title={t('sections.summary')}>
        <Headline data={data} report={report} />
      </Section>
      <Section
        id="timepoints"
        title={t('sections.timepoints')}
        intro={t('sections.timepointsIntro', {
          direction:
            report.rules.better === 'lower' ? t('sections.timepointsLower') : t('sections.timepointsHigher'),
        })}
      >
        <TimepointsTable report={report} instrument={short} />
      </Section>
      <Section id="chart" title={t('sections.chart')} intro={t('sections.chartIntro')}>
        <Suspense fallback={<PageLoader label={t('loadingChart')} />}>
          <OutcomeChart report={report} shortName={short} />
        </Suspense>
      </Section>
      {painted && (
        <>
          <Section id="missing" title={t('sections.missing')} intro={t('sections.missingIntro')}>
            <MissingDataTable report={report} />
            <LmmFitLine report={report} />
            <AttritionTable report={report} />
          </Section>
          <Section id="durability" title={t('sections.durability')} intro={t('durability.intro')}>
            <DurabilitySection report={report} instrument={short} />
          </Section>
          {report.subgroups && (
            <Section id="subgroups" title={t('sections.subgroups')} intro={t('sections.subgroupsIntro')}>
              <SubgroupsSection report={report} subgroups={report.subgroups} />
            </Section>
          )}
          {data.filters.cohort.length >= 2 && (
            <Section id="compare" title={t('sections.compare')} intro={t('sections.compareIntro')}>
              <CohortComparison data={data} report={report} filters={filters} onChange={onChange} />
            </Section>
          )}
          <Section
            id="dose-experience"
            title={tKey('doseExperience:title')}
            intro={tKey('doseExperience:intro')}
          >
            <DoseExperienceSection programId={data.program.id} instrument={filters.instrument} />
          </Section>
          {flow}
          <Section id="download" title={t('sections.download')}>
            <CsvSection data={data} filters={filters} />
          </Section>
          {canPublish && (
            <Section id="publish" title={tKey('benchmarks:section')}>
              <PublishSection data={data} />
            </Section>
          )}
          {methods}
        </>
      )}
    </>
  );
}
