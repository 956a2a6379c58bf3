import type { Consent, Enrollment, EnrollmentSummary, Screening } from '../../api/enrollments.ts';
import { notFound } from '../../domain/errors.ts';
import type { EnrollmentStatus, Modality } from '../../domain/programs/types.ts';
import {
  checklistFor,
  evaluateScreening,
  type IntakeVitals,
  type ScreeningAnswer,
} from '../../domain/screening/index.ts';
import { clientName } from '../cohorts/service.ts';
import type { Tx } from '../context.ts';
import { clearanceFor } from './clearance.ts';
import * as consentRepo from './consents.repository.ts';
import * as facilitatorRepo from './facilitators.repository.ts';
import * as repo from './repository.ts';
import * as screeningRepo from './screenings.repository.ts';
import * as statusRepo from './status.repository.ts';

export function toSummary(r: repo.EnrollmentSummaryRow): EnrollmentSummary {
  return {
    id: r.id,
    client: { id: r.client_id, name: clientName(r) },
    program: { id: r.program_id, name: r.program_name },
    programVersion: r.program_version,
    cohort: r.cohort_id ? { id: r.cohort_id, name: r.cohort_name ?? '' } : null,
    arm: r.arm,
    condition: r.condition,
    startDate: r.start_date,
    status: r.status as EnrollmentStatus,
    statusChangedAt: r.status_changed_at,
  };
}

export const userRef = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

/**
 * Evaluates stored answers with the modality's current checklist. Answers to items a later checklist
 * version dropped are left out rather than refused (a decision on such a screening is refused).
 */
export function evaluateAgainstCurrent(modality: Modality, answers: Record<string, ScreeningAnswer>) {
  const list = checklistFor(modality);
  const known = new Set(list.items.map((i) => i.id));
  return evaluateScreening(list, Object.fromEntries(Object.entries(answers).filter(([k]) => known.has(k))));
}

export function toScreening(s: screeningRepo.ScreeningRow): Screening {
  const answers = JSON.parse(s.answers) as Record<string, ScreeningAnswer>;
  const modality = s.modality as Modality;
  return {
    id: s.id,
    modality,
    checklistVersion: s.checklist_version,
    answers,
    evaluation: evaluateAgainstCurrent(modality, answers),
    medications: JSON.parse(s.medications) as Screening['medications'],
    vitals: JSON.parse(s.vitals) as IntakeVitals,
    notes: s.notes,
    recordedAt: s.recorded_at,
    recordedBy: userRef(s.recorded_by_user_id, s.recorded_by_name),
    decision: s.decision as Screening['decision'],
    rationale: s.rationale,
    decidedAt: s.decided_at,
    decidedBy: userRef(s.decided_by_user_id, s.decided_by_name),
  };
}

/** An enrollment of this organization, or the same 404 for a random id and another organization's. */
export async function requireEnrollment(
  trx: Tx,
  organizationId: string,
  id: string,
): Promise<repo.EnrollmentRow> {
  const e = await repo.getEnrollment(trx, organizationId, id);
  if (!e) throw notFound('Enrollment');
  return e;
}

export async function readEnrollment(trx: Tx, organizationId: string, id: string): Promise<Enrollment> {
  const row = await repo.getEnrollmentSummary(trx, organizationId, id);
  if (!row) throw notFound('Enrollment');
  const [events, screenings, consents, clearance, facilitator] = await Promise.all([
    statusRepo.listEvents(trx, organizationId, id),
    screeningRepo.listScreenings(trx, organizationId, id),
    consentRepo.listConsents(trx, organizationId, id),
    clearanceFor(trx, organizationId, row),
    facilitatorRepo.facilitatorRef(trx, organizationId, row.facilitator_user_id),
  ]);
  return {
    ...toSummary(row),
    version: row.version,
    statusReason: row.status_reason,
    createdAt: row.created_at,
    events: events.map((v) => ({
      from: v.from_status as EnrollmentStatus | null,
      to: v.to_status as EnrollmentStatus,
      reason: v.reason,
      at: v.at,
      by: userRef(v.user_id, v.user_name),
    })),
    screenings: screenings.map(toScreening),
    consents: consents.map(
      (c): Consent => ({
        id: c.id,
        documentId: c.document_id,
        documentVersion: c.document_version,
        documentTitle: c.document_title,
        signedAt: c.signed_at,
        method: c.method as Consent['method'],
        recordedBy: userRef(c.recorded_by_user_id, c.recorded_by_name),
        createdAt: c.created_at,
        withdrawnAt: c.withdrawn_at,
        documentSha256: c.document_sha256,
        signedInPortal: c.signature_name !== null,
      }),
    ),
    clearance,
    facilitator,
  };
}
