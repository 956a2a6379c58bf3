import type { Route } from '../programs/types.ts';

export const DOSE_LIMITS = {
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

export function mgPerKg(_doseMg: number, _weightKg: number | null): number | null {
  throw new Error('not implemented');
}

export function normalizeDose(_input: DoseInput): NormalizedDose {
  throw new Error('not implemented');
}
