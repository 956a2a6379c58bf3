import type { SafetySettings } from '../programs/types.ts';

export const VITAL_BOUNDS = {
  systolic: { min: 40, max: 300 },
  diastolic: { min: 20, max: 200 },
  heartRate: { min: 20, max: 300 },
  spo2: { min: 50, max: 100 },
} as const;

export const VITAL_PHASES = ['baseline', 'during', 'discharge'] as const;
export type VitalPhase = (typeof VITAL_PHASES)[number];

export interface Vitals {
  systolic: number | null;
  diastolic: number | null;
  heartRate: number | null;
  spo2: number | null;
}

export interface VitalFlag {
  field: keyof Vitals;
  message: string;
}

export function normalizeVitals(_input: Partial<Record<keyof Vitals, number | null | undefined>>): Vitals {
  throw new Error('not implemented');
}

export function flagVitals(_v: Vitals, _phase: VitalPhase, _safety: SafetySettings): VitalFlag[] {
  throw new Error('not implemented');
}
