/**
 * Validation of a program definition as the builder or an import sends it.
 */
import type { ProgramDefinition } from './types.ts';

export const DEFINITION_LIMITS = {
  keyPattern: /^[a-z0-9-]{1,40}$/,
  nameMaxLength: 200,
  descriptionMaxLength: 4000,
  maxSessions: 200,
  maxAssessments: 200,
  maxArms: 10,
  day: { min: -365, max: 730 },
  maxDaysPerSession: 200,
  durationMinutes: { min: 5, max: 1440 },
  facilitatorsNeeded: { min: 0, max: 20 },
  windowDays: { min: 0, max: 365 },
  offsetAmount: { min: -1000, max: 1000 },
  dosingNumber: { min: 1, max: 200 },
  mgPerKg: { min: 0, max: 100 },
  preDoseSystolicMax: { min: 60, max: 250 },
  preDoseDiastolicMax: { min: 30, max: 150 },
} as const;

export function normalizeDefinition(_input: unknown): ProgramDefinition {
  throw new Error('not implemented');
}
