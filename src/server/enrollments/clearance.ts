/**
 * "Cleared for dosing" from what is stored — the one server function every path calls: the client
 * page and timeline show it, booking and dosing enforce it. It gathers the facts (status, latest
 * screening and its hard stops, the clinician's decision, the consent held with the hash of the
 * text signed, and the program's current consent document with its hash) and hands them to the domain rule (src/domain/programs/clearance.ts).
 */
import { notFound } from '../../domain/errors.ts';
import { type Clearance, dosingClearance } from '../../domain/programs/clearance.ts';
import type { EnrollmentStatus } from '../../domain/programs/types.ts';
import type { Tx } from '../context.ts';
import { currentConsentDocument } from '../programs/repository.ts';
import { getEnrollment, heldConsent, latestDecision, latestScreening } from './repository.ts';

type EnrollmentRef = { id: string; program_id: string; status: string };

/** Stored answers text → the value the rule reads; text that does not parse stays a string (not cleared). */
function answersOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The clearance of an enrollment (given by id, or as a row already read) of this organization. */
export async function clearanceFor(
  trx: Tx,
  organizationId: string,
  enrollment: string | EnrollmentRef,
): Promise<Clearance> {
  const e =
    typeof enrollment === 'string' ? await getEnrollment(trx, organizationId, enrollment) : enrollment;
  if (!e) throw notFound('Enrollment');
  const [screening, decision, consented, current] = await Promise.all([
    latestScreening(trx, organizationId, e.id),
    latestDecision(trx, organizationId, e.id),
    heldConsent(trx, organizationId, e.id),
    currentConsentDocument(trx, organizationId, e.program_id),
  ]);
  return dosingClearance({
    status: e.status as EnrollmentStatus,
    latestScreening: screening
      ? { modality: screening.modality, answers: answersOf(screening.answers) }
      : null,
    screeningDecision: decision,
    consentedVersion: consented?.version ?? null,
    consentedSha256: consented?.sha256 ?? null,
    currentConsentVersion: current?.version ?? null,
    currentConsentSha256: current?.sha256 ?? null,
  });
}
