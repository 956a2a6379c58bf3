/**
 * Disclosure control of outcome reports (issue 14): what a researcher may see of small groups, and
 * the warning a clinician gets beside an effect size from a handful of clients.
 *
 * An aggregate is any statistic computed from a set of clients: a timepoint's observed mean, its
 * change from baseline (with the effect size), response, remission and reliable change; a row of
 * the missing-data table (observed, completers, LOCF, the mixed model's estimate); the mixed model
 * itself; durability (withheld whole when few clients have a change at its endpoint) and each of
 * its proportions; a subgroup's row; a comparison of two subgroups; a box of the
 * flow and each of its exits. Its n is the number of distinct clients it draws on. A researcher's
 * report replaces every aggregate with 0 < n < threshold by `{ suppressed: { reason, threshold } }`
 * (n = 0 carries no number to hide); the whole report when fewer than `threshold` clients are in
 * it. Counts of who was expected and assessed at a timepoint stay visible inside a report of at
 * least `threshold` clients: they say who answered, not what. No complementary suppression: a
 * suppressed count can sometimes be had by subtraction from its neighbours (docs/SECURITY.md).
 */
import type {
  ChangeSummary,
  Durability,
  FlowNode,
  GroupComparison,
  GroupResult,
  LmmFit,
  MeanSummary,
  MissingDataRow,
  OutcomeReport,
  OutcomeRules,
  PairComparison,
  PairTimepoint,
  Proportion,
  SubgroupReport,
  TimepointStats,
} from './types.ts';

/** The organization's default minimum cell size for researchers' aggregates. */
export const DEFAULT_MIN_CELL_SIZE = 5;
/** The smallest and largest minimum cell size an organization can set. */
export const MIN_CELL_SIZE_RANGE = { min: 2, max: 100 } as const;
/** Below this many clients an effect size is flagged "n too small" for everyone. */
export const EFFECT_SIZE_MIN_N = 10;

export interface Suppressed {
  suppressed: { reason: string; threshold: number };
}
export type Suppressible<T> = T | Suppressed;

/** T as staff get it: no number withheld anywhere in it. */
export type Unsuppressed<T> = T extends Suppressed
  ? never
  : T extends readonly (infer U)[]
    ? Unsuppressed<U>[]
    : T extends object
      ? { [K in keyof T]: Unsuppressed<T[K]> }
      : T;

export const isSuppressed = (x: unknown): x is Suppressed =>
  typeof x === 'object' && x !== null && 'suppressed' in x;

/** True when an aggregate over `n` clients must be withheld from a researcher. */
export const isSmallCell = (n: number, threshold: number): boolean => n > 0 && n < threshold;

const suppressed = (threshold: number): Suppressed => ({
  suppressed: { reason: `fewer than ${threshold} clients`, threshold },
});

const cell = <T extends { n: number }>(x: T, threshold: number): Suppressible<T> =>
  isSmallCell(x.n, threshold) ? suppressed(threshold) : x;
const maybe = <T extends { n: number }>(x: T | null, threshold: number): Suppressible<T> | null =>
  x === null ? null : cell(x, threshold);

/** A change summary with the "n too small" flag for its effect size. */
export type FlaggedChange = ChangeSummary & { nTooSmall: boolean };
export type FlaggedComparison = GroupComparison & { nTooSmall: boolean };

export interface DisclosedTimepoint
  extends Omit<TimepointStats, 'observed' | 'change' | 'response' | 'remission' | 'reliable'> {
  observed: Suppressible<MeanSummary>;
  change: Suppressible<FlaggedChange> | null;
  response: Suppressible<Proportion> | null;
  remission: Suppressible<Proportion> | null;
  reliable: Suppressible<{ n: number; improved: number; deteriorated: number }> | null;
}

export interface DisclosedMissingDataRow {
  key: string;
  label: string;
  observed: Suppressible<MeanSummary>;
  completers: Suppressible<MeanSummary>;
  locf: Suppressible<MeanSummary>;
  lmm: Suppressible<NonNullable<MissingDataRow['lmm']>> | null;
}

