/**
 * /programs/:id/outcomes — a program's outcome dashboard: filters (kept in the address), then the
 * summary, the timepoint table, the chart, missing data, durability, subgroups, the flow, the CSV
 * and how each number is computed. The tables are the record; the chart draws the same numbers.
 */
import { Anchor, Box, Group, Loader, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { ApiError } from '../http/problem.ts';
import { formatDateTime } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { isSuppressed, type Outcomes, useOutcomes, withheld } from './api.ts';
import { CohortComparison } from './CohortComparison.tsx';
import { CsvButton, CsvSection } from './CsvDownload.tsx';
import { DURABILITY_INTRO, DurabilitySection } from './DurabilitySection.tsx';
import { FilterError } from './FilterError.tsx';
import { FiltersBar } from './FiltersBar.tsx';
import { FlowDiagram } from './FlowDiagram.tsx';
import { DeidentifiedNote, Headline } from './Headline.tsx';
import { MethodsSection } from './MethodsSection.tsx';
import { AttritionTable, LmmFitLine, MissingDataTable } from './MissingDataSection.tsx';
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
      return (
        <NotFoundPage
          title="Program not found"
          message="There is no program with this address in this organization."
        />
      );
    }
    return (
      <>
        <PageHeader title="Outcomes" />
        <FilterError
          error={e}
          onRemove={(key) => change(key, null)}
          onReset={reset}
          onRetry={() => void query.refetch()}
        />
      </>
    );
  }
  if (!data) return <PageLoader label="Loading outcomes" />;

  return (
    <Stack gap="xl" maw={1200}>
      <div>
        <PageHeader
          title={`Outcomes: ${data.program.name}`}
          actions={data.instrument && <CsvButton data={data} filters={filters} />}
        >
          <Text size="sm" mt={4}>
            <Anchor component={Link} to={`/programs/${data.program.id}`}>
              Program details
            </Anchor>
            {' · '}
            <Anchor component={Link} to="/outcomes">
              All programs
            </Anchor>
            {' · '}
            <Anchor component={Link} to={`/evidence?program=${encodeURIComponent(data.program.id)}`}>
              Compare with the published studies
            </Anchor>
            {' · '}Calculated {formatDateTime(data.generatedAt)}
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
              <Text size="sm">Updating…</Text>
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
  return `Filters: ${parts.length ? parts.join(' · ') : 'none (every client of the program)'}`;
}

interface ReportProps {
  data: Outcomes;
  filters: OutcomeFilters;
  onChange: (key: FilterKey, value: string | null) => void;
}

function Report({ data, filters, onChange }: ReportProps) {
  const report = data.report;
  const short = data.instrument?.shortName ?? report?.instrumentId ?? '';
  const flow = (
    <Section
      id="flow"
      title="Flow of clients"
      intro="How many clients reached each step, who stopped where and why (CONSORT style), then how many of those who started were assessed at each later timepoint. The filters above apply."
    >
      <FlowDiagram flow={data.flow} />
    </Section>
  );
  const methods = (
    <Section
      id="methods"
      title="How these numbers are computed"
      intro="Each method and what it assumes. Open a heading to read it."
    >
      <MethodsSection />
    </Section>
  );

  if (!report) {
    return (
      <>
        <Text>
          This program assesses no questionnaire whose change over time can be analysed (a questionnaire such
          as the MEQ-30 describes one experience and has no better or worse direction), so there are no
          outcome statistics to show.
        </Text>
        {flow}
      </>
    );
  }
  if (isSuppressed(report)) {
    return (
      <>
        <Text fw={600} role="note">
          {`The outcome figures are ${withheld(report)}: fewer clients than your organization’s minimum match these filters. Try fewer filters.`}
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
          {hasNarrowingFilters(filters)
            ? 'No client who matches these filters has started treatment, so there are no outcomes to show. Try fewer filters.'
            : 'No client in this program has started treatment yet, so there are no outcomes to show. Figures appear here once clients start treatment and answer their questionnaires.'}
        </Text>
        {flow}
        {methods}
      </>
    );
  }
  return (
    <>
      <Section id="summary" title="Summary">
        <Headline data={data} report={report} />
      </Section>
      <Section
        id="timepoints"
        title="At each timepoint"
        intro={`Mean change is the score at the timepoint minus the baseline score, among clients assessed at both (n under each). ${report.rules.better === 'lower' ? 'For this questionnaire lower is better, so a negative change is an improvement.' : 'For this questionnaire higher is better, so a positive change is an improvement.'} The effect size is positive for improvement.`}
      >
        <TimepointsTable report={report} instrument={short} />
      </Section>
      <Section
        id="chart"
        title="Mean score over time"
        intro="The same means four ways: what was observed, completers only, the last observation carried forward and the mixed model. Where they part, the answer depends on who is missing."
      >
        <Suspense fallback={<PageLoader label="Loading the chart" />}>
          <OutcomeChart report={report} shortName={short} />
        </Suspense>
      </Section>
      <Section
        id="missing"
        title="Missing data"
        intro="Each timepoint’s mean under each way of handling missing scores, then how many were missing at each timepoint."
      >
        <MissingDataTable report={report} />
        <LmmFitLine report={report} />
        <AttritionTable report={report} />
      </Section>
      <Section id="durability" title="Durability of response" intro={DURABILITY_INTRO}>
        <DurabilitySection report={report} instrument={short} />
      </Section>
      {report.subgroups && (
        <Section
          id="subgroups"
          title="Subgroups"
          intro="The same statistics within each group, and each group compared with the reference group."
        >
          <SubgroupsSection report={report} subgroups={report.subgroups} />
        </Section>
      )}
      {data.filters.cohort.length >= 2 && (
        <Section
          id="compare"
          title="Compare two cohorts"
          intro="Two cohorts of this program side by side at each timepoint (for example spring and autumn), with the difference between them and its 95% interval. The filters above apply to both."
        >
          <CohortComparison data={data} report={report} filters={filters} onChange={onChange} />
        </Section>
      )}
      {flow}
      <Section id="download" title="Download the data">
        <CsvSection data={data} filters={filters} />
      </Section>
      {methods}
    </>
  );
}
