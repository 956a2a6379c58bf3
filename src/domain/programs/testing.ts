/** Test helpers: a small valid definition to vary, and a way to catch a domain error. */
import { DomainError } from '../errors.ts';
import type { ProgramDefinition } from './types.ts';

export function minimalDefinition(overrides: Partial<ProgramDefinition> = {}): ProgramDefinition {
  return {
    name: 'Test program',
    description: '',
    modality: 'ketamine',
    format: 'individual',
    arms: [],
    sessions: [
      {
        key: 'dose',
        name: 'Dosing',
        phase: 'immersion',
        kind: 'personal',
        dosing: { substance: 'ketamine', route: 'IM', mgPerKg: null },
        days: [0, 7],
        startTime: '10:00',
        durationMinutes: 120,
        facilitatorsNeeded: 1,
        arms: null,
        description: '',
      },
    ],
    assessments: [],
    safety: { preDoseSystolicMax: null, preDoseDiastolicMax: null },
    source: null,
    ...overrides,
  };
}

/** The DomainError `fn` throws (fails the test when it throws nothing or something else). */
export function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}
