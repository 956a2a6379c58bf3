/**
 * "Cleared for dosing" from what is stored — the one server function every path calls: the client
 * page and timeline show it, booking and dosing enforce it. It gathers the facts (status, latest
 * screening and its hard stops, the clinician's decision, the consent held with the hash of the
 * text signed, the program's current consent document with its hash, and the client's
 * medications with the clinic's rules for the program's modality on the day asked about) and
 * hands them to the domain rule (src/domain/programs/clearance.ts).
 */
import { DateTime } from 'luxon';
import { notFound } from '../../domain/errors.ts';
import { type Clearance, type ClearanceInput, dosingClearance } from '../../domain/programs/clearance.ts';
import { type EnrollmentStatus, MODALITIES, type Modality } from '../../domain/programs/types.ts';
import type { Tx } from '../context.ts';
import { ruleSetOf, toMedication, Unreadable } from '../medications/read.ts';
import { medicationsOf, programFacts } from '../medications/repository.ts';
import { currentConsentDocument } from '../programs/repository.ts';
import { heldConsent } from './consents.repository.ts';
import { getEnrollment } from './repository.ts';
import { latestDecision, latestScreening } from './screenings.repository.ts';

type EnrollmentRef = { id: string; client_id: string; program_id: string; status: string };

/** Stored answers text → the value the rule reads; text that does not parse stays a string (not cleared). */
function answersOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

const isModality = (m: string): m is Modality => (MODALITIES as readonly string[]).includes(m);

/** The medications input of the rule, on the calendar day of `at` in the organization's zone. */
async function medicationsInput(
  trx: Tx,
  organizationId: string,
  e: EnrollmentRef,
  at: string,
): Promise<ClearanceInput['medications']> {
  const facts = await programFacts(trx, organizationId, e.program_id);
  if (!facts || !isModality(facts.modality)) return 'unreadable';
  const on = DateTime.fromISO(at, { zone: facts.timezone }).toISODate();
  if (!on) return 'unreadable';
  try {
    const [rows, ruleSet] = await Promise.all([
      medicationsOf(trx, organizationId, e.client_id),
      ruleSetOf(trx, organizationId, facts.modality),
    ]);
    return { items: rows.map(toMedication), ruleSet, on };
  } catch (err) {
    if (err instanceof Unreadable) return 'unreadable';
    throw err;
  }
}

/**
 * The clearance of an enrollment (given by id, or as a row already read) of this organization, for
 * a dosing at `at` (an instant; now unless a session's start is asked about).
 */
export async function clearanceFor(
  trx: Tx,
  organizationId: string,
  enrollment: string | EnrollmentRef,
  at: string = new Date().toISOString(),
): Promise<Clearance> {
  const e =
    typeof enrollment === 'string' ? await getEnrollment(trx, organizationId, enrollment) : enrollment;
  if (!e) throw notFound('Enrollment');
  const [screening, decision, consented, current, medications] = await Promise.all([
    latestScreening(trx, organizationId, e.id),
    latestDecision(trx, organizationId, e.id),
    heldConsent(trx, organizationId, e.id),
    currentConsentDocument(trx, organizationId, e.program_id),
    medicationsInput(trx, organizationId, e, at),
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
    medications,
  });
}
