/** A program's outcome report under the dashboard's filters (GET /api/programs/:id/outcomes). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Outcomes } from '../../api/outcomes.ts';
import { isSuppressed, type Suppressed } from '../../domain/outcomes/disclosure.ts';
import { api } from '../http/http.ts';
import { tKey } from '../i18n/labels.ts';
import { type OutcomeFilters, outcomesPath } from './query.ts';

export type { Outcomes };
/** A report as the reader may see it; a researcher's can be withheld as a whole (SuppressedReport). */
export type AnyReport = NonNullable<Outcomes['report']>;
export type OutcomeReport = Exclude<AnyReport, Suppressed>;
export type SuppressedReport = Extract<AnyReport, Suppressed>;
export type TimepointStats = OutcomeReport['timepoints'][number];
export type FlowNode = Outcomes['flow'][number];
export type Subgroups = NonNullable<OutcomeReport['subgroups']>;
export { isSuppressed, type Suppressed };

/** The value, or null when it is missing or withheld from this reader (small-cell suppression). */
export const shown = <T extends object>(x: T | null | undefined): Exclude<T, Suppressed> | null =>
  x === null || x === undefined || isSuppressed(x) ? null : (x as Exclude<T, Suppressed>);

/**
 * What the dashboard shows instead of a withheld number: "suppressed: fewer than 5 clients". The
 * server's reason is English; its one form (domain/outcomes/disclosure.ts) is said in the UI language.
 */
export const withheld = (x: Suppressed): string =>
  x.suppressed.reason === `fewer than ${x.suppressed.threshold} clients`
    ? tKey('outcomes:stats.suppressed', { count: x.suppressed.threshold })
    : tKey('outcomes:stats.suppressedOther', { reason: x.suppressed.reason });

/** Shown instead of an effect size from fewer than 10 clients. */
export const nTooSmall = (): string => tKey('outcomes:stats.nTooSmall');
export type DurabilityReport = NonNullable<OutcomeReport['durability']>;

export const outcomeKeys = {
  all: ['outcomes'] as const,
  report: (programId: string, filters: OutcomeFilters) => ['outcomes', programId, filters] as const,
};

/**
 * The report for these filters. While a new choice loads, the previous report stays on screen
 * (isPlaceholderData tells the page to say it is updating).
 */
export function useOutcomes(programId: string, filters: OutcomeFilters) {
  return useQuery({
    queryKey: outcomeKeys.report(programId, filters),
    queryFn: () => api.get<Outcomes>(outcomesPath(programId, filters)),
    enabled: Boolean(programId),
    placeholderData: keepPreviousData,
  });
}
