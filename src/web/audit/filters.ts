/**
 * The audit trail's filters, kept in the URL query string (`/audit?entityType=client&entityId=…`).
 * `from` and `to` are ISO 8601 instants in the URL and the API, local date-times in the form.
 */
import { translatedLabels } from '../i18n/labels.ts';

export const FILTER_KEYS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type AuditFilters = Record<FilterKey, string>;

export const FILTER_LABELS: Record<FilterKey, string> = translatedLabels('audit:filters.names', FILTER_KEYS);

export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const out = {} as AuditFilters;
  for (const key of FILTER_KEYS) out[key] = params.get(key)?.trim() ?? '';
  return out;
}

export function filtersToParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}

export const hasFilters = (filters: AuditFilters): boolean => FILTER_KEYS.some((k) => filters[k] !== '');
