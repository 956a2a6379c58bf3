/**
 * What the dosing forms check while the user types: impossible vital signs (as field errors, before
 * anything is sent), values beyond the program's limits (as flags, with text), and the dose with its
 * mg/kg. The rules come from the domain modules the server applies too.
 */
import { DOSE_LIMITS, mgPerKg } from '../../domain/dosing/dose.ts';
import {
  checkVitals as checkDomainVitals,
  checkVital,
  flagVitals,
  type VitalFlag,
  type VitalPhase,
  type Vitals,
} from '../../domain/dosing/vitals.ts';
import { DomainError } from '../../domain/errors.ts';
import type { SafetySettings } from '../../domain/programs/types.ts';
import { fieldMessage, sentence } from '../http/problem.ts';
import { tKey, translatedLabels } from '../i18n/labels.ts';

export const VITAL_FIELDS = ['systolic', 'diastolic', 'heartRate', 'spo2'] as const;
export type VitalField = (typeof VITAL_FIELDS)[number];

export const VITAL_LABELS: Record<VitalField, string> = translatedLabels(
  'dosing:vitals.labels',
  VITAL_FIELDS,
);

export const VITAL_UNITS: Record<VitalField, string> = translatedLabels('dosing:vitals.units', VITAL_FIELDS);

export const VITAL_PHASE_LABELS: Record<VitalPhase, string> = translatedLabels('dosing:vitals.phases', [
  'baseline',
  'during',
  'discharge',
]);

/** The field's name inside a sentence. */
const VITAL_NAMES: Record<VitalField, string> = translatedLabels('dosing:vitals.names', VITAL_FIELDS);

export type VitalsDraft = Record<VitalField, string>;

export const emptyVitals = (): VitalsDraft => ({ systolic: '', diastolic: '', heartRate: '', spo2: '' });

export interface VitalsCheck {
  values: Vitals;
  /** Impossible or malformed values: shown as field errors; the form cannot be sent. */
  errors: Partial<Record<VitalField, string>>;
  /** Possible values outside the organization's limits: shown beside the field, with text. */
  flags: VitalFlag[];
  /** True when no value is entered. */
  empty: boolean;
}

const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * The message of a domain validation error as a sentence naming the value, in the UI language from
 * its code: "Systolic pressure must be between 40 and 300 mmHg." / "Systolische bloeddruk moet …".
 */
function domainMessage(error: unknown, field: VitalField): string {
  const issue = error instanceof DomainError ? error.fields[0] : undefined;
  if (!issue) throw error;
  const message = fieldMessage(issue);
  return sentence(`${VITAL_NAMES[field]} ${message.charAt(0).toLowerCase()}${message.slice(1)}`);
}

/**
 * Checks a vital-sign set as typed, with the domain's rules (src/domain/dosing/vitals.ts, the same
 * the server applies): each value a possible whole number, diastolic below systolic; then the flags
 * against the program's pre-dose limits.
 */
export function checkVitals(draft: VitalsDraft, phase: VitalPhase, safety: SafetySettings): VitalsCheck {
  const values: Vitals = { systolic: null, diastolic: null, heartRate: null, spo2: null };
  const errors: Partial<Record<VitalField, string>> = {};
  for (const field of VITAL_FIELDS) {
    const text = draft[field].trim();
    if (!text) continue;
    if (!NUMBER_TEXT.test(text)) {
      errors[field] = tKey('dosing:checks.vitalNumber', {
        name: VITAL_NAMES[field],
        unit: VITAL_UNITS[field],
      });
      continue;
    }
    try {
      values[field] = checkVital(field, Number(text));
    } catch (error) {
      errors[field] = domainMessage(error, field);
    }
  }
  if (!errors.systolic && !errors.diastolic) {
    try {
      checkDomainVitals(values);
    } catch (error) {
      errors.diastolic = domainMessage(error, 'diastolic');
    }
  }
  const empty = VITAL_FIELDS.every((f) => !draft[f].trim());
  const flags = !empty && Object.keys(errors).length === 0 ? flagVitals(values, phase, safety) : [];
  return { values, errors, flags, empty };
}

