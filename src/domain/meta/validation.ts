/**
 * Input checks shared by escalc and rma. Every failure is a validation DomainError whose field is
 * the column (metafor's argument name, e.g. `ai`) and whose message starts with the 1-based row.
 */
import { type DomainError, invalid } from '../errors.ts';

/** A validation error about one cell: column `column`, study `index` (0-based; reported 1-based). */
export const cellError = (column: string, index: number, message: string): DomainError =>
  invalid(column, `row ${index + 1}: ${message}`);

/**
 * Checks that each named column is an array of finite numbers, that all have the length of the
 * first, and that there is at least one study. Returns that length (k).
 */
export const checkColumns = (columns: ReadonlyArray<readonly [string, unknown]>): number => {
  const first = columns[0];
  if (!first) throw invalid('data', 'no columns given');
  let k = -1;
  for (const [name, values] of columns) {
    if (!Array.isArray(values)) throw invalid(name, 'must be an array of numbers');
    if (k === -1) {
      k = values.length;
      if (k === 0) throw invalid(name, 'at least one study is needed (k = 0)');
    } else if (values.length !== k) {
      throw invalid(name, `has ${values.length} values but ${first[0]} has ${k}`);
    }
    values.forEach((value: unknown, i: number) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw cellError(name, i, `must be a finite number (got ${String(value)})`);
      }
    });
  }
  return k;
};

/** Refuses a column given alongside one it must agree with, e.g. `n1i` ≠ `ai + bi`. */
export const checkAgrees = (
  column: string,
  values: readonly number[],
  expected: readonly number[],
  what: string,
): void => {
  values.forEach((value, i) => {
    if (value !== expected[i]) {
      throw cellError(column, i, `must equal ${what} (${expected[i]}), got ${value}`);
    }
  });
};

/** Refuses negative values (counts). */
export const checkNonNegative = (column: string, values: readonly number[]): void => {
  values.forEach((value, i) => {
    if (value < 0) throw cellError(column, i, `must not be negative (got ${value})`);
  });
};

/** Refuses values not above zero (standard deviations, sampling variances). */
export const checkPositive = (column: string, values: readonly number[]): void => {
  values.forEach((value, i) => {
    if (!(value > 0)) throw cellError(column, i, `must be greater than 0 (got ${value})`);
  });
};

/** Refuses values below `min` (group sizes). */
export const checkAtLeast = (column: string, values: readonly number[], min: number, why: string): void => {
  values.forEach((value, i) => {
    if (value < min) throw cellError(column, i, `must be at least ${min} ${why} (got ${value})`);
  });
};

/** Refuses event counts above their group size. */
export const checkEventsWithin = (
  eventsColumn: string,
  events: readonly number[],
  sizeColumn: string,
  sizes: readonly number[],
): void => {
  events.forEach((value, i) => {
    const n = sizes[i] ?? Number.NaN;
    if (value > n) {
      throw cellError(eventsColumn, i, `events (${value}) exceed the group size ${sizeColumn} (${n})`);
    }
  });
};

/**
 * The largest effect size and the range of sampling variances the model computes with: beyond
 * them its weighted sums of squares (w·y², w²·y²) overflow a double and every pooled number
 * becomes NaN. No real effect size or variance comes near these bounds.
 */
export const MAX_ABS_EFFECT = 1e50;
export const MIN_VARIANCE = 1e-50;
export const MAX_VARIANCE = 1e50;

/** Refuses effect sizes and variances outside the range the model computes with, naming the study. */
export const checkMagnitudes = (yi: readonly number[], vi: readonly number[]): void => {
  yi.forEach((y, i) => {
    if (Math.abs(y) > MAX_ABS_EFFECT) {
      throw cellError('yi', i, `the effect size (${y}) is beyond ±${MAX_ABS_EFFECT}: rescale the data`);
    }
  });
  vi.forEach((v, i) => {
    if (v < MIN_VARIANCE || v > MAX_VARIANCE) {
      throw cellError(
        'vi',
        i,
        `the sampling variance (${v}) is outside ${MIN_VARIANCE} to ${MAX_VARIANCE}: rescale the data`,
      );
    }
  });
};

/** How far a study's values are from 1 in orders of magnitude (the likeliest cause of overflow). */
const extremity = (y: number, v: number): number =>
  Math.max(y === 0 ? 0 : Math.abs(Math.log10(Math.abs(y))), Math.abs(Math.log10(v)));

const firstNonFinite = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? null : value;
  if (value === null || typeof value !== 'object') return null;
  for (const v of Array.isArray(value) ? value : Object.values(value)) {
    const hit = firstNonFinite(v);
    if (hit !== null) return hit;
  }
  return null;
};

/**
 * Refuses a result holding NaN or ±Infinity (which JSON cannot carry), naming the study whose
 * values are the most extreme: an analysis answers finite numbers or a validation error, never a
 * number it cannot report.
 */
export const checkFiniteResult = (result: unknown, yi: readonly number[], vi: readonly number[]): void => {
  const bad = firstNonFinite(result);
  if (bad === null) return;
  let blame = 0;
  yi.forEach((y, i) => {
    if (extremity(y, vi[i]!) > extremity(yi[blame]!, vi[blame]!)) blame = i;
  });
  throw cellError(
    'yi',
    blame,
    `with this study's values the analysis gives a result that is not a finite number (${bad}): rescale the data`,
  );
};
