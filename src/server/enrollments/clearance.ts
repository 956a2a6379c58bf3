/**
 * Whether an enrollment is cleared for dosing, from what is stored: its status, the latest
 * screening decision, the consent document version it consented to and the program's current one.
 * Shared with the dosing and timeline features.
 */
import { type Clearance, dosingClearance } from '../../domain/programs/clearance.ts';
import type { EnrollmentStatus } from '../../domain/programs/types.ts';
import type { Tx } from '../context.ts';
import { currentConsentDocument } from '../programs/repository.ts';
import { consentedVersion, latestDecision } from './repository.ts';

export async function enrollmentClearance(
  trx: Tx,
  organizationId: string,
  enrollment: { id: string; program_id: string; status: string },
): Promise<Clearance> {
  const [decision, consented, current] = await Promise.all([
    latestDecision(trx, organizationId, enrollment.id),
    consentedVersion(trx, organizationId, enrollment.id),
    currentConsentDocument(trx, organizationId, enrollment.program_id),
  ]);
  return dosingClearance({
    status: enrollment.status as EnrollmentStatus,
    screeningDecision: decision,
    consentedVersion: consented,
    currentConsentVersion: current?.version ?? null,
  });
}
