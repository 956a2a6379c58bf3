import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { escalc, smdCorrection } from './effect-sizes.ts';
import type { EscalcInput } from './types.ts';

/** Runs `fn`, expecting a validation DomainError on `field` whose message names `row` (1-based). */
const expectInvalid = (fn: () => unknown, field: string, row?: number): DomainError => {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  expect(error.kind).toBe('validation');
  expect(error.fields[0]?.field).toBe(field);
  if (row !== undefined) expect(error.fields[0]?.message).toMatch(new RegExp(`^row ${row}: `));
  return error;
};

const close = (actual: readonly number[], expected: readonly number[]): void => {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    expect(actual[i]).toBeCloseTo(e, 10);
  });
};

describe('escalc zero cells (metafor 3.8 defaults: add = 1/2, to = "only0", drop00 = FALSE)', () => {
  // Rows: both arms 0 events; treatment arm all events; one arm 0 events. Values from metafor.
  const table = { ai: [0, 15, 4], n1i: [10, 15, 20], ci: [0, 3, 0], n2i: [12, 10, 20] };

  it('adds 1/2 to every cell of tables with a zero cell, for RR', () => {
    const es = escalc({ measure: 'RR', ...table });
    close(es.yi, [0.167054084663167, 1.113383605988422, 2.197224577336219]);
    close(es.vi, [3.832167832167832, 0.196821323837453, 2.126984126984127]);
  });

  it('adds 1/2 for OR, with bi/di given instead of group sizes', () => {
    const es = escalc({ measure: 'OR', ai: [0, 15, 4], bi: [10, 0, 16], ci: [0, 3, 0], di: [12, 7, 20] });
    close(es.yi, [0.174353387144778, 4.196127256532043, 2.414289082574047]);
    close(es.vi, [4.175238095238095, 2.483563748079877, 2.331608770633161]);
  });

  it('adds 1/2 for RD as well (metafor does, although RD would be computable without it)', () => {
    const es = escalc({ measure: 'RD', ...table });
    close(es.yi, [0.00699300699300699, 0.65056818181818188, 0.19047619047619047]);
    close(es.vi, [0.00678919105248021, 0.02161410336741642, 0.00912428463448872]);
  });

  it('adds 1/2 for PR when there are no events or only events', () => {
    const es = escalc({ measure: 'PR', xi: [0, 5, 10], ni: [10, 10, 10] });
    close(es.yi, [0.5 / 11, 0.5, 10.5 / 11]);
    close(es.vi, [((0.5 / 11) * (10.5 / 11)) / 11, 0.025, ((0.5 / 11) * (10.5 / 11)) / 11]);
  });

  it('leaves tables without zero cells alone', () => {
    const es = escalc({ measure: 'OR', ai: [5], n1i: [10], ci: [2], n2i: [10] });
    close(es.yi, [Math.log(1) - Math.log(2 / 8)]);
    close(es.vi, [1 / 5 + 1 / 5 + 1 / 2 + 1 / 8]);
  });

  it("refuses a study left without a finite effect by to = 'none'", () => {
    expectInvalid(() => escalc({ measure: 'RR', ...table, to: 'none' }), 'ai', 1);
    expectInvalid(() => escalc({ measure: 'PLO', xi: [3, 0], ni: [10, 10], add: 0 }), 'xi', 2);
  });

  it('refuses an unknown zero-cell rule or a negative add', () => {
    expectInvalid(() => escalc({ measure: 'RR', ...table, to: 'sometimes' as 'all' }), 'to');
    expectInvalid(() => escalc({ measure: 'RR', ...table, add: -1 }), 'add');
  });
});

