/**
 * Input checks shared by escalc and rma. Every failure is a validation DomainError whose field is
 * the column (metafor's argument name, e.g. `ai`) and whose message starts with the 1-based row.
 */
import { DomainError, fieldIssue, invalid } from '../errors.ts';
import type { FieldCode } from '../field-codes.ts';

/**
 * A validation error about one cell: column `column`, study `index` (0-based; reported 1-based).
 * Its message starts with the row; its code and values (with `row`) say the rest.
 */
export const cellError = (
  column: string,
  index: number,
  code: FieldCode,
  values: Readonly<Record<string, unknown>> = {},
): DomainError => {
  const issue = fieldIssue(column, code, { ...values, row: index + 1 });
  issue.message = `row ${index + 1}: ${issue.message}`;
  return new DomainError('validation', `${column}: ${issue.message}`, [issue]);
};

/**
 * Checks that each named column is an array of finite numbers, that all have the length of the
 * first, and that there is at least one study. Returns that length (k).
 */
export const checkColumns = (columns: ReadonlyArray<readonly [string, unknown]>): number => {
  const first = columns[0];
  if (!first) throw invalid('data', 'no-columns-given');
  let k = -1;
  for (const [name, values] of columns) {
    if (!Array.isArray(values)) throw invalid(name, 'array-numbers');
    if (k === -1) {
      k = values.length;
      if (k === 0) throw invalid(name, 'at-least-one-study-needed');
    } else if (values.length !== k) {
      throw invalid(name, 'values-but', { length: values.length, value: first[0], k });
    }
    values.forEach((value: unknown, i: number) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw cellError(name, i, 'cell-not-finite', { value: String(value) });
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
      throw cellError(column, i, 'cell-must-equal', { what, expected: expected[i], value });
    }
  });
};

/** Refuses negative values (counts). */
export const checkNonNegative = (column: string, values: readonly number[]): void => {
  values.forEach((value, i) => {
    if (value < 0) throw cellError(column, i, 'cell-negative', { value });
  });
};

/** Refuses values not above zero (standard deviations, sampling variances). */
export const checkPositive = (column: string, values: readonly number[]): void => {
  values.forEach((value, i) => {
    if (!(value > 0)) throw cellError(column, i, 'cell-not-positive', { value });
  });
};

/** Refuses values below `min` (group sizes). */
export const checkAtLeast = (column: string, values: readonly number[], min: number, why: string): void => {
  values.forEach((value, i) => {
    if (value < min) throw cellError(column, i, 'cell-at-least', { min, why, value });
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
      throw cellError(eventsColumn, i, 'events-exceed-group', { events: value, size: sizeColumn, n });
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
      throw cellError('yi', i, 'effect-too-large', { value: y, max: MAX_ABS_EFFECT });
    }
  });
  vi.forEach((v, i) => {
    if (v < MIN_VARIANCE || v > MAX_VARIANCE) {
      throw cellError('vi', i, 'variance-out-of-range', { value: v, min: MIN_VARIANCE, max: MAX_VARIANCE });
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
  throw cellError('yi', blame, 'result-not-finite', { value: bad });
};
