/**
 * Dose bands, derived transparently from the recorded doses, one substance at a time (a band never
 * mixes substances). Programs define no dose bands of their own yet, so every band is derived:
 * - the unit is mg/kg when every dose of the substance has the client's weight, else mg;
 * - with at most MAX_VALUE_BANDS distinct doses (to 6 decimals), each dose is its own band (fixed
 *   protocols: 0.5, 0.75 and 1 mg/kg);
 * - otherwise tertiles: cut at the 1/3 and 2/3 quantiles of the doses (R's quantile type 7), giving
 *   dose ≤ q₁, q₁ < dose ≤ q₂ and dose > q₂. A band no dose falls into is dropped.
 */
import { invalid } from '../errors.ts';
import type { DoseBand, DoseRecord, DoseUnit, SubstanceBanding } from './types.ts';

export const MAX_VALUE_BANDS = 4;

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** R's quantile(x, prob, type = 7) of sorted values. */
export function quantile7(sorted: readonly number[], prob: number): number {
  if (sorted.length === 0) throw invalid('doses', 'needed-quantile');
  const h = (sorted.length - 1) * prob;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The dose in the banding's unit. */
export function doseIn(unit: DoseUnit, r: Pick<DoseRecord, 'doseMg' | 'weightKg'>): number {
  if (unit === 'mg') return round6(r.doseMg);
  if (r.weightKg === null || !(r.weightKg > 0)) throw invalid('weightKg', 'needed-dose-mg-kg');
  return round6(r.doseMg / r.weightKg);
}

function bandsOf(
  substance: string,
  doses: readonly Pick<DoseRecord, 'doseMg' | 'weightKg'>[],
): SubstanceBanding {
  const unit: DoseUnit = doses.every((d) => d.weightKg !== null && d.weightKg > 0) ? 'mg/kg' : 'mg';
  const values = doses.map((d) => doseIn(unit, d)).sort((a, b) => a - b);
  const distinct = [...new Set(values)];
  if (distinct.length <= MAX_VALUE_BANDS) {
    return {
      substance,
      unit,
      method: 'values',
      cuts: [],
      bands: distinct.map((v, i) => ({ key: `${substance}:${i + 1}`, substance, unit, lower: v, upper: v })),
    };
  }
  const cuts = [quantile7(values, 1 / 3), quantile7(values, 2 / 3)];
  const limits: Array<[number | null, number | null]> = [
    [null, cuts[0]!],
    [cuts[0]!, cuts[1]!],
    [cuts[1]!, null],
  ];
  const bands = limits
    .map(([lower, upper], i): DoseBand => ({ key: `${substance}:${i + 1}`, substance, unit, lower, upper }))
    .filter((b) => values.some((v) => inBand(b, v)));
  return { substance, unit, method: 'tertiles', cuts, bands };
}

const inBand = (b: DoseBand, v: number): boolean =>
  b.lower === b.upper
    ? v === b.lower
    : (b.lower === null || v > b.lower) && (b.upper === null || v <= b.upper);

/** Every substance's banding, substances in code-point order. */
export function deriveDoseBands(records: readonly DoseRecord[]): SubstanceBanding[] {
  const bySubstance = new Map<string, DoseRecord[]>();
  for (const r of records) {
    const list = bySubstance.get(r.substance) ?? [];
    list.push(r);
    bySubstance.set(r.substance, list);
  }
  return [...bySubstance.keys()].sort().map((s) => bandsOf(s, bySubstance.get(s)!));
}

/** The key of the band a record's dose falls into. */
export function bandOf(bandings: readonly SubstanceBanding[], r: DoseRecord): string {
  const b = bandings.find((x) => x.substance === r.substance);
  if (!b) throw invalid('substance', 'no-dose-bands', { substance: r.substance });
  const v = doseIn(b.unit, r);
  const band = b.bands.find((x) => inBand(x, v));
  if (!band) throw invalid('doseMg', 'falls-no-band', { v, unit: b.unit, substance: r.substance });
  return band.key;
}
