/** A program's outcome report under the dashboard's filters (GET /api/programs/:id/outcomes). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Outcomes } from '../../server/outcomes/schema.ts';
import { api } from '../http/http.ts';
import { type OutcomeFilters, outcomesPath } from './query.ts';

export type { Outcomes };
export type OutcomeReport = NonNullable<Outcomes['report']>;
export type TimepointStats = OutcomeReport['timepoints'][number];
export type FlowNode = Outcomes['flow'][number];
export type Subgroups = NonNullable<OutcomeReport['subgroups']>;
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
