/**
 * Plausibility of a resting blood pressure taken at intake. VITAL_BOUNDS (dosing/vitals.ts) refuse
 * only what is physically impossible; a resting reading beyond the bounds below is far more often a
 * typing or cuff error than a real value, so it is refused until the person taking it confirms it
 * was re-measured. A real extreme reading can still be recorded, never silently.
 *
 * The bounds are a stated plausibility bound, not a published cut-off: they lie well above the
 * highest hypertension grade of the ESC/ESH 2018 guideline (grade 3: systolic ≥ 180 and/or
 * diastolic ≥ 110 mmHg), so every reading a guideline classifies is accepted as typed.
 */
import { invalid } from '../errors.ts';
import { fieldText } from '../field-codes.ts';

export const RESTING_BP_PLAUSIBLE = {
  systolic: { max: 250 },
  diastolic: { max: 150 },
} as const;

export interface BloodPressure {
  systolic: number | null;
  diastolic: number | null;
}

/** The sentence for an implausible resting reading, or null when it is plausible (or not taken). */
export function implausibleRestingBp(bp: BloodPressure): {
  field: 'systolic' | 'diastolic';
  message: string;
  code: 'bp-implausible';
  params: Record<string, string | number>;
} | null {
  for (const field of ['systolic', 'diastolic'] as const) {
    const value = bp[field];
    const { max } = RESTING_BP_PLAUSIBLE[field];
    if (value !== null && value > max) {
      const params = { systolic: bp.systolic ?? '?', diastolic: bp.diastolic ?? '?', field, max };
      return { field, message: fieldText('bp-implausible', params), code: 'bp-implausible', params };
    }
  }
  return null;
}

/** Refuses an implausible resting reading unless it was confirmed; field names carry the prefix. */
export function checkRestingBp(bp: BloodPressure, confirmed: boolean, fieldPrefix = ''): void {
  if (confirmed) return;
  const hit = implausibleRestingBp(bp);
  if (hit) throw invalid(`${fieldPrefix}${hit.field}`, hit.code, hit.params);
}
