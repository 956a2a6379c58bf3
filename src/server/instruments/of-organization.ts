/**
 * The instruments one organization can use: the registry's, plus those built from a licensed copy
 * it stored (the CEQ). Every place that opens, scores or schedules a questionnaire for an
 * organization asks here, so a licensed instrument works wherever a registry one does.
 */
import { CEQ_ID } from '../../domain/instruments/ceq/facts.ts';
import { findInstrument } from '../../domain/instruments/registry.ts';
import type { InstrumentDefinition } from '../../domain/instruments/types.ts';
import { ceqInstrumentOf, holdsCeqCopy } from '../ceq/service.ts';
import type { Tx } from '../context.ts';

/** The instrument `id` as this organization holds it; undefined when it holds none. */
export async function instrumentOf(
  db: Tx,
  organizationId: string,
  id: string,
): Promise<InstrumentDefinition | undefined> {
  const shipped = findInstrument(id);
  if (shipped) return shipped;
  return id === CEQ_ID ? ceqInstrumentOf(db, organizationId) : undefined;
}

/** Ids of the licensed-copy instruments this organization has stored a copy of. */
export async function heldCopies(db: Tx, organizationId: string): Promise<Set<string>> {
  return new Set((await holdsCeqCopy(db, organizationId)) ? [CEQ_ID] : []);
}
