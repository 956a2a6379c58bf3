/**
 * The enrollment status machine. Staff move an enrollment directly only along MANUAL_TRANSITIONS;
 * 'eligible' and 'ineligible' come from a clinician's screening decision and 'consented' from a
 * recorded consent. Withdrawing always needs a reason.
 */

import { conflict, invalid } from '../errors.ts';
import type { ProblemCode } from '../problem-codes.ts';
import type { EnrollmentStatus } from './types.ts';

export const ENROLLMENT_TRANSITIONS: Record<EnrollmentStatus, EnrollmentStatus[]> = {
  referred: ['screening', 'withdrawn'],
  screening: ['eligible', 'ineligible', 'withdrawn'],
  eligible: ['consented', 'withdrawn'],
  ineligible: ['screening', 'withdrawn'],
  consented: ['active', 'withdrawn'],
  active: ['completed', 'withdrawn'],
  completed: [],
  withdrawn: [],
};

/** The transitions staff may request directly (POST …/transitions). */
export const MANUAL_TRANSITIONS: Record<EnrollmentStatus, EnrollmentStatus[]> = {
  referred: ['screening', 'withdrawn'],
  screening: ['withdrawn'],
  eligible: ['withdrawn'],
  ineligible: ['screening', 'withdrawn'],
  consented: ['active', 'withdrawn'],
  active: ['completed', 'withdrawn'],
  completed: [],
  withdrawn: [],
};

export function canTransition(from: EnrollmentStatus, to: EnrollmentStatus): boolean {
  return ENROLLMENT_TRANSITIONS[from].includes(to);
}

export function isManualTransition(from: EnrollmentStatus, to: EnrollmentStatus): boolean {
  return MANUAL_TRANSITIONS[from].includes(to);
}

/** Refuses an illegal move (conflict) and a withdrawal without a reason (invalid 'reason'). */
export function assertTransition(from: EnrollmentStatus, to: EnrollmentStatus, reason: string | null): void {
  if (!canTransition(from, to)) {
    throw conflict(
      'enrollment-move-refused',
      { from, to },
      {
        from,
        to,
        allowed: ENROLLMENT_TRANSITIONS[from],
      },
    );
  }
  if (to === 'withdrawn' && !reason?.trim()) {
    throw invalid('reason', 'reason-required-withdraw-enrollment');
  }
}

const HOW: Partial<Record<EnrollmentStatus, ProblemCode>> = {
  eligible: 'enrollment-move-by-screening',
  ineligible: 'enrollment-move-by-screening',
  consented: 'enrollment-move-by-consent',
};

/**
 * assertTransition, and also refuses a legal move staff cannot request directly, saying which
 * action makes it (e.g. 'eligible' comes from a screening decision).
 */
export function assertManualTransition(
  from: EnrollmentStatus,
  to: EnrollmentStatus,
  reason: string | null,
): void {
  assertTransition(from, to, reason);
  if (!isManualTransition(from, to)) {
    throw conflict(HOW[to] ?? 'enrollment-move-indirect', { to }, { from, to });
  }
}