export interface DisclosedDurability extends Omit<Durability, 'followUps'> {
  followUps: Array<
    Omit<Durability['followUps'][number], 'sustained' | 'sustainedOfResponders'> & {
      sustained: Suppressible<Proportion>;
      sustainedOfResponders: Suppressible<Proportion>;
    }
  >;
}

export type DisclosedGroup =
  | (Omit<GroupResult, 'timepoints'> & { timepoints: DisclosedTimepoint[] })
  | ({ group: string } & Suppressed);
export type DisclosedComparison =
  | FlaggedComparison
  | ({ timepointKey: string; group: string; reference: string } & Suppressed);

export interface DisclosedSubgroups extends Omit<SubgroupReport, 'groups' | 'comparisons'> {
  groups: DisclosedGroup[];
  comparisons: DisclosedComparison[];
}

type Difference = NonNullable<PairTimepoint['meanChangeDifference']>;

/** One timepoint of two groups compared, as this reader may see it. */
export interface DisclosedPairTimepoint {
  key: string;
  label: string;
  role: PairTimepoint['role'];
  /** A group of fewer clients than the threshold is withheld whole. */
  a: Suppressible<DisclosedTimepoint>;
  b: Suppressible<DisclosedTimepoint>;
  meanChangeDifference: Suppressible<Difference> | null;
  responseDifference: Suppressible<Difference> | null;
  remissionDifference: Suppressible<Difference> | null;
  /** Either group has fewer than 10 clients with a change here: read the difference with caution. */
  nTooSmall: boolean;
}

export interface DisclosedPairComparison extends Omit<PairComparison, 'timepoints'> {
  timepoints: DisclosedPairTimepoint[];
}

export interface DisclosedReport
  extends Omit<
    OutcomeReport,
    'timepoints' | 'missingData' | 'lmm' | 'durability' | 'subgroups' | 'comparison'
  > {
  comparison: DisclosedPairComparison | null;
  timepoints: DisclosedTimepoint[];
  missingData: DisclosedMissingDataRow[];
  lmm: Suppressible<LmmFit> | null;
  durability: Suppressible<DisclosedDurability> | null;
  subgroups: DisclosedSubgroups | null;
}

/** A report withheld as a whole: fewer clients than the threshold are in it. */
export type SuppressedReport = { instrumentId: string; rules: OutcomeRules } & Suppressed;

export type DisclosedFlowNode =
  | (Omit<FlowNode, 'exits'> & {
      exits: Array<{ reason: string; n: number } | ({ reason: string } & Suppressed)>;
    })
  | ({ key: string; label: string } & Suppressed);

const flagChange = (c: ChangeSummary): FlaggedChange => ({ ...c, nTooSmall: c.n < EFFECT_SIZE_MIN_N });

function timepoint(t: TimepointStats, threshold: number): DisclosedTimepoint {
  return {
    ...t,
    observed: cell(t.observed, threshold),
    change: t.change === null ? null : cell(flagChange(t.change), threshold),
    response: maybe(t.response, threshold),
    remission: maybe(t.remission, threshold),
    reliable: maybe(t.reliable, threshold),
  };
}

/** Fewer pairs of the two groups' change at the comparison's timepoint. */
function comparisonN(c: GroupComparison, groups: GroupResult[]): number {
  const pairs = (group: string) =>
    groups.find((g) => g.group === group)?.timepoints.find((t) => t.key === c.timepointKey)?.change?.n ?? 0;
  return Math.min(pairs(c.group), pairs(c.reference));
}

/**
 * The report as a reader with this minimum cell size may see it. `threshold` 0 (staff who may
 * read client records) keeps every number; the "n too small" flags are set for everyone.
 */
