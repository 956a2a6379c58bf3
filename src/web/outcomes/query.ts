/**
 * The outcome dashboard's filters as they live in the address bar: reading them from the query
 * string, changing one (and dropping what no longer fits it), and the API addresses they make.
 * Values pass through unchanged; the server checks them and names a bad one in a 400.
 */
import { GROUP_DIMENSIONS, type GroupDimension } from '../../domain/outcomes/types.ts';
import { withQuery } from '../http/http.ts';
import { translatedLabels } from '../i18n/labels.ts';

/** The API's filter parameters, in the order the query string lists them. */
export const FILTER_KEYS = [
  'instrument',
  'cohort',
  'arm',
  'condition',
  'ageBand',
  'sex',
  'gender',
  'groupBy',
  'reference',
  'endpoint',
  'compare',
  'compareWith',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** What each filter is called on screen. */
export const FILTER_LABELS: Record<FilterKey, string> = translatedLabels(
  'outcomes:filters.names',
  FILTER_KEYS,
);

/** Absent = the server's default ("All", the first instrument, no subgroups, its endpoint). */
export type OutcomeFilters = Partial<Record<FilterKey, string>>;

export const isFilterKey = (value: string): value is FilterKey =>
  (FILTER_KEYS as readonly string[]).includes(value);

export const isGroupDimension = (value: string): value is GroupDimension =>
  (GROUP_DIMENSIONS as readonly string[]).includes(value);

/** What the subgroup choice is called on screen. */
export const DIMENSION_LABELS: Record<GroupDimension, string> = translatedLabels(
  'outcomes:filters.dimensions',
  GROUP_DIMENSIONS,
);

/** The filters named in the query string; other parameters and empty values are ignored. */
export function parseFilters(params: URLSearchParams): OutcomeFilters {
  const filters: OutcomeFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/**
 * The filters that depend on another: a timepoint key belongs to one instrument, and a reference
 * group is a value of one grouping. Changing the first drops the second.
 */
const DEPENDENTS: Partial<Record<FilterKey, FilterKey[]>> = {
  instrument: ['endpoint'],
  groupBy: ['reference'],
};

/**
 * The query string after setting `key` to `value` ('' or null clears it, meaning "All" or the
 * default). Parameters that are not filters are kept as they are.
 */
export function withFilter(params: URLSearchParams, key: FilterKey, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  const current = next.get(key) ?? '';
  const wanted = value?.trim() ?? '';
  if (wanted) next.set(key, wanted);
  else next.delete(key);
  if (wanted !== current) for (const dependent of DEPENDENTS[key] ?? []) next.delete(dependent);
  return next;
}

/** The query string without any filter (other parameters kept). */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of FILTER_KEYS) next.delete(key);
  return next;
}

/** True when any filter other than the instrument narrows or groups the analysis. */
export const hasNarrowingFilters = (filters: OutcomeFilters): boolean =>
  FILTER_KEYS.some(
    (k) => !['instrument', 'endpoint', 'compare', 'compareWith'].includes(k) && filters[k] !== undefined,
  );

const filterParams = (filters: OutcomeFilters) => Object.fromEntries(FILTER_KEYS.map((k) => [k, filters[k]]));

/** `/api/programs/:id/outcomes?…` for these filters. */
export const outcomesPath = (programId: string, filters: OutcomeFilters): string =>
  withQuery(`/api/programs/${encodeURIComponent(programId)}/outcomes`, filterParams(filters));

/**
 * `/api/programs/:id/outcomes.csv?…`: the rows the report analyses, under the same filters. With
 * `instrument` null the CSV holds every analysable instrument of the program. Subgroup, endpoint
 * and comparison choices do not change the rows and are left out.
 */
export function csvPath(programId: string, filters: OutcomeFilters, instrument: string | null): string {
  const { groupBy: _g, reference: _r, endpoint: _e, compare: _a, compareWith: _b, ...rows } = filters;
  return withQuery(`/api/programs/${encodeURIComponent(programId)}/outcomes.csv`, {
    ...filterParams(rows),
    instrument,
  });
}

interface TimepointLike {
  key: string;
  role: 'baseline' | 'treatment' | 'end-of-treatment' | 'follow-up';
}

/**
 * The end-of-treatment timepoint the server uses when none is chosen: the last with role
 * 'end-of-treatment' after the baseline, else the first timepoint after the baseline; null when
 * there is none (as src/domain/outcomes/durability.ts decides).
 */
export function defaultEndpoint(timepoints: readonly TimepointLike[]): string | null {
  const baseline = Math.max(
    0,
    timepoints.findIndex((t) => t.role === 'baseline'),
  );
  const end = timepoints.findLastIndex((t) => t.role === 'end-of-treatment');
  if (end > baseline) return timepoints[end]!.key;
  return timepoints[baseline + 1]?.key ?? null;
}

/** The timepoints that can be the endpoint: those after the baseline. */
export function endpointChoices<T extends TimepointLike>(timepoints: readonly T[]): T[] {
  const baseline = Math.max(
    0,
    timepoints.findIndex((t) => t.role === 'baseline'),
  );
  return timepoints.slice(baseline + 1);
}

/**
 * `/api/programs/:id/outcomes/summary.csv?…`: the summary tables the dashboard shows under these
 * filters (the cohort comparison and subgroups included when chosen).
 */
export const summaryCsvPath = (programId: string, filters: OutcomeFilters): string =>
  withQuery(`/api/programs/${encodeURIComponent(programId)}/outcomes/summary.csv`, filterParams(filters));