/** A flag as text in the UI language. */
export const flagText = (f: { field: string; value: number; limit: number }): string =>
  tKey(`dosing:checks.abovePreDoseLimit.${f.field}`, { value: f.value, limit: f.limit });

/** The flags of one field, as text in the UI language. */
export const flagsOf = (flags: readonly VitalFlag[], field: VitalField): string[] =>
  flags.filter((f) => f.field === field).map(flagText);

/** "Limit before dosing: 160/100 mmHg", or that no limit is set. */
export function safetySummary(safety: SafetySettings): string {
  const { preDoseSystolicMax: s, preDoseDiastolicMax: d } = safety;
  if (s === null && d === null) return tKey('dosing:checks.noLimit');
  const parts = [
    s !== null ? tKey('dosing:checks.systolic', { value: s }) : null,
    d !== null ? tKey('dosing:checks.diastolic', { value: d }) : null,
  ].filter(Boolean);
  return tKey('dosing:checks.limit', { parts: parts.join(', ') });
}

export interface DoseDraft {
  substance: string;
  doseMg: string;
  weightKg: string;
  route: string;
  lotNumber: string;
  startedAt: string;
}

const DOSE_FIELDS = [
  'substance',
  'doseMg',
  'weightKg',
  'route',
  'lotNumber',
  'startedAt',
  'enrollmentId',
] as const;
export type DoseField = (typeof DOSE_FIELDS)[number];
export const DOSE_LABELS: Record<DoseField, string> = translatedLabels('dosing:fields', DOSE_FIELDS);

const NUMBER = /^\d+(\.\d+)?$/;

function readNumber(text: string): number | null | 'bad' {
  const t = text.trim().replace(',', '.');
  if (!t) return null;
  return NUMBER.test(t) ? Number(t) : 'bad';
}

export interface DoseCheck {
  doseMg: number | null;
  weightKg: number | null;
  /** Computed live; null until both dose and weight are valid. */
  mgPerKg: number | null;
  errors: Partial<Record<DoseField, string>>;
}

/**
 * Checks the dose fields as typed. `submitting` adds the "required" errors (not shown while the
 * user is still filling the form in).
 */
export function checkDose(draft: DoseDraft, submitting = false): DoseCheck {
  const errors: Partial<Record<DoseField, string>> = {};
  const dose = readNumber(draft.doseMg);
  const weight = readNumber(draft.weightKg);
  let doseMg: number | null = null;
  let weightKg: number | null = null;
  const { doseMg: dl, weightKg: wl } = DOSE_LIMITS;
  if (dose === 'bad') errors.doseMg = tKey('dosing:checks.doseNumber');
  else if (dose !== null && (dose <= dl.min || dose > dl.max))
    errors.doseMg = tKey('dosing:checks.doseRange', { min: dl.min, max: dl.max });
  else doseMg = dose;
  if (weight === 'bad') errors.weightKg = tKey('dosing:checks.weightNumber');
  else if (weight !== null && (weight < wl.min || weight > wl.max))
    errors.weightKg = tKey('dosing:checks.weightRange', { min: wl.min, max: wl.max });
  else weightKg = weight;
  if (submitting) {
    if (!draft.substance.trim()) errors.substance = tKey('dosing:checks.substance');
    if (dose === null) errors.doseMg = tKey('dosing:checks.dose');
    if (!draft.route) errors.route = tKey('dosing:checks.route');
    if (!draft.startedAt) errors.startedAt = tKey('dosing:checks.started');
  }
  const perKg = doseMg !== null && weightKg !== null ? mgPerKg(doseMg, weightKg) : null;
  return { doseMg, weightKg, mgPerKg: perKg, errors };
}
