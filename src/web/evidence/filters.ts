/**
 * The library's search and filters, kept in the URL (`/evidence?q=…&drug=ketamine`) so Back and
 * shared links return to the same view; and the values each filter offers, taken from the studies
 * present.
 */
import { FILTER_KEYS, type StudyFilters, type StudySummary } from './api.ts';

export const EMPTY_FILTERS: StudyFilters = {
  q: '',
  condition: '',
  design: '',
  year: '',
  drug: '',
  route: '',
  measure: '',
};

export function filtersFromParams(params: URLSearchParams): StudyFilters {
  const out = { ...EMPTY_FILTERS };
  for (const key of ['q', ...FILTER_KEYS] as const) out[key] = params.get(key)?.trim() ?? '';
  return out;
}

export const hasFilters = (f: StudyFilters): boolean => FILTER_KEYS.some((k) => f[k] !== '');

export interface Facets {
  conditions: string[];
  designs: string[];
  years: number[];
  drugs: string[];
  routes: string[];
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

export function facetsOf(items: readonly StudySummary[]): Facets {
  return {
    conditions: sorted(items.flatMap((s) => s.conditions)),
    designs: sorted(items.flatMap((s) => (s.design ? [s.design] : []))),
    years: [...new Set(items.flatMap((s) => (s.year ? [s.year] : [])))].sort((a, b) => b - a),
    drugs: sorted(items.flatMap((s) => (s.drug ? [s.drug] : []))),
    routes: sorted(items.flatMap((s) => s.routes)),
  };
}