export function discloseReport(r: OutcomeReport, threshold: number): DisclosedReport | SuppressedReport {
  if (isSmallCell(r.subjects, threshold))
    return { instrumentId: r.instrumentId, rules: r.rules, ...suppressed(threshold) };
  const s = r.subgroups;
  return {
    ...r,
    timepoints: r.timepoints.map((t) => timepoint(t, threshold)),
    missingData: r.missingData.map((m) => ({
      key: m.key,
      label: m.label,
      observed: cell(m.observed, threshold),
      completers: cell(m.completers, threshold),
      locf: cell(m.locf, threshold),
      // The model's estimate at a timepoint leans on the scores observed there.
      lmm: m.lmm === null ? null : isSmallCell(m.observed.n, threshold) ? suppressed(threshold) : m.lmm,
    })),
    lmm: r.lmm === null ? null : isSmallCell(r.lmm.subjects, threshold) ? suppressed(threshold) : r.lmm,
    durability: r.durability && disclosedDurability(r.durability, r.timepoints, threshold),
    comparison: r.comparison && disclosePair(r.comparison, threshold),
    subgroups: s && {
      ...s,
      groups: s.groups.map((g) =>
        isSmallCell(g.subjects, threshold)
          ? { group: g.group, ...suppressed(threshold) }
          : { ...g, timepoints: g.timepoints.map((t) => timepoint(t, threshold)) },
      ),
      comparisons: s.comparisons.map((c) => {
        const n = comparisonN(c, s.groups);
        return isSmallCell(n, threshold)
          ? { timepointKey: c.timepointKey, group: c.group, reference: c.reference, ...suppressed(threshold) }
          : { ...c, nTooSmall: n < EFFECT_SIZE_MIN_N };
      }),
    },
  };
}

/**
 * Two groups compared: a group of fewer clients than the threshold is withheld whole (its count
 * of clients stays: it says who, not what); a difference when either group has fewer pairs than
 * the threshold at that timepoint. Every difference from fewer than 10 pairs a side is flagged.
 */
function disclosePair(c: PairComparison, threshold: number): DisclosedPairComparison {
  const hideA = isSmallCell(c.a.subjects, threshold);
  const hideB = isSmallCell(c.b.subjects, threshold);
  return {
    ...c,
    timepoints: c.timepoints.map((t) => {
      const pairs = Math.min(t.a.change?.n ?? 0, t.b.change?.n ?? 0);
      const small = hideA || hideB || isSmallCell(pairs, threshold);
      const diff = (d: Difference | null) => (d === null ? null : small ? suppressed(threshold) : d);
      return {
        key: t.key,
        label: t.label,
        role: t.role,
        a: hideA ? suppressed(threshold) : timepoint(t.a, threshold),
        b: hideB ? suppressed(threshold) : timepoint(t.b, threshold),
        meanChangeDifference: diff(t.meanChangeDifference),
        responseDifference: diff(t.responseDifference),
        remissionDifference: diff(t.remissionDifference),
        nTooSmall: t.a.change !== null && pairs < EFFECT_SIZE_MIN_N,
      };
    }),
  };
}

/** Durability, withheld as a whole when few clients have a change at its endpoint (its responders' n). */
function disclosedDurability(
  d: Durability,
  timepoints: TimepointStats[],
  threshold: number,
): Suppressible<DisclosedDurability> {
  const pairs = timepoints.find((t) => t.key === d.endpointKey)?.change?.n ?? 0;
  if (isSmallCell(pairs, threshold)) return suppressed(threshold);
  return {
    ...d,
    followUps: d.followUps.map((f) => ({
      ...f,
      sustained: cell(f.sustained, threshold),
      sustainedOfResponders: cell(f.sustainedOfResponders, threshold),
    })),
  };
}

/** The flow with every box and exit of fewer than `threshold` clients withheld. */
export function discloseFlow(flow: FlowNode[], threshold: number): DisclosedFlowNode[] {
  return flow.map((node) =>
    isSmallCell(node.n, threshold)
      ? { key: node.key, label: node.label, ...suppressed(threshold) }
      : {
          ...node,
          exits: node.exits.map((e) =>
            isSmallCell(e.n, threshold) ? { reason: e.reason, ...suppressed(threshold) } : e,
          ),
        },
  );
}
