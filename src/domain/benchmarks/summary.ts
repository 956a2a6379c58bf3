/**
 * A program's outcomes as the public may see them (issue 19, part 7): response and remission at
 * each timepoint after baseline with n assessed of expected, durability among responders, the
 * criteria and the missing-data method. Every aggregate over fewer clients than the minimum cell
 * size is withheld (the same disclosure control researchers get, src/domain/outcomes/disclosure.ts);
 * means, subgroups, the model and the flow are left out: nothing here can describe one client.
 */
import {
  type DisclosedDurability,
  discloseReport,
  isSuppressed,
  type Suppressed,
  type Suppressible,
} from '../outcomes/disclosure.ts';
import type { OutcomeReport, OutcomeRules, Proportion, TimepointRole } from '../outcomes/types.ts';

/**
 * How missing assessments are handled in every number of the summary: response and remission
 * are among clients assessed at baseline and at the timepoint (observed cases, nothing imputed);
 * durability also says how many responders were not assessed, counted once as not sustained.
 */
export const PUBLIC_MISSING_DATA_METHOD = 'observed-cases' as const;

export interface PublicTimepoint {
  key: string;
  label: string;
  role: TimepointRole;
  /** Clients for whom the timepoint was due, and of those who answered. */
  expected: number;
  assessed: number;
  response: Suppressible<Proportion> | null;
  remission: Suppressible<Proportion> | null;
}

export interface PublicOutcomeSummary {
  instrumentId: string;
  criteria: Pick<OutcomeRules, 'better' | 'responseCriterion' | 'remissionCriterion'>;
  missingDataMethod: typeof PUBLIC_MISSING_DATA_METHOD;
  minCellSize: number;
  /** Clients who started treatment; the whole summary is withheld below the minimum cell size. */
  started: number;
  timepoints: PublicTimepoint[];
  durability: Suppressible<DisclosedDurability> | null;
}

export type WithheldSummary = {
  instrumentId: string;
  criteria: PublicOutcomeSummary['criteria'];
  minCellSize: number;
} & Suppressed;

const criteriaOf = (r: OutcomeRules): PublicOutcomeSummary['criteria'] => ({
  better: r.better,
  responseCriterion: r.responseCriterion,
  remissionCriterion: r.remissionCriterion,
});

/** The public summary of an analysed report (every client of the program, no filter). */
export function publicSummary(
  report: OutcomeReport,
  minCellSize: number,
): PublicOutcomeSummary | WithheldSummary {
  const criteria = criteriaOf(report.rules);
  // No clients at all is withheld too: a public page of empty cells says nothing.
  if (report.subjects < minCellSize)
    return {
      instrumentId: report.instrumentId,
      criteria,
      minCellSize,
      suppressed: { reason: `fewer than ${minCellSize} clients`, threshold: minCellSize },
    };
  const disclosed = discloseReport(report, minCellSize);
  if (isSuppressed(disclosed)) throw new Error('a report of enough clients is not withheld whole');
  return {
    instrumentId: report.instrumentId,
    criteria,
    missingDataMethod: PUBLIC_MISSING_DATA_METHOD,
    minCellSize,
    started: report.subjects,
    timepoints: disclosed.timepoints
      .filter((t) => t.role !== 'baseline')
      .map((t) => ({
        key: t.key,
        label: t.label,
        role: t.role,
        expected: t.expected,
        assessed: t.assessed,
        response: t.response,
        remission: t.remission,
      })),
    durability: disclosed.durability,
  };
}
