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
