/**
 * The pre-dose blood-pressure rule. When the program sets a pre-dose limit, a dose needs a baseline
 * blood pressure; the latest baseline reading decides: within the limits the dose may be given,
 * above them it is blocked until someone re-measures or a clinician records an override with a
 * reason. Limits come from a validated program definition; the caller never invents "no limits".
 */
import { conflict, DomainError, invalid } from '../errors.ts';
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

export type BaselineGate =
  | { allowed: true; reading: BaselineReading | null; overridden: boolean }
  | { allowed: false; reading: BaselineReading | null; reason: string };

const limitText = (l: SafetySettings) => {
  const parts = [
    l.preDoseSystolicMax !== null ? `systolic ${l.preDoseSystolicMax}` : null,
    l.preDoseDiastolicMax !== null ? `diastolic ${l.preDoseDiastolicMax}` : null,
  ];
  return `${parts.filter(Boolean).join(', ')} mmHg`;
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
      reason: `Record a baseline blood pressure before the dose: the program's pre-dose limit is ${limitText(limits)}.`,
    };
  const flags = baselineFlags(latest, limits);
  if (flags.length === 0) return { allowed: true, reading: latest, overridden: false };
  if (latest.overridden) return { allowed: true, reading: latest, overridden: true };
  return {
    allowed: false,
    reading: latest,
    reason: `${flags.map((f) => f.message).join(' ')} The dose is blocked: measure again, or a clinician records an override with a reason.`,
  };
}

/** Throws the 409 that blocks a dose (naming the field `baseline`) when the gate is closed. */
export function assertBaselineAllows(gate: BaselineGate): void {
  if (gate.allowed) return;
  throw new DomainError('conflict', gate.reason, [{ field: 'baseline', message: gate.reason }], {
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
