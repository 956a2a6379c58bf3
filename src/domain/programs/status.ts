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

export function assertTransition(
  _from: EnrollmentStatus,
  _to: EnrollmentStatus,
  _reason: string | null,
): void {
  throw new Error('not implemented');
}
