/**
 * The one reader of stored program definitions (every feature that needs a program's sessions,
 * assessments or safety limits reads them here). Each definition is validated by the domain's
 * validateStoredDefinition: one that does not validate stops the action with a conflict naming the
 * program and version, never a guess. Organization id first.
 */
import { notFound } from '../../domain/errors.ts';
import {
  type StoredDefinitionRef,
  validateStoredDefinition,
} from '../../domain/programs/stored-definition.ts';
import type { ProgramDefinition } from '../../domain/programs/types.ts';
import type { Tx } from '../context.ts';
import { getStoredDefinition } from './repository.ts';

/** A definition already read from a row (a join or a batch), validated. */
export const definitionFromRow = (json: string, ref: StoredDefinitionRef): ProgramDefinition =>
  validateStoredDefinition(json, ref);

/** The validated definition of one version of a program of this organization (404 when none). */
export async function readStoredDefinition(
  db: Tx,
  organizationId: string,
  programId: string,
  version: number,
): Promise<ProgramDefinition> {
  const v = await getStoredDefinition(db, organizationId, programId, version);
  if (!v) throw notFound('Program version');
  return validateStoredDefinition(v.definition, { programId, programName: v.name, version });
}
