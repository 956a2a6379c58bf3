/**
 * Instruments Threshold knows but does not ship the texts of: a program may schedule one only when
 * the organization has stored its licensed copy. Which ids these are lives here once; whether an
 * organization holds a copy is the server's to read.
 */
import { invalid } from '../errors.ts';
import type { ProgramDefinition } from '../programs/types.ts';
import { CEQ_FACTS, CEQ_ID, CEQ_SHORT_NAME } from './ceq/facts.ts';

/** Instrument id → names, for those that need the organization's licensed copy. */
export const LICENSED_COPY_INSTRUMENTS: Readonly<Record<string, { shortName: string; name: string }>> = {
  [CEQ_ID]: { shortName: CEQ_SHORT_NAME, name: CEQ_FACTS.name },
};

export const needsLicensedCopy = (instrumentId: string): boolean =>
  Object.hasOwn(LICENSED_COPY_INSTRUMENTS, instrumentId);

/**
 * Refuses a definition that schedules an instrument whose licensed copy the organization has not
 * stored, naming the assessment's instrument field.
 */
export function assertLicensedCopies(def: ProgramDefinition, held: ReadonlySet<string>): void {
  def.assessments.forEach((a, i) => {
    if (!needsLicensedCopy(a.instrumentId) || held.has(a.instrumentId)) return;
    const name = LICENSED_COPY_INSTRUMENTS[a.instrumentId]?.shortName;
    throw invalid(`definition.assessments[${i}].instrumentId`, 'can-scheduled-only-once-organization', {
      name,
    });
  });
}
