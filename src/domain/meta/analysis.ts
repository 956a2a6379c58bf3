/**
 * One meta-analysis from study rows, shared by the API (POST /api/meta/analyze) and the CLI
 * (`threshold meta`): rows of metafor's escalc columns → escalc → rma → one result object with
 * study labels and the display-scale (back-transformed) pooled estimate.
 *
 * Bad input is a validation DomainError naming the study and column: field `studies[i].ai` with
 * i the 0-based index of the study in the input (the CLI turns it into a line of its file).
 *
 * A real-world estimate (the organization's own program, `realWorld`) goes through the same escalc
 * as the studies, so its yi, vi and CI are on the same scale, and is returned beside the fit: it is
 * never part of it. Its bad cells are named `realWorld.xi` and so on.
 */
import { DomainError, fieldIssue, invalid, reField } from '../errors.ts';
import type { FieldCode } from '../field-codes.ts';
import { MEASURES, METHODS, NUMERIC_COLUMNS, type NumericColumn, TESTS } from './columns.ts';
import { criticalValue } from './distributions.ts';
import { backTransformFor, escalc, rma } from './index.ts';
import type { EscalcInput, Measure, Method, RmaResult, StudyResult, TestType } from './types.ts';
import { checkFiniteResult, checkMagnitudes } from './validation.ts';

export { MEASURES, METHODS, NUMERIC_COLUMNS, type NumericColumn, TESTS };

/** One study: an optional label and the columns its measure needs (others are ignored). */
export type StudyRow = { study?: string } & { [C in NumericColumn]?: number };

export interface AnalysisRequest {
  measure: Measure;
  method: Method;
  test?: TestType;
  level?: number;
  studies: readonly StudyRow[];
  /** As sent (the API resolves it to a RealWorldInput before the analysis). */
  realWorld?: RealWorldRequest;
}

export type RealWorldSource = 'outcomes' | 'entered';

/** The real-world entry of a request: its label, its source, and the columns of its measure. */
export type RealWorldRequest = {
  label: string;
  source: RealWorldSource;
  programId?: string;
  instrumentId?: string;
  timepointKey?: string;
} & { [C in NumericColumn]?: number };

/** Where the numbers of an estimate read from the outcome report come from. */
export interface RealWorldProvenance {
  programId: string;
  programName: string;
  instrumentId: string;
  /** Short name, e.g. PHQ-9. */
  instrument: string;
  timepointKey: string;
  timepointLabel: string;
  quantity: 'response' | 'mean change';
  /** How the quantity is defined, e.g. "≥ 50% reduction from baseline". */
  criterion: string;
  /** Clients assessed at baseline and at the timepoint. */
  n: number;
  /** Responders, for quantity 'response'. */
  events: number | null;
  note: 'real-world data from this organization';
}

/** A real-world estimate ready to convert: the columns of the measure, and where they come from. */
export interface RealWorldInput {
  label: string;
  source: RealWorldSource;
  columns: { [C in NumericColumn]?: number };
  provenance: RealWorldProvenance | null;
}

export const REAL_WORLD_NOTE = 'Real-world data (not pooled)';

/** The real-world estimate as reported: model scale (as the studies' yi), and back-transformed. */
export interface RealWorldResult {
  label: string;
  source: RealWorldSource;
  note: typeof REAL_WORLD_NOTE;
  yi: number;
  vi: number;
  /** yi ± z·√vi at the analysis level, as each study's own CI. */
  ciLower: number;
  ciUpper: number;
  backTransformed: { scale: DisplayScale; estimate: number; ciLower: number; ciUpper: number } | null;
  columns: RealWorldInput['columns'];
  provenance: RealWorldProvenance | null;
}

/** The display scale of a measure whose model scale is not (log ratios, logit proportions). */
export type DisplayScale = 'RR' | 'OR' | 'proportion';

/** The model fit as the CLI and the API report it: metafor's numbers plus the measure, labels and display scale. */
export type MetaAnalysis = Omit<RmaResult, 'studies'> & {
  measure: Measure;
  /** exp(·) for RR/OR, inverse logit for PLO; null for measures already on their display scale. */
  backTransformed: {
    scale: DisplayScale;
    estimate: number;
    ciLower: number;
    ciUpper: number;
    piLower: number | null;
    piUpper: number | null;
  } | null;
  /** In input order; weight in percent (metafor's weights()), CI is yi ± z·√vi. */
  studies: Array<StudyResult & { study: string }>;
  /** Present when the request had a real-world estimate: beside the fit, not in it. */
  realWorld?: RealWorldResult;
};

/** A bad cell or a missing column of one study. */
export class StudyInputError extends DomainError {
  constructor(
    readonly index: number,
    readonly column: string,
    code: FieldCode,
    values: Readonly<Record<string, unknown>> = {},
    message?: string,
  ) {
    const issue = fieldIssue(`studies[${index}].${column}`, code, values);
    if (message) issue.message = message;
    super('validation', `${issue.field}: ${issue.message}`, [issue]);
  }
}

