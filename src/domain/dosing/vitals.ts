/**
 * Vital signs recorded around a dosing session: physically possible ranges (a typo guard, not
 * clinical limits) and flags against the organization's pre-dose blood-pressure limits.
 */
import { invalid } from '../errors.ts';
import { fieldText } from '../field-codes.ts';
import type { SafetySettings } from '../programs/types.ts';

/** Physically possible values (whole numbers): anything outside is a typing error. */
export const VITAL_BOUNDS = {
  systolic: { min: 40, max: 300, unit: 'mmHg', label: 'Systolic blood pressure' },
  diastolic: { min: 20, max: 200, unit: 'mmHg', label: 'Diastolic blood pressure' },
  heartRate: { min: 20, max: 300, unit: '/min', label: 'Heart rate' },
  spo2: { min: 50, max: 100, unit: '%', label: 'SpO2' },
} as const;

export const VITAL_PHASES = ['baseline', 'during', 'discharge'] as const;
export type VitalPhase = (typeof VITAL_PHASES)[number];

export interface Vitals {
  systolic: number | null;
  diastolic: number | null;
  heartRate: number | null;
  spo2: number | null;
}

export type VitalField = keyof Vitals;

export interface VitalFlag {
  field: VitalField;
  /** The English sentence; its `code` (src/domain/field-codes.ts) with `value` and `limit` let a screen say it in another language. */
  message: string;
  code: 'pre-dose-above-systolic' | 'pre-dose-above-diastolic';
  value: number;
  limit: number;
}

const FIELDS: VitalField[] = ['systolic', 'diastolic', 'heartRate', 'spo2'];

/** One vital: null/undefined → null; otherwise a whole number inside VITAL_BOUNDS. */
export function checkVital(field: VitalField, value: unknown, fieldPrefix = ''): number | null {
  if (value === null || value === undefined) return null;
  const { min, max, unit } = VITAL_BOUNDS[field];
  const name = `${fieldPrefix}${field}`;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw invalid(name, 'integer');
  if (value < min || value > max) throw invalid(name, 'between-unit', { min, max, unit });
  return value;
}

/** The four vitals checked, with diastolic below systolic; all null is allowed. */
export function checkVitals(input: Partial<Record<VitalField, unknown>>, fieldPrefix = ''): Vitals {
  const v = {
    systolic: checkVital('systolic', input.systolic, fieldPrefix),
    diastolic: checkVital('diastolic', input.diastolic, fieldPrefix),
    heartRate: checkVital('heartRate', input.heartRate, fieldPrefix),
    spo2: checkVital('spo2', input.spo2, fieldPrefix),
  };
  if (v.systolic !== null && v.diastolic !== null && v.diastolic >= v.systolic) {
    throw invalid(`${fieldPrefix}diastolic`, 'lower-than-systolic-pressure');
  }
  return v;
}

/** A vital-sign set as recorded during dosing: at least one value. */
export function normalizeVitals(input: Partial<Record<VitalField, unknown>>, fieldPrefix = ''): Vitals {
  const v = checkVitals(input, fieldPrefix);
  if (FIELDS.every((f) => v[f] === null)) {
    throw invalid(`${fieldPrefix}systolic`, 'record-at-least-one-blood');
  }
  return v;
}

/**
 * Flags for one set: a baseline (pre-dose) blood pressure above the organization's limit. A limit
 * that is null flags nothing; readings during dosing and at discharge are not compared with the
 * pre-dose limits.
 */
export function flagVitals(v: Vitals, phase: VitalPhase, safety: SafetySettings): VitalFlag[] {
  if (phase !== 'baseline') return [];
  const flags: VitalFlag[] = [];
  const check = (field: 'systolic' | 'diastolic', limit: number | null) => {
    const value = v[field];
    if (limit === null || value === null || value <= limit) return;
    const code = field === 'systolic' ? 'pre-dose-above-systolic' : 'pre-dose-above-diastolic';
    flags.push({
      field,
      message: fieldText(code, { value, limit }),
      code,
      value,
      limit,
    });
  };
  check('systolic', safety.preDoseSystolicMax);
  check('diastolic', safety.preDoseDiastolicMax);
  return flags;
}

/** How far ahead of the server's clock a device's clock may run. */
export const VITALS_CLOCK_SKEW_MINUTES = 5;

/**
 * When a vital-sign set was measured: the time entered (a reading at +40 minutes may be typed in
 * later), never in the future (a device clock may run a few minutes ahead). ISO 8601; an
 * unreadable one is refused, naming the field.
 */
export function checkMeasuredAt(measuredAt: string, now: string): string {
  const at = Date.parse(measuredAt);
  const clock = Date.parse(now);
  if (Number.isNaN(at)) throw invalid('measuredAt', 'date-time');
  if (Number.isNaN(clock)) throw invalid('now', 'date-time');
  if (at > clock + VITALS_CLOCK_SKEW_MINUTES * 60_000)
    throw invalid('measuredAt', 'not-future-enter-when-values');
  return new Date(at).toISOString();
}
