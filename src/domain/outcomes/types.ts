/**
 * Outcome analytics: the shapes going in (one series per enrollment for one instrument) and the
 * report coming out (per-timepoint statistics, missing-data views, durability, subgroups, flow).
 * Pure data; analyse.ts computes one from the other. Every number carries its n.
 */

/** Where a timepoint sits in the program: the first one, during treatment, its end, or after it. */
export type TimepointRole = 'baseline' | 'treatment' | 'end-of-treatment' | 'follow-up';

export interface TimepointDef {
  /** `${planKey}#${occurrence}`, stable across program versions that keep the plan key. */
  key: string;
  label: string;
  role: TimepointRole;
  /** Days from program day 0 on the program's nominal schedule; null when it cannot be placed. */
  nominalDay: number | null;
}

/** The attributes subgroups are formed by; null = not recorded. */
export interface SubjectAttributes {
  ageBand: string | null;
  sex: string | null;
  gender: string | null;
  condition: string | null;
  arm: string | null;
  cohort: string | null;
}

export const GROUP_DIMENSIONS = ['ageBand', 'sex', 'gender', 'condition', 'arm', 'cohort'] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

/** One timepoint of one enrollment's series. */
export interface SeriesPoint {
  /** The total score when the questionnaire was answered in the window; null when not. */
  score: number | null;
  /**
   * True when the timepoint counts as expected for this enrollment: it was answered, or its window
   * has closed. A timepoint whose window is still open or in the future is not yet expected.
   */
  due: boolean;
}

/** One enrollment's series for one instrument. */
export interface OutcomeSubject {
  /** Enrollment id, or a pseudonym for de-identified reports. */
  id: string;
  attributes: SubjectAttributes;
  /** Reached the 'active' stage (treatment started): the analysis set is those who started. */
  started: boolean;
  /** Timepoint key → point; a key missing here does not apply to this enrollment (another arm). */
  points: Record<string, SeriesPoint>;
}

/** The instrument's change rules as the analysis uses them (from the instrument registry). */
export interface OutcomeRules {
  instrumentId: string;
  better: 'lower' | 'higher';
  /** Response: at least this % improvement from baseline; null when the instrument defines none. */
  responsePercent: number | null;
  responseCriterion: string | null;
  /** Remission: total at or below this value; null when none. */
  remissionMaxTotal: number | null;
  remissionCriterion: string | null;
  /** Points of change on the total that count as reliable; null when none is known for the total. */
  reliableChangePoints: number | null;
  reliableChangeMethod: string | null;
}

export interface Interval {
  lower: number;
  upper: number;
}

/** A proportion with its Wilson score 95% interval, both in percent. */
export interface Proportion {
  events: number;
  n: number;
  /** null when n = 0. */
  percent: number | null;
  ci: Interval | null;
}

export interface MeanSummary {
  n: number;
  mean: number | null;
  /** Sample SD (n − 1); null when n < 2. */
  sd: number | null;
}

/** Change from baseline among those assessed at both: positive `improvement` is better. */
export interface ChangeSummary {
  n: number;
  /** Mean of (timepoint − baseline), on the instrument's scale. */
  mean: number | null;
  sd: number | null;
  /** Paired t 95% interval of the mean change. */
  ci: Interval | null;
  /**
   * Within-person effect size: standardised mean change with raw-score standardisation (metafor
   * escalc "SMCR": mean change ÷ baseline SD, small-sample corrected), signed so that positive is
   * improvement, with its 95% interval.
   */
  effectSize: number | null;
  effectSizeCi: Interval | null;
}

export interface TimepointStats {
  key: string;
  label: string;
  role: TimepointRole;
  /** Started enrollments for whom the timepoint is due (answered, or its window closed). */
  expected: number;
  assessed: number;
  /** expected − assessed. */
  missing: number;
  observed: MeanSummary;
  /** null at the baseline timepoint. */
  change: ChangeSummary | null;
  /** Among those assessed at baseline and here; null when the instrument defines none (or at baseline). */
  response: Proportion | null;
  remission: Proportion | null;
  /** Counts among those assessed at baseline and here; null when no reliable-change threshold is known. */
  reliable: { n: number; improved: number; deteriorated: number } | null;
}

export interface LmmEstimate {
  mean: number;
  se: number;
  /** Normal-approximation 95% interval. */
  ci: Interval;
}

