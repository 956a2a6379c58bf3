/**
 * Who reads a program's outcomes, and so what they may see of it (issue 14). Staff who may read
 * client records see cohorts by name, filter by cohort id and get every number. A researcher sees
 * each cohort only as their own pseudonymous key (deidentify.ts: never its id, name or start
 * date, which would date every shifted date of its clients), filters by that key (mapped back to
 * the cohort here, on the server), and gets aggregates under the organization's minimum cell size
 * (src/domain/outcomes/disclosure.ts).
 */
import { invalid } from '../../domain/errors.ts';
import type { AppContext, OrgScope } from '../context.ts';
import { COHORT_KEY, cohortKey, researcherKey } from './deidentify.ts';
import * as repo from './repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface OutcomeViewer {
  deidentified: boolean;
  /** The organization's research key (client pseudonyms, date shifts); '' for staff. */
  key: string;
  /** The minimum cell size: the organization's for a researcher, 0 (no suppression) for staff. */
  minCell: number;
  /** How this reader sees a cohort: a researcher by their key, staff by its name. */
  cohort(id: string): string;
  /** The cohort filter's choices, in an order that says nothing about when each cohort started. */
  cohortChoices(): Array<{ value: string; label: string }>;
  /** The cohort id a cohort filter value names; a problem naming `cohort` when it names none. */
  cohortFilter(value: string | undefined, field?: string): string | undefined;
}

export async function outcomeViewer(
  ctx: AppContext,
  scope: OrgScope,
  cohorts: ReadonlyMap<string, string>,
): Promise<OutcomeViewer> {
  const db = ctx.db.kysely;
  if (scope.role !== 'researcher') {
    return {
      deidentified: false,
      key: '',
      minCell: 0,
      cohort: (id) => cohorts.get(id) ?? id,
      cohortChoices: () => [...cohorts].map(([value, label]) => ({ value, label })),
      cohortFilter: (value, field = 'cohort') => {
        if (value === undefined) return undefined;
        if (!UUID.test(value)) throw invalid(field, 'cohort-id');
        // A comparison names cohorts that exist; the filter of an unknown one is simply empty.
        if (field !== 'cohort' && !cohorts.has(value)) throw invalid(field, 'not-cohort-program');
        return value;
      },
    };
  }
  if (!scope.actor.userId) throw new Error('a researcher reads outcomes as a signed-in user');
  const [key, minCell] = await Promise.all([
    repo.researchKey(db, scope.organizationId),
    repo.minCellSize(db, scope.organizationId),
  ]);
  const mine = researcherKey(key, scope.actor.userId);
  const byKey = new Map([...cohorts.keys()].map((id) => [cohortKey(mine, id), id]));
  return {
    deidentified: true,
    key,
    minCell,
    cohort: (id) => cohortKey(mine, id),
    cohortChoices: () => [...byKey.keys()].sort().map((k) => ({ value: k, label: k })),
    cohortFilter: (value, field = 'cohort') => {
      if (value === undefined) return undefined;
      const id = COHORT_KEY.test(value) ? byKey.get(value) : undefined;
      if (!id) throw invalid(field, 'not-one-your-cohort-keys');
      return id;
    },
  };
}
