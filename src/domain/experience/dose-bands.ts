/**
 * Dose bands, one substance at a time (a band never mixes substances). Where the program set its
 * own bands for a substance (program-bands.ts), those are used: edges e₁ < … < eₙ in the program's
 * unit give dose ≤ e₁, e₁ < dose ≤ e₂, …, dose > eₙ; a dose that cannot be put in that unit (no
 * weight for mg/kg, a truffle dose weighed on the other basis) is counted as unbanded and left out
 * of the dose-band cells only. Otherwise the bands are derived transparently from the doses:
 * - the unit is mg/kg when every dose of the substance has the client's weight, else mg;
 * - with at most MAX_VALUE_BANDS distinct doses (to 6 decimals), each dose is its own band (fixed
 *   protocols: 0.5, 0.75 and 1 mg/kg);
 * - otherwise tertiles: cut at the 1/3 and 2/3 quantiles of the doses (R's quantile type 7), giving
 *   dose ≤ q₁, q₁ < dose ≤ q₂ and dose > q₂.
 * A band no dose falls into is dropped.
 */
import { invalid } from '../errors.ts';
import type { ProgramDoseBands } from './program-bands.ts';
import type { DoseBand, DoseRecord, DoseUnit, SubstanceBanding } from './types.ts';

export const MAX_VALUE_BANDS = 4;

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

type Dose = Pick<DoseRecord, 'doseMg' | 'weightKg' | 'doseAmount' | 'doseUnit'>;

/** R's quantile(x, prob, type = 7) of sorted values. */
export function quantile7(sorted: readonly number[], prob: number): number {
  if (sorted.length === 0) throw invalid('doses', 'needed-quantile');
  const h = (sorted.length - 1) * prob;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The dose in a unit; null when the record cannot give it (no weight, or weighed otherwise). */
export function valueIn(unit: DoseUnit, r: Dose): number | null {
  if (unit === 'mg') return round6(r.doseMg);
  if (unit === 'mg/kg') return r.weightKg !== null && r.weightKg > 0 ? round6(r.doseMg / r.weightKg) : null;
  return r.doseUnit === unit && typeof r.doseAmount === 'number' ? round6(r.doseAmount) : null;
}

/** The dose in the banding's unit. */
export function doseIn(unit: DoseUnit, r: Dose): number {
  const v = valueIn(unit, r);
  if (v === null) throw invalid(unit === 'mg/kg' ? 'weightKg' : 'doseUnit', 'needed-dose-in', { unit });
  return v;
}

const inBand = (b: DoseBand, v: number): boolean =>
  b.lower === b.upper
    ? v === b.lower
    : (b.lower === null || v > b.lower) && (b.upper === null || v <= b.upper);

/** Bands between cut points: ≤ c₁, c₁ < · ≤ c₂, …, > cₙ; those holding no value are dropped. */
function bandsBetween(substance: string, unit: DoseUnit, cuts: readonly number[], values: number[]) {
  const limits: Array<[number | null, number | null]> = [
    [null, cuts[0]!],
    ...cuts.slice(1).map((c, i): [number, number] => [cuts[i]!, c]),
    [cuts[cuts.length - 1]!, null],
  ];
  return limits
    .map(([lower, upper], i): DoseBand => ({ key: `${substance}:${i + 1}`, substance, unit, lower, upper }))
    .filter((b) => values.some((v) => inBand(b, v)));
}

function derivedBands(substance: string, doses: readonly Dose[]): SubstanceBanding {
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
      unbanded: 0,
    };
  }
  const cuts = [quantile7(values, 1 / 3), quantile7(values, 2 / 3)];
  return {
    substance,
    unit,
    method: 'tertiles',
    cuts,
    bands: bandsBetween(substance, unit, cuts, values),
    unbanded: 0,
  };
}

function programBands(
  substance: string,
  defined: ProgramDoseBands,
  doses: readonly Dose[],
): SubstanceBanding {
  const values = doses.map((d) => valueIn(defined.unit, d));
  const banded = values.filter((v): v is number => v !== null);
  return {
    substance,
    unit: defined.unit,
    method: 'program',
    cuts: [...defined.edges],
    bands: bandsBetween(substance, defined.unit, defined.edges, banded),
    unbanded: values.length - banded.length,
  };
}

/** Every substance's banding, substances in code-point order: the program's own where it set them. */
export function deriveDoseBands(
  records: readonly DoseRecord[],
  defined: readonly ProgramDoseBands[] = [],
): SubstanceBanding[] {
  const bySubstance = new Map<string, DoseRecord[]>();
  for (const r of records) {
    const list = bySubstance.get(r.substance) ?? [];
    list.push(r);
    bySubstance.set(r.substance, list);
  }
  return [...bySubstance.keys()].sort().map((s) => {
    const own = defined.find((d) => d.substanceKind === s);
    return own ? programBands(s, own, bySubstance.get(s)!) : derivedBands(s, bySubstance.get(s)!);
  });
}

/** The key of the band a record's dose falls into; null when the program's unit cannot hold it. */
export function bandOf(bandings: readonly SubstanceBanding[], r: DoseRecord): string | null {
  const b = bandings.find((x) => x.substance === r.substance);
  if (!b) throw invalid('substance', 'no-dose-bands', { substance: r.substance });
  const v = b.method === 'program' ? valueIn(b.unit, r) : doseIn(b.unit, r);
  if (v === null) return null;
  const band = b.bands.find((x) => inBand(x, v));
  if (!band) throw invalid('doseMg', 'falls-no-band', { v, unit: b.unit, substance: r.substance });
  return band.key;
}
