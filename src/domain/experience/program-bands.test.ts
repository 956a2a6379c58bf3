/**
 * A program's own dose bands: the edges are checked (positive, increasing, a unit the substance is
 * dosed in, one entry per substance) naming the failing field, and the analysis uses them where
 * present — doses that cannot be put in the program's unit counted as unbanded — and derives
 * bands as before where absent.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { acuteCells } from './acute.ts';
import { bandOf, deriveDoseBands } from './dose-bands.ts';
import { normalizeProgramDoseBands } from './program-bands.ts';
import type { DoseRecord } from './types.ts';

function fieldOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e.fields[0]?.field;
    throw e;
  }
  return undefined;
}

const record = (over: Partial<DoseRecord>): DoseRecord => ({
  enrollmentId: 'e1',
  clientId: 'c1',
  substance: 'ketamine-racemic',
  doseMg: 50,
  weightKg: 100,
  lot: null,
  musicProgram: null,
  groupSize: null,
  clientsPerSitter: null,
  eyeshades: null,
  meq: { total: 3, complete: false },
  ceqTotal: null,
  ...over,
});

describe('checking a program’s dose bands', () => {
  it('keeps valid bands, one per substance, in substance order', () => {
    expect(
      normalizeProgramDoseBands([
        { substanceKind: 'psilocybin-truffles', unit: 'g-fresh', edges: [10, 15, 20] },
        { substanceKind: 'ketamine-racemic', unit: 'mg/kg', edges: [0.5, 0.75, 1] },
      ]),
    ).toEqual([
      { substanceKind: 'ketamine-racemic', unit: 'mg/kg', edges: [0.5, 0.75, 1] },
      { substanceKind: 'psilocybin-truffles', unit: 'g-fresh', edges: [10, 15, 20] },
    ]);
    expect(normalizeProgramDoseBands([])).toEqual([]);
  });

  it('names the field of each mistake', () => {
    const one = (b: Record<string, unknown>) => () =>
      normalizeProgramDoseBands([
        { substanceKind: 'ketamine-racemic', unit: 'mg/kg', edges: [0.5, 1], ...b },
      ]);
    expect(fieldOf(() => normalizeProgramDoseBands('x'))).toBe('bands');
    expect(fieldOf(one({ edges: [0.5, 0.5] }))).toBe('bands[0].edges[1]');
    expect(fieldOf(one({ edges: [1, 0.5] }))).toBe('bands[0].edges[1]');
    expect(fieldOf(one({ edges: [0, 0.5] }))).toBe('bands[0].edges[0]');
    expect(fieldOf(one({ edges: [-1, 0.5] }))).toBe('bands[0].edges[0]');
    expect(fieldOf(one({ edges: [] }))).toBe('bands[0].edges');
    expect(fieldOf(one({ edges: [1, 2, 3, 4, 5, 6, 7, 8, 9] }))).toBe('bands[0].edges');
    expect(fieldOf(one({ edges: ['1'] }))).toBe('bands[0].edges[0]');
    expect(fieldOf(one({ unit: 'g-fresh' }))).toBe('bands[0].unit');
    expect(fieldOf(one({ unit: 'ml' }))).toBe('bands[0].unit');
    expect(fieldOf(one({ substanceKind: 'lsd' }))).toBe('bands[0].substanceKind');
    expect(
      fieldOf(() =>
        normalizeProgramDoseBands([
          { substanceKind: 'esketamine', unit: 'mg', edges: [28] },
          { substanceKind: 'esketamine', unit: 'mg', edges: [56] },
        ]),
      ),
    ).toBe('bands[1].substanceKind');
    expect(
      fieldOf(() =>
        normalizeProgramDoseBands([{ substanceKind: 'psilocybin-truffles', unit: 'mg/kg', edges: [1] }]),
      ),
    ).toBe('bands[0].unit');
  });
});

describe('bands set by the program', () => {
  const ketamine = [0.4, 0.5, 0.6, 0.75, 0.9, 1, 1.2].map((perKg, i) =>
    record({ clientId: `k${i}`, doseMg: perKg * 80, weightKg: 80 }),
  );
  const truffles = [8, 10, 12, 15, 25].map((g, i) =>
    record({
      clientId: `t${i}`,
      substance: 'psilocybin-truffles',
      doseMg: g * 1.2,
      weightKg: null,
      doseAmount: g,
      doseUnit: 'g-fresh',
    }),
  );
  const dry = record({
    clientId: 'd',
    substance: 'psilocybin-truffles',
    doseMg: 30,
    weightKg: null,
    doseAmount: 3,
    doseUnit: 'g-dry',
  });
  const defined = normalizeProgramDoseBands([
    { substanceKind: 'ketamine-racemic', unit: 'mg/kg', edges: [0.5, 0.75, 1] },
    { substanceKind: 'psilocybin-truffles', unit: 'g-fresh', edges: [10, 15, 20] },
  ]);

  it('cut at the program’s edges, upper edge inclusive, and say so', () => {
    const [k, t] = deriveDoseBands([...ketamine, ...truffles, dry], defined);
    expect(k).toMatchObject({ method: 'program', unit: 'mg/kg', cuts: [0.5, 0.75, 1], unbanded: 0 });
    expect(k!.bands.map((b) => [b.lower, b.upper])).toEqual([
      [null, 0.5],
      [0.5, 0.75],
      [0.75, 1],
      [1, null],
    ]);
    const keys = ketamine.map((r) => bandOf([k!], r));
    expect(keys).toEqual([
      'ketamine-racemic:1',
      'ketamine-racemic:1',
      'ketamine-racemic:2',
      'ketamine-racemic:2',
      'ketamine-racemic:3',
      'ketamine-racemic:3',
      'ketamine-racemic:4',
    ]);
    // Truffles by grams fresh; the dose weighed dry cannot be put in grams fresh: unbanded.
    expect(t).toMatchObject({ method: 'program', unit: 'g-fresh', unbanded: 1 });
    expect(t!.bands.map((b) => b.key)).toEqual([
      'psilocybin-truffles:1',
      'psilocybin-truffles:2',
      'psilocybin-truffles:4',
    ]);
    expect(bandOf([t!], dry)).toBeNull();
    const cells = acuteCells('doseBand', [...truffles, dry], [t!]);
    expect(cells.map((c) => [c.value, c.doses])).toEqual([
      ['psilocybin-truffles:1', 2],
      ['psilocybin-truffles:2', 2],
      ['psilocybin-truffles:4', 1],
    ]);
  });

  it('count doses without a weight as unbanded in mg/kg', () => {
    const [k] = deriveDoseBands([...ketamine, record({ clientId: 'x', weightKg: null })], defined);
    expect(k).toMatchObject({ method: 'program', unbanded: 1 });
  });

  it('leave other substances derived as before', () => {
    const [k, t] = deriveDoseBands([...ketamine, ...truffles], defined.slice(0, 1));
    expect(k!.method).toBe('program');
    expect(t).toMatchObject({ method: 'tertiles', unit: 'mg', unbanded: 0 });
    expect(deriveDoseBands(ketamine)[0]!.method).toBe('tertiles');
  });
});
