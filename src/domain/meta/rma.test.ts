import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { escalc } from './effect-sizes.ts';
import { rma } from './rma.ts';
import { backTransformFor, transfExp, transfIlogit } from './transforms.ts';

// dat.bcg from metafor (tpos, tneg, cpos, cneg).
const bcg = escalc({
  measure: 'RR',
  ai: [4, 6, 3, 62, 33, 180, 8, 505, 29, 17, 186, 5, 27],
  bi: [119, 300, 228, 13536, 5036, 1361, 2537, 87886, 7470, 1699, 50448, 2493, 16886],
  ci: [11, 29, 11, 248, 47, 372, 10, 499, 45, 65, 141, 3, 29],
  di: [128, 274, 209, 12619, 5761, 1079, 619, 87892, 7232, 1600, 27197, 2338, 17825],
});

describe('rma on dat.bcg (published metafor 3.8 output, 4 decimals)', () => {
  it('FE', () => {
    const r = rma(bcg, { method: 'FE' });
    expect(r.estimate).toBeCloseTo(-0.4303, 4);
    expect(r.se).toBeCloseTo(0.0405, 4);
    expect(r.q).toBeCloseTo(152.233, 3);
    expect(r.piLower).toBeNull();
    expect(r.tau2Se).toBeNull();
  });

  it('DL', () => {
    const r = rma(bcg, { method: 'DL' });
    expect(r.estimate).toBeCloseTo(-0.7141, 4);
    expect(r.se).toBeCloseTo(0.1787, 4);
    expect(r.tau2).toBeCloseTo(0.3088, 4);
    expect(r.i2).toBeCloseTo(92.12, 2);
  });

  it('REML (the default) with z and with Knapp–Hartung', () => {
    const z = rma(bcg);
    expect(z.method).toBe('REML');
    expect(z.estimate).toBeCloseTo(-0.7145, 4);
    expect(z.se).toBeCloseTo(0.1798, 4);
    expect([z.ciLower, z.ciUpper]).toEqual([expect.closeTo(-1.0669, 4), expect.closeTo(-0.3622, 4)]);
    expect(z.tau2).toBeCloseTo(0.3132, 4);
    expect(z.tau2Se).toBeCloseTo(0.1664, 4);
    expect(z.i2).toBeCloseTo(92.22, 2);
    expect([z.piLower, z.piUpper]).toEqual([expect.closeTo(-1.8667, 4), expect.closeTo(0.4376, 4)]);
    const kh = rma(bcg, { test: 'knha' });
    expect(kh.df).toBe(12);
    expect(kh.se).toBeCloseTo(0.1808, 4);
    expect([kh.ciLower, kh.ciUpper]).toEqual([expect.closeTo(-1.1084, 4), expect.closeTo(-0.3206, 4)]);
    expect([kh.piLower, kh.piUpper]).toEqual([expect.closeTo(-1.996, 4), expect.closeTo(0.567, 4)]);
  });

  it('weights add up to 100 percent', () => {
    const total = rma(bcg).studies.reduce((s, st) => s + st.weight, 0);
    expect(total).toBeCloseTo(100, 10);
  });
});

describe('rma with k = 1 (as metafor)', () => {
  const one = { yi: [0.5], vi: [0.04] };

  it('has τ² = 0, no heterogeneity and no τ² standard error, for every method', () => {
    for (const method of ['FE', 'DL', 'REML', 'PM'] as const) {
      const r = rma(one, { method });
      expect(r).toMatchObject({
        k: 1,
        estimate: 0.5,
        se: 0.2,
        tau2: 0,
        tau2Se: null,
        q: 0,
        qDf: 0,
        qPval: 1,
      });
      expect(r).toMatchObject({ i2: 0, h2: 1 });
    }
  });

  it("falls back from 'knha' to 'z' with a warning", () => {
    const r = rma(one, { test: 'knha' });
    expect(r.test).toBe('z');
    expect(r.df).toBeNull();
    expect(r.warnings).toHaveLength(1);
    expect(r.ciLower).toBeCloseTo(0.5 - 1.959964 * 0.2, 6);
    expect(r.piLower).toBeCloseTo(r.ciLower, 12);
  });
});

describe('rma warnings and failures', () => {
  it('warns (and still fits) for Knapp–Hartung with an FE model, as metafor', () => {
    const r = rma(bcg, { method: 'FE', test: 'knha' });
    expect(r.warnings[0]).toMatch(/not meant for equal-effects/);
    expect(r.df).toBe(12);
  });

  it('refuses PM when no τ² in range solves its equation (metafor errors too)', () => {
    expect(() => rma({ yi: [0, 0, 1000], vi: [0.01, 0.01, 0.01] }, { method: 'PM' })).toThrow(DomainError);
  });

  it('refuses bad options', () => {
    expect(() => rma(bcg, { method: 'HS' as 'DL' })).toThrow(/method/);
    expect(() => rma(bcg, { test: 't' as 'z' })).toThrow(/test/);
    expect(() => rma(bcg, { level: 0.95 })).toThrow(/level/);
    expect(() => rma(bcg, { level: 100 })).toThrow(/level/);
  });
});

describe('rma input errors name the row (1-based) and column', () => {
  const cases: Array<[string, { yi: number[]; vi: number[] }, string, string]> = [
    ['vi ≤ 0', { yi: [1, 2, 3], vi: [0.1, 0.1, -0.1] }, 'vi', 'row 3: '],
    ['vi = 0', { yi: [1, 2], vi: [0, 0.1] }, 'vi', 'row 1: '],
    ['non-finite yi', { yi: [1, Number.NaN], vi: [0.1, 0.1] }, 'yi', 'row 2: '],
    ['non-finite vi', { yi: [1, 2], vi: [0.1, Number.POSITIVE_INFINITY] }, 'vi', 'row 2: '],
    ['mismatched lengths', { yi: [1, 2], vi: [0.1] }, 'vi', 'has 1 values but yi has 2'],
    ['k = 0', { yi: [], vi: [] }, 'yi', 'at least one study'],
  ];
  it.each(cases)('%s', (_label, data, field, message) => {
    try {
      rma(data);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const e = error as DomainError;
      expect(e.kind).toBe('validation');
      expect(e.fields[0]?.field).toBe(field);
      expect(e.fields[0]?.message).toContain(message);
    }
  });
});

describe('back-transformations for display', () => {
  it('exp for RR and OR, inverse logit for PLO, identity otherwise', () => {
    expect(backTransformFor('RR')(Math.log(2))).toBeCloseTo(2, 12);
    expect(backTransformFor('OR')).toBe(transfExp);
    expect(backTransformFor('PLO')).toBe(transfIlogit);
    expect(transfIlogit(0)).toBe(0.5);
    expect(transfIlogit(-3.30177586224593)).toBeCloseTo(0.0355103169770747, 12); // metafor's transf.ilogit
    expect(transfIlogit(-800)).toBe(0);
    for (const m of ['RD', 'PR', 'MD', 'SMD', 'GEN'] as const) expect(backTransformFor(m)(-0.25)).toBe(-0.25);
  });
});
