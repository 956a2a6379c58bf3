/**
 * Phase 1 rows of a synthetic batch, built from its plan: clients, cohorts, enrollments with their
 * status history, screenings and consents.
 */
import type { Insertable } from 'kysely';
import type {
  ClientTable,
  CohortTable,
  ConsentTable,
  EnrollmentEventTable,
  EnrollmentTable,
  ScreeningTable,
} from '../../db/schema.ts';
import { COHORT, DECISION_RATIONALE } from './params.ts';
import type { BatchPlan, RunContext } from './plan.ts';
import type { SyntheticProgram } from './programs.ts';
import { iso } from './time.ts';

export interface PeopleRows {
  clients: Insertable<ClientTable>[];
  cohorts: Insertable<CohortTable>[];
  enrollments: Insertable<EnrollmentTable>[];
  events: Insertable<EnrollmentEventTable>[];
  screenings: Insertable<ScreeningTable>[];
  consents: Insertable<ConsentTable>[];
}

const screeningAnswers = new Map<string, string>();

function screeningAnswersJson(program: SyntheticProgram, hardStop: string | null): string {
  const key = `${program.checklist.version}|${hardStop}`;
  let json = screeningAnswers.get(key);
  if (!json) {
    json = JSON.stringify(
      Object.fromEntries(program.checklist.items.map((i) => [i.id, i.id === hardStop ? 'yes' : 'no'])),
    );
    screeningAnswers.set(key, json);
  }
  return json;
}

const NO_VITALS = JSON.stringify({
  systolic: null,
  diastolic: null,
  heartRate: null,
  spo2: null,
  weightKg: null,
  heightCm: null,
  measuredAt: null,
});

/** Phase 1: clients, cohorts, enrollments with their status history, screenings and consents. */
export function peopleRows(run: RunContext, plan: BatchPlan): PeopleRows {
  const org = run.organizationId;
  const out: PeopleRows = {
    clients: plan.clients,
    cohorts: plan.cohorts.map((c) => ({
      id: c.id,
      organization_id: org,
      program_id: c.program.id,
      program_version: c.program.version,
      name: c.name,
      start_date: c.startDate,
      location: 'Synthetic data',
      room_id: null,
      capacity: COHORT.capacity,
      version: 1,
      cancelled_at: null,
      created_at: iso(c.createdAt),
      updated_at: iso(c.createdAt),
    })),
    enrollments: [],
    events: [],
    screenings: [],
    consents: [],
  };
  for (const e of plan.enrollments) {
    const last = e.events[e.events.length - 1]!;
    out.enrollments.push({
      id: e.id,
      organization_id: org,
      client_id: e.clientId,
      program_id: e.program.id,
      program_version: e.program.version,
      cohort_id: e.cohort?.id ?? null,
      arm: e.arm?.key ?? null,
      condition: e.condition,
      start_date: e.startDate,
      status: last.to,
      status_reason: last.reason,
      status_changed_at: iso(last.at),
      version: e.events.length,
      created_at: iso(e.referredAt),
      updated_at: iso(last.at),
    });
    for (const ev of e.events) {
      out.events.push({
        id: ev.id,
        organization_id: org,
        enrollment_id: e.id,
        from_status: ev.from,
        to_status: ev.to,
        reason: ev.reason,
        user_id: null,
        at: iso(ev.at),
      });
    }
    if (e.screening) {
      const s = e.screening;
      out.screenings.push({
        id: s.id,
        organization_id: org,
        enrollment_id: e.id,
        client_id: e.clientId,
        modality: e.program.definition.modality,
        checklist_version: e.program.checklist.version,
        answers: screeningAnswersJson(e.program, s.hardStop),
        medications: '[]',
        vitals: NO_VITALS,
        notes: 'Synthetic screening.',
        recorded_by_user_id: null,
        recorded_at: iso(s.at),
        decision: s.decision,
        rationale: s.decision ? DECISION_RATIONALE[s.decision] : null,
        decided_by_user_id: null,
        decided_at: s.decidedAt === null ? null : iso(s.decidedAt),
      });
    }
    if (e.consent) {
      out.consents.push({
        id: e.consent.id,
        organization_id: org,
        enrollment_id: e.id,
        client_id: e.clientId,
        document_id: e.program.consentDocumentId,
        document_version: e.program.consentVersion,
        document_sha256: e.program.consentSha256,
        signed_at: iso(e.consent.at),
        method: e.consent.method,
        recorded_by_user_id: null,
        created_at: iso(e.consent.at),
        withdrawn_at: null,
      });
    }
  }
  return out;
}