export const displayScaleOf = (measure: Measure): DisplayScale | null =>
  measure === 'RR' || measure === 'OR' ? measure : measure === 'PLO' ? 'proportion' : null;

export const defaultLabel = (index: number): string => `Study ${index + 1}`;

export function analyze(request: AnalysisRequest, realWorld?: RealWorldInput | null): MetaAnalysis {
  const { measure, studies } = request;
  const fit = fitRows(request);
  const rw = realWorld ? realWorldEffect(measure, fit.level, realWorld) : null;
  const scale = displayScaleOf(measure);
  const back = backTransformFor(measure);
  const orNull = (x: number | null) => (x === null ? null : back(x));
  const analysis: MetaAnalysis = {
    ...fit,
    measure,
    backTransformed: scale
      ? {
          scale,
          estimate: back(fit.estimate),
          ciLower: back(fit.ciLower),
          ciUpper: back(fit.ciUpper),
          piLower: orNull(fit.piLower),
          piUpper: orNull(fit.piUpper),
        }
      : null,
    studies: fit.studies.map((s, i) => ({ study: studies[i]?.study ?? defaultLabel(i), ...s })),
    ...(rw ? { realWorld: rw } : {}),
  };
  // Back-transformed (exp) values can overflow where the model's own did not.
  withStudyErrors(() =>
    checkFiniteResult(
      analysis,
      fit.studies.map((s) => s.yi),
      fit.studies.map((s) => s.vi),
    ),
  );
  return analysis;
}

/**
 * The real-world estimate on the studies' scale: the same escalc as a study (so metafor's zero-cell
 * correction applies alike) and the same CI, yi ± z·√vi at `level`. Bad columns are validation
 * errors naming `realWorld.<column>`.
 */
export function realWorldEffect(measure: Measure, level: number, input: RealWorldInput): RealWorldResult {
  try {
    return withStudyErrors(() => {
      const es = escalc(escalcInput(measure, [input.columns]));
      checkMagnitudes(es.yi, es.vi);
      const result = realWorldResult(measure, level, input, es.yi[0]!, es.vi[0]!);
      checkFiniteResult(result, es.yi, es.vi);
      return result;
    });
  } catch (err) {
    if (err instanceof StudyInputError) {
      throw reField(err, `realWorld.${err.column}`, 'body');
    }
    throw err;
  }
}

function realWorldResult(
  measure: Measure,
  level: number,
  input: RealWorldInput,
  yi: number,
  vi: number,
): RealWorldResult {
  const half = criticalValue(level, null) * Math.sqrt(vi);
  const [ciLower, ciUpper] = [yi - half, yi + half];
  const scale = displayScaleOf(measure);
  const back = backTransformFor(measure);
  const used = Object.fromEntries(
    REQUIRED_COLUMNS[measure]
      .flatMap((c) => c.split('|'))
      .filter((c) => input.columns[c as NumericColumn] !== undefined)
      .map((c) => [c, input.columns[c as NumericColumn]]),
  ) as RealWorldInput['columns'];
  return {
    label: input.label,
    source: input.source,
    note: REAL_WORLD_NOTE,
    yi,
    vi,
    ciLower,
    ciUpper,
    backTransformed: scale
      ? { scale, estimate: back(yi), ciLower: back(ciLower), ciUpper: back(ciUpper) }
      : null,
    columns: used,
    provenance: input.provenance,
  };
}

/** A short line for the forest plot under the real-world label: where its numbers come from. */
export function realWorldDetail(rw: Pick<RealWorldResult, 'columns' | 'provenance'>): string {
  const p = rw.provenance;
  if (p)
    return p.quantity === 'response'
      ? `${p.events}/${p.n} responders, ${p.instrument} ${p.timepointLabel}`
      : `${p.instrument} mean change, ${p.timepointLabel}, n = ${p.n}`;
  const { xi, ni } = rw.columns;
  return xi !== undefined && ni !== undefined ? `${xi}/${ni}, entered counts` : 'entered values';
}

const OUTCOME_FIELDS = ['programId', 'instrumentId', 'timepointKey'] as const;

/**
 * An entered real-world estimate as a RealWorldInput: its columns as typed. Fields that only an
 * outcome-report source takes are refused rather than ignored.
 */
export function enteredRealWorld(rw: RealWorldRequest): RealWorldInput {
  checkLabel(rw);
  for (const f of OUTCOME_FIELDS) {
    if (rw[f] !== undefined) throw invalid(`realWorld.${f}`, 'only-taken-source-outcomes', {}, 'body');
  }
  return { label: rw.label.trim(), source: 'entered', columns: columnsOf(rw), provenance: null };
}

