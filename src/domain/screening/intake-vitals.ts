/** Vital signs and body measures taken at intake; every value optional, impossible ones refused. */

import { checkVitals } from '../dosing/vitals.ts';
import { readInstant, readNumber, readObject } from '../programs/read.ts';
import { checkRestingBp } from './blood-pressure.ts';
import type { IntakeVitals } from './types.ts';

export const INTAKE_BOUNDS = {
  weightKg: { min: 2, max: 400 },
  heightCm: { min: 40, max: 250 },
} as const;

const FIELD = 'vitals';

function measure(value: unknown, field: 'weightKg' | 'heightCm'): number | null {
  if (value === null || value === undefined) return null;
  const { min, max } = INTAKE_BOUNDS[field];
  const n = readNumber(value, `${FIELD}.${field}`, min, max);
  return Math.round(n * 10) / 10;
}

/**
 * Checks intake vitals; null or undefined input means none were taken. Fields 'vitals.systolic' etc.
 * An implausible resting blood pressure is refused unless `confirmUnusual` is true.
 */
export function normalizeIntakeVitals(v: unknown): IntakeVitals {
  if (v === null || v === undefined) {
    return {
      systolic: null,
      diastolic: null,
      heartRate: null,
      spo2: null,
      weightKg: null,
      heightCm: null,
      measuredAt: null,
    };
  }
  const o = readObject(v, FIELD);
  const vitals = checkVitals(o, `${FIELD}.`);
  checkRestingBp(vitals, o.confirmUnusual === true, `${FIELD}.`);
  const measuredAt =
    o.measuredAt === null || o.measuredAt === undefined
      ? null
      : readInstant(o.measuredAt, `${FIELD}.measuredAt`);
  return {
    ...vitals,
    weightKg: measure(o.weightKg, 'weightKg'),
    heightCm: measure(o.heightCm, 'heightCm'),
    measuredAt,
  };
}