/** One timepoint's mean under each way of handling missing data. */
export interface MissingDataRow {
  key: string;
  label: string;
  observed: MeanSummary;
  /** Enrollments assessed at every timepoint due for them. */
  completers: MeanSummary;
  /** Last observation carried forward among started enrollments assessed at baseline. */
  locf: MeanSummary;
  /** Linear mixed model estimate; null when the model could not be fitted (too little data). */
  lmm: LmmEstimate | null;
}

export interface LmmFit {
  /** Random-intercept variance and residual variance (REML). */
  tau2: number;
  sigma2: number;
  subjects: number;
  observations: number;
  logLik: number;
}

export interface DurabilityFollowUp {
  key: string;
  label: string;
  /** Endpoint responders assessed at this follow-up. */
  assessed: number;
  /** Of those, still meeting the response criterion; Wilson interval over `assessed`. */
  sustained: Proportion;
  /** Endpoint responders not (yet) assessed here. */
  notAssessed: number;
  /** Still responding ÷ all endpoint responders (not assessed counted as not sustained), as Feder et al. 2025 report it. */
  sustainedOfResponders: Proportion;
}

export interface Durability {
  endpointKey: string;
  endpointLabel: string;
  responders: number;
  followUps: DurabilityFollowUp[];
}

export interface GroupComparison {
  timepointKey: string;
  group: string;
  reference: string;
  /** group − reference: mean change (Welch 95% interval). */
  meanChangeDifference: { estimate: number; ci: Interval } | null;
  /** group − reference: response rate in percentage points (Newcombe hybrid score 95% interval). */
  responseDifference: { estimate: number; ci: Interval } | null;
}

export interface GroupResult {
  /** The group's value; '(not recorded)' for null. */
  group: string;
  subjects: number;
  timepoints: TimepointStats[];
}

export interface SubgroupReport {
  dimension: GroupDimension;
  reference: string;
  groups: GroupResult[];
  comparisons: GroupComparison[];
}

/** One timepoint of two groups compared (compare.ts): each group's statistics and A − B. */
export interface PairTimepoint {
  key: string;
  label: string;
  role: TimepointRole;
  a: TimepointStats;
  b: TimepointStats;
  /** A − B: mean change from baseline (Welch 95% interval); null at baseline or with too few pairs. */
  meanChangeDifference: { estimate: number; ci: Interval } | null;
  /** A − B: response rate in percentage points (Newcombe hybrid score 95% interval). */
  responseDifference: { estimate: number; ci: Interval } | null;
  /** A − B: remission rate in percentage points (Newcombe hybrid score 95% interval). */
  remissionDifference: { estimate: number; ci: Interval } | null;
}

/** Two groups of one attribute (two cohorts) compared at every timepoint. */
export interface PairComparison {
  dimension: GroupDimension;
  a: { group: string; subjects: number };
  b: { group: string; subjects: number };
  timepoints: PairTimepoint[];
}

export interface OutcomeReport {
  instrumentId: string;
  rules: OutcomeRules;
  /** Started enrollments in the analysis. */
  subjects: number;
  timepoints: TimepointStats[];
  missingData: MissingDataRow[];
  lmm: LmmFit | null;
  durability: Durability | null;
  subgroups: SubgroupReport | null;
  /** Two groups compared, when asked for (AnalysisInput.compare). */
  comparison: PairComparison | null;
}

export interface AnalysisInput {
  rules: OutcomeRules;
  /** In schedule order; the first with role 'baseline' is the baseline. */
  timepoints: TimepointDef[];
  subjects: OutcomeSubject[];
  /** Optional subgroup dimension; its reference group defaults to the largest. */
  groupBy?: GroupDimension;
  reference?: string;
  /** Optional: two values of one attribute (two cohorts) to compare side by side. */
  compare?: { dimension: GroupDimension; a: string; b: string };
  /**
   * Timepoint key of the end of treatment for durability; default: the last 'end-of-treatment'
   * timepoint, else the first after baseline. Follow-ups are the timepoints after it.
   */
  endpoint?: string;
}

/** The stages of the CONSORT-style flow, in order. */
export const FLOW_STAGES = ['referred', 'screened', 'eligible', 'consented', 'started', 'completed'] as const;
export type FlowStage = (typeof FLOW_STAGES)[number];

export interface FlowNode {
  key: string;
  label: string;
  n: number;
  /** Left at this step, by reason (e.g. 'ineligible', 'withdrew', 'in progress'). */
  exits: Array<{ reason: string; n: number }>;
}
