/**
 * When the app is opened at a program's outcome dashboard (a bookmark, a reload, a link), the report,
 * the page's code and the chart's code are asked for as the app starts, beside the session, instead of after the
 * session has answered and the page has rendered: the dashboard's first view waits for one round
 * trip fewer (docs/PERFORMANCE.md, "Outcome dashboard on the demo"). The chart's instrument (its
 * range and severity bands) is asked for as soon as the report names it. The page's own query then finds
 * the report in flight or done under the same key; a failed prefetch (not signed in) is simply asked
 * again when the page mounts.
 */
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../http/http.ts';
import { instrumentQuery } from '../instruments/api.ts';
import type { Outcomes } from './api.ts';
import { outcomeKeys } from './api.ts';
import { outcomesPath, parseFilters } from './query.ts';

const OUTCOMES_PAGE = /^\/programs\/([^/]+)\/outcomes\/?$/;

export function prefetchOutcomesAt(
  client: QueryClient,
  location: Pick<Location, 'pathname' | 'search'>,
): void {
  const m = OUTCOMES_PAGE.exec(location.pathname);
  if (!m) return;
  const programId = decodeURIComponent(m[1]!);
  const filters = parseFilters(new URLSearchParams(location.search));
  void client.prefetchQuery({
    queryKey: outcomeKeys.report(programId, filters),
    queryFn: async () => {
      const outcomes = await api.get<Outcomes>(outcomesPath(programId, filters));
      const instrumentId = outcomes.report?.instrumentId;
      if (instrumentId) void client.prefetchQuery(instrumentQuery(instrumentId));
      return outcomes;
    },
  });
  // The router loads the same module when it matches the route (src/web/app/router.tsx).
  void import('./OutcomesPage.tsx');
  void import('./OutcomeChart.tsx');
}
