/**
 * Wilson and Newcombe intervals against R (fixtures/make-fixtures.R): prop.test(x, n,
 * correct = FALSE)$conf.int, and Newcombe's method 10 computed in R from those Wilson limits on the
 * eight examples of Newcombe 1998, Table II.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { newcombeDifference, wilson } from './proportions.ts';

const fixtures = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/r-fixtures.json'), 'utf8')) as {
  wilson: Array<{ events: number; n: number; level: number; lower: number; upper: number }>;
  newcombe: Array<{
    events1: number;
    n1: number;
    events2: number;
    n2: number;
    estimate: number;
    lower: number;
    upper: number;
  }>;
};

describe('wilson', () => {
  for (const f of fixtures.wilson) {
    it(`${f.events}/${f.n} at ${f.level}% matches prop.test`, () => {
      const p = wilson(f.events, f.n, f.level);
      expect(p.events).toBe(f.events);
      expect(p.n).toBe(f.n);
      expect(p.percent).toBeCloseTo((100 * f.events) / f.n, 12);
      expect(p.ci!.lower).toBeCloseTo(f.lower, 10);
      expect(p.ci!.upper).toBeCloseTo(f.upper, 10);
    });
  }

  it('is exact at the ends: lower 0 at 0 events, upper 100 at n events', () => {
    expect(wilson(0, 7).ci!.lower).toBe(0);
    expect(wilson(7, 7).ci!.upper).toBe(100);
    expect(wilson(0, 1).ci!.upper).toBeLessThan(100);
  });

  it('has no proportion for n = 0', () => {
    expect(wilson(0, 0)).toEqual({ events: 0, n: 0, percent: null, ci: null });
  });

  it('refuses impossible counts', () => {
    expect(() => wilson(3, 2)).toThrow(DomainError);
    expect(() => wilson(-1, 2)).toThrow(DomainError);
    expect(() => wilson(1.5, 2)).toThrow(DomainError);
  });
});

describe('newcombeDifference (method 10)', () => {
  for (const f of fixtures.newcombe) {
    it(`${f.events1}/${f.n1} − ${f.events2}/${f.n2} matches the formula in R`, () => {
      const d = newcombeDifference(f.events1, f.n1, f.events2, f.n2)!;
      expect(d.estimate).toBeCloseTo(f.estimate, 10);
      expect(d.ci.lower).toBeCloseTo(f.lower, 10);
      expect(d.ci.upper).toBeCloseTo(f.upper, 10);
    });
  }

  it('is antisymmetric: swapping the groups negates and mirrors the interval', () => {
    const a = newcombeDifference(9, 10, 3, 10)!;
    const b = newcombeDifference(3, 10, 9, 10)!;
    expect(b.estimate).toBeCloseTo(-a.estimate, 12);
    expect(b.ci.lower).toBeCloseTo(-a.ci.upper, 12);
    expect(b.ci.upper).toBeCloseTo(-a.ci.lower, 12);
  });

  it('is null when either group is empty', () => {
    expect(newcombeDifference(0, 0, 3, 10)).toBeNull();
    expect(newcombeDifference(3, 10, 0, 0)).toBeNull();
  });
});