describe('escalc SMD', () => {
  it("uses the exact gamma-function correction (metafor's .cmicalc)", () => {
    // Hedges' approximation 1 − 3/(4m − 1) is close but not equal.
    expect(smdCorrection(10)).toBeCloseTo(0.922745608053087, 12); // metafor:::.cmicalc(10)
    expect(Math.abs(smdCorrection(10) - (1 - 3 / 39))).toBeGreaterThan(1e-4);
  });

  it('matches metafor for the smallest allowed groups (n = 2 each)', () => {
    const es = escalc({ measure: 'SMD', m1i: [5], sd1i: [2], n1i: [2], m2i: [4], sd2i: [1], n2i: [2] });
    close(es.yi, [0.356824823230554]);
    close(es.vi, [1.015915494309189]);
  });
});

describe('escalc input errors name the row (1-based) and the column', () => {
  const twoByTwo = {
    measure: 'RR' as const,
    ai: [1, 2, 3],
    n1i: [10, 10, 10],
    ci: [1, 2, 3],
    n2i: [10, 10, 10],
  };
  const means = {
    measure: 'SMD' as const,
    m1i: [1, 2],
    sd1i: [1, 1],
    n1i: [10, 10],
    m2i: [1, 1],
    sd2i: [1, 1],
    n2i: [10, 10],
  };

  it('negative counts', () => {
    expectInvalid(() => escalc({ ...twoByTwo, ci: [1, -2, 3] }), 'ci', 2);
    expectInvalid(() => escalc({ measure: 'OR', ai: [1], bi: [-1], ci: [1], di: [1] }), 'bi', 1);
    expectInvalid(() => escalc({ measure: 'PR', xi: [1, 2, -3], ni: [5, 5, 5] }), 'xi', 3);
  });

  it('events above the group size', () => {
    expectInvalid(() => escalc({ ...twoByTwo, ai: [1, 2, 11] }), 'ai', 3);
    expectInvalid(() => escalc({ measure: 'PLO', xi: [6], ni: [5] }), 'xi', 1);
  });

  it('group sizes that disagree with the cells', () => {
    expectInvalid(() => escalc({ ...twoByTwo, bi: [9, 8, 6] }), 'n1i', 3);
  });

  it('missing non-event information', () => {
    expectInvalid(() => escalc({ measure: 'RR', ai: [1], ci: [1], di: [3] }), 'bi');
  });

  it('empty groups', () => {
    expectInvalid(() => escalc({ ...twoByTwo, ai: [0, 2, 3], n1i: [0, 10, 10] }), 'n1i', 1);
    expectInvalid(() => escalc({ measure: 'PR', xi: [0, 0], ni: [3, 0] }), 'ni', 2);
  });

  it('standard deviations ≤ 0', () => {
    expectInvalid(() => escalc({ ...means, sd2i: [1, 0] }), 'sd2i', 2);
    expectInvalid(() => escalc({ ...means, measure: 'MD', sd1i: [-1, 1] }), 'sd1i', 1);
  });

  it('groups smaller than 2 for means', () => {
    expectInvalid(() => escalc({ ...means, n1i: [10, 1] }), 'n1i', 2);
  });

  it('sampling variances ≤ 0', () => {
    expectInvalid(() => escalc({ measure: 'GEN', yi: [0.1, 0.2], vi: [0.1, 0] }), 'vi', 2);
  });

  it('non-finite numbers', () => {
    expectInvalid(() => escalc({ ...twoByTwo, n2i: [10, Number.NaN, 10] }), 'n2i', 2);
    expectInvalid(() => escalc({ ...means, m1i: [1, Number.POSITIVE_INFINITY] }), 'm1i', 2);
    expectInvalid(
      () => escalc({ measure: 'GEN', yi: [0.1, null as unknown as number], vi: [1, 1] }),
      'yi',
      2,
    );
  });

  it('mismatched lengths', () => {
    const error = expectInvalid(() => escalc({ ...twoByTwo, ci: [1, 2] }), 'ci');
    expect(error.message).toMatch(/2 values but ai has 3/);
  });

  it('no studies', () => {
    expectInvalid(() => escalc({ measure: 'GEN', yi: [], vi: [] }), 'yi');
  });

  it('an unknown measure', () => {
    expectInvalid(() => escalc({ measure: 'HR' } as unknown as EscalcInput), 'measure');
  });
});