export function checkLabel(rw: Pick<RealWorldRequest, 'label'>): void {
  if (!rw.label.trim()) throw invalid('realWorld.label', 'blank', {}, 'body');
}

/** The numeric columns given in a real-world entry. */
export const columnsOf = (rw: RealWorldRequest): RealWorldInput['columns'] =>
  Object.fromEntries(
    NUMERIC_COLUMNS.filter((c) => rw[c] !== undefined).map((c) => [c, rw[c]]),
  ) as RealWorldInput['columns'];

/** escalc + rma on the rows, with the domain's row-numbered errors turned into StudyInputErrors. */
export function fitRows(request: AnalysisRequest): RmaResult {
  const input = escalcInput(request.measure, request.studies);
  return withStudyErrors(() => {
    const es = escalc(input);
    return rma(es, { method: request.method, test: request.test, level: request.level });
  });
}

/** The columns each measure needs (RR/OR/RD: bi or n1i, di or n2i). */
export const REQUIRED_COLUMNS: Record<Measure, readonly string[]> = {
  RR: ['ai', 'bi|n1i', 'ci', 'di|n2i'],
  OR: ['ai', 'bi|n1i', 'ci', 'di|n2i'],
  RD: ['ai', 'bi|n1i', 'ci', 'di|n2i'],
  PLO: ['xi', 'ni'],
  PR: ['xi', 'ni'],
  MD: ['m1i', 'sd1i', 'n1i', 'm2i', 'sd2i', 'n2i'],
  SMD: ['m1i', 'sd1i', 'n1i', 'm2i', 'sd2i', 'n2i'],
  GEN: ['yi', 'vi'],
};

function escalcInput(measure: Measure, rows: readonly StudyRow[]): EscalcInput {
  const has = (c: NumericColumn) => rows.length > 0 && rows.every((r) => r[c] !== undefined);
  const col = (c: NumericColumn): number[] =>
    rows.map((r, i) => {
      const v = r[c];
      if (v === undefined) throw new StudyInputError(i, c, 'required-for-measure', { measure });
      return v;
    });
  /**
   * An arm of a 2×2 table: its non-events, its group size, or both, as columns for escalc. Studies
   * may mix the two: then the non-events of a study that gave only its group size are n − events.
   */
  const arm = (events: 'ai' | 'ci', cells: 'bi' | 'di', size: 'n1i' | 'n2i') => {
    const given = (c: NumericColumn) => (has(c) ? col(c) : undefined);
    if (has(cells) || has(size)) return { cells: given(cells), sizes: given(size) };
    const values = rows.map((r, i) => {
      const [e, b, n] = [r[events], r[cells], r[size]];
      if (b === undefined && n === undefined)
        throw new StudyInputError(i, cells, 'required-for-measure-or-size', { measure, size });
      if (e === undefined || n === undefined) return b!;
      if (e > n) throw new StudyInputError(i, events, 'events-exceed-group', { events: e, size, n });
      if (b !== undefined && b + e !== n)
        throw new StudyInputError(i, size, 'must-equal-sum', {
          events,
          cells,
          sum: e + b,
          n,
        });
      return n - e;
    });
    return { cells: values, sizes: undefined };
  };
  switch (measure) {
    case 'RR':
    case 'OR':
    case 'RD': {
      const ai = col('ai');
      const ci = col('ci');
      const one = arm('ai', 'bi', 'n1i');
      const two = arm('ci', 'di', 'n2i');
      return {
        measure,
        ai,
        ci,
        ...(one.cells ? { bi: one.cells } : {}),
        ...(one.sizes ? { n1i: one.sizes } : {}),
        ...(two.cells ? { di: two.cells } : {}),
        ...(two.sizes ? { n2i: two.sizes } : {}),
      };
    }
    case 'PLO':
    case 'PR':
      return { measure, xi: col('xi'), ni: col('ni') };
    case 'MD':
    case 'SMD':
      return {
        measure,
        m1i: col('m1i'),
        sd1i: col('sd1i'),
        n1i: col('n1i'),
        m2i: col('m2i'),
        sd2i: col('sd2i'),
        n2i: col('n2i'),
      };
    case 'GEN':
      return { measure, yi: col('yi'), vi: col('vi') };
  }
}

const ROW_MESSAGE = /^row (\d+): ([\s\S]*)$/;

/** The domain names a bad cell as field `ai`, message `row 3: …` (1-based): re-raise it by study. */
function withStudyErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof DomainError && err.kind === 'validation' && err.fields.length === 1) {
      const issue = err.fields[0]!;
      const m = ROW_MESSAGE.exec(issue.message);
      if (m && (NUMERIC_COLUMNS as readonly string[]).includes(issue.field)) {
        const code = (issue.code ?? 'cell-not-finite') as FieldCode;
        throw new StudyInputError(Number(m[1]) - 1, issue.field, code, issue.params, m[2]);
      }
    }
    throw err;
  }
}
