/**
 * The one validator of a program definition as stored (JSON text in a program version). A stored
 * definition was valid when it was saved; one that no longer parses or validates (a hand-edited
 * row, a rule tightened since) stops the action that needs it with a conflict naming the program,
 * the version and the failing field — never a guess, never "no limits".
 */
import { DomainError } from '../errors.ts';
import { normalizeDefinition } from './definition.ts';
import type { ProgramDefinition } from './types.ts';

export const INVALID_DEFINITION_TYPE = 'urn:threshold:problem:invalid-program-definition';

export interface StoredDefinitionRef {
  programId: string;
  /** The program's name when the caller has it; the id otherwise. */
  programName?: string | null;
  version: number;
}

export function invalidStoredDefinition(ref: StoredDefinitionRef, field: string, why: string): DomainError {
  const name = ref.programName ? `"${ref.programName}"` : ref.programId;
  return new DomainError(
    'conflict',
    `The stored definition of program ${name}, version ${ref.version}, is not valid (${field}: ${why}). Nothing was done: an owner or clinician saves a corrected version of the program.`,
    [],
    { type: INVALID_DEFINITION_TYPE, programId: ref.programId, programVersion: ref.version, field },
  );
}

/** Parses and validates stored definition text; throws the conflict above when it cannot. */
export function validateStoredDefinition(
  json: string | null | undefined,
  ref: StoredDefinitionRef,
): ProgramDefinition {
  if (typeof json !== 'string') throw invalidStoredDefinition(ref, 'definition', 'it is missing');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw invalidStoredDefinition(ref, 'definition', 'it is not valid JSON');
  }
  try {
    return normalizeDefinition(raw);
  } catch (err) {
    if (err instanceof DomainError && err.kind === 'validation') {
      const issue = err.fields[0];
      throw invalidStoredDefinition(ref, issue?.field ?? 'definition', issue?.message ?? err.message);
    }
    throw err;
  }
}
