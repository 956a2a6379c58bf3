/** A dose as given: checked amounts, and the dose per kilogram when the weight is known. */
import { invalid } from '../errors.ts';
import { readEnum, readNumber, readOptionalText, readText } from '../programs/read.ts';
import { ROUTES, type Route } from '../programs/types.ts';

export const DOSE_LIMITS = {
  /** Dose in mg: above the minimum (exclusive), at most the maximum. */
  doseMg: { min: 0, max: 5000 },
  weightKg: { min: 2, max: 400 },
  substanceMaxLength: 100,
  lotNumberMaxLength: 100,
} as const;

export interface DoseInput {
  substance: string;
  doseMg: number;
  weightKg: number | null;
  route: Route | string;
  lotNumber: string | null;
}

export interface NormalizedDose {
  substance: string;
  doseMg: number;
  weightKg: number | null;
  mgPerKg: number | null;
  route: Route;
  lotNumber: string | null;
}

/** Dose per kilogram rounded to 3 decimals; null without a (positive) weight. */
export function mgPerKg(doseMg: number, weightKg: number | null): number | null {
  if (weightKg === null || !(weightKg > 0) || !Number.isFinite(doseMg)) return null;
  return Math.round((doseMg / weightKg) * 1000) / 1000;
}

export function normalizeDose(input: DoseInput): NormalizedDose {
  const { doseMg: dm, weightKg: wk } = DOSE_LIMITS;
  const doseMg = readNumber(input.doseMg, 'doseMg', dm.min, dm.max);
  if (doseMg === dm.min) throw invalid('doseMg', 'above-0');
  const weightKg =
    input.weightKg === null || input.weightKg === undefined
      ? null
      : readNumber(input.weightKg, 'weightKg', wk.min, wk.max);
  return {
    substance: readText(input.substance, 'substance', DOSE_LIMITS.substanceMaxLength),
    doseMg,
    weightKg,
    mgPerKg: mgPerKg(doseMg, weightKg),
    route: readEnum(input.route, 'route', ROUTES),
    lotNumber: readOptionalText(input.lotNumber, 'lotNumber', DOSE_LIMITS.lotNumberMaxLength),
  };
}
