/**
 * The pre-dose blood-pressure rule. When the program sets a pre-dose limit, a dose needs a baseline
 * blood pressure; the latest baseline reading decides: within the limits the dose may be given,
 * above them it is blocked until someone re-measures or a clinician records an override with a
 * reason. Limits come from a validated program definition; the caller never invents "no limits".
 */
import { conflict, DomainError, type FieldIssue, fieldIssue, invalid } from '../errors.ts';
import type { FieldCode } from '../field-codes.ts';
import type { SafetySettings } from '../programs/types.ts';
import { flagVitals, type VitalFlag } from './vitals.ts';

export const OVERRIDE_REASON_MAX_LENGTH = 2000;
export const BASELINE_BLOCK_TYPE = 'urn:threshold:problem:baseline-blood-pressure';

export interface BaselineReading {
  id: string;
  measuredAt: string;
  systolic: number | null;
  diastolic: number | null;
  overridden: boolean;
}

/**
 * A closed gate says why as a field issue of `baseline`: the English `message` for API users, its
 * code (src/domain/field-codes.ts) and values for a screen to say it in the reader's language.
 */
export type BaselineGate =
  | { allowed: true; reading: BaselineReading | null; overridden: boolean }
  | { allowed: false; reading: BaselineReading | null; reason: FieldIssue };

/** The sentence's code by which limits it names: both, only the systolic or only the diastolic. */
const NEEDED = {
  both: 'baseline-needed',
  systolic: 'baseline-needed-systolic',
  diastolic: 'baseline-needed-diastolic',
} as const satisfies Record<string, FieldCode>;
const BLOCKED = {
  both: 'baseline-blocked',
  systolic: 'baseline-blocked-systolic',
  diastolic: 'baseline-blocked-diastolic',
} as const satisfies Record<string, FieldCode>;

const which = (systolic: boolean, diastolic: boolean): 'both' | 'systolic' | 'diastolic' =>
  systolic && diastolic ? 'both' : systolic ? 'systolic' : 'diastolic';

/** "Record a baseline first", naming the limits the program sets. */
const neededReason = (l: SafetySettings): FieldIssue => {
  const values: Record<string, number> = {};
  if (l.preDoseSystolicMax !== null) values.systolicMax = l.preDoseSystolicMax;
  if (l.preDoseDiastolicMax !== null) values.diastolicMax = l.preDoseDiastolicMax;
  return fieldIssue('baseline', NEEDED[which('systolicMax' in values, 'diastolicMax' in values)], values);
};

/** "The dose is blocked", naming each reading above its limit. */
const blockedReason = (flags: readonly VitalFlag[]): FieldIssue => {
  const values: Record<string, number> = {};
  for (const f of flags) {
    values[f.field] = f.value;
    values[`${f.field}Max`] = f.limit;
  }
  return fieldIssue('baseline', BLOCKED[which('systolic' in values, 'diastolic' in values)], values);
};

const hasLimits = (l: SafetySettings) => l.preDoseSystolicMax !== null || l.preDoseDiastolicMax !== null;

/** The flags of a baseline reading against the limits (recomputed, never read back from storage). */
export const baselineFlags = (r: Pick<BaselineReading, 'systolic' | 'diastolic'>, limits: SafetySettings) =>
  flagVitals(
    { systolic: r.systolic, diastolic: r.diastolic, heartRate: null, spo2: null },
    'baseline',
    limits,
  );

/** Whether a dose may be given after these baseline readings (any order). */
export function baselineGate(limits: SafetySettings, readings: BaselineReading[]): BaselineGate {
  if (!hasLimits(limits)) return { allowed: true, reading: null, overridden: false };
  const complete = readings.filter(
    (r) =>
      (limits.preDoseSystolicMax === null || r.systolic !== null) &&
      (limits.preDoseDiastolicMax === null || r.diastolic !== null),
  );
  const latest = [...complete].sort((a, b) => b.measuredAt.localeCompare(a.measuredAt))[0] ?? null;
  if (!latest)
    return {
      allowed: false,
      reading: null,
      reason: neededReason(limits),
    };
  const flags = baselineFlags(latest, limits);
  if (flags.length === 0) return { allowed: true, reading: latest, overridden: false };
  if (latest.overridden) return { allowed: true, reading: latest, overridden: true };
  return {
    allowed: false,
    reading: latest,
    reason: blockedReason(flags),
  };
}

/** Throws the 409 that blocks a dose (naming the field `baseline`) when the gate is closed. */
export function assertBaselineAllows(gate: BaselineGate): void {
  if (gate.allowed) return;
  throw new DomainError('conflict', gate.reason.message, [gate.reason], {
    type: BASELINE_BLOCK_TYPE,
    vitalSignId: gate.reading?.id ?? null,
  });
}

/**
 * Checks an override of one baseline reading and returns its trimmed reason: only a baseline set
 * whose blood pressure is above the limits, only once, always with a reason.
 */
export function overrideReason(
  reading: BaselineReading & { phase: string },
  limits: SafetySettings,
  reason: string,
): { reason: string; flags: VitalFlag[] } {
  const text = reason.trim();
  if (!text) throw invalid('reason', 'required-say-why-dose-may');
  if (text.length > OVERRIDE_REASON_MAX_LENGTH)
    throw invalid('reason', 'max-length', { max: OVERRIDE_REASON_MAX_LENGTH });
  if (reading.phase !== 'baseline') throw conflict('override-baseline-only');
  if (reading.overridden) throw conflict('reading-overridden-already');
  const flags = baselineFlags(reading, limits);
  if (flags.length === 0) throw conflict('override-not-needed');
  return { reason: text, flags };
}
