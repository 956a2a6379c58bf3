/**
 * A stored program definition for outcome analysis. Definitions are validated when saved; one
 * that no longer passes today's validation (an older rule, a hand-edited row) is still read as
 * stored rather than blocking every outcome of the organization.
 */
import { normalizeDefinition } from '../../domain/programs/definition.ts';
import type { ProgramDefinition } from '../../domain/programs/types.ts';

export function storedDefinition(json: string): ProgramDefinition {
  const raw = JSON.parse(json) as ProgramDefinition;
  try {
    return normalizeDefinition(raw);
  } catch {
    return { ...raw, arms: raw.arms ?? [], sessions: raw.sessions ?? [], assessments: raw.assessments ?? [] };
  }
}
