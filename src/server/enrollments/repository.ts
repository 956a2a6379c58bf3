/**
 * Enrollments with their status history, screenings and consents, and the enrollment's sessions as
 * enrollment changes touch them. Every function takes the organization id first.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, EnrollmentTable, ScreeningTable } from '../../db/schema.ts';

export type EnrollmentRow = Selectable<EnrollmentTable>;
export type ScreeningRow = Selectable<ScreeningTable> & {
  recorded_by_name: string | null;
  decided_by_name: string | null;
};

/** Statuses in which a client is in a program (a second enrollment in it is refused). */
export const OPEN_STATUSES = ['referred', 'screening', 'eligible', 'consented', 'active'];

const summaryQuery = (db: Kysely<Database>, organizationId: string) =>
  db
    .selectFrom('enrollments as e')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.id', '=', 'e.client_id').on('c.organization_id', '=', organizationId),
    )
    .innerJoin('programs as p', (j) =>
      j.onRef('p.id', '=', 'e.program_id').on('p.organization_id', '=', organizationId),
    )
    .leftJoin('cohorts as k', 'k.id', 'e.cohort_id')
    .selectAll('e')
    .select([
      'c.given_name',
      'c.family_name',
      'c.preferred_name',
      'p.name as program_name',
      'k.name as cohort_name',
    ])
    .where('e.organization_id', '=', organizationId);

export type EnrollmentSummaryRow = Awaited<ReturnType<typeof getEnrollmentSummary>> & {};

export const getEnrollmentSummary = (db: Kysely<Database>, organizationId: string, id: string) =>
  summaryQuery(db, organizationId).where('e.id', '=', id).executeTakeFirst();

export function listEnrollments(
  db: Kysely<Database>,
  organizationId: string,
  f: {
    clientId?: string | undefined;
    cohortId?: string | undefined;
    programId?: string | undefined;
    status?: string | undefined;
  },
) {
  let q = summaryQuery(db, organizationId);
  if (f.clientId) q = q.where('e.client_id', '=', f.clientId);
  if (f.cohortId) q = q.where('e.cohort_id', '=', f.cohortId);
  if (f.programId) q = q.where('e.program_id', '=', f.programId);
  if (f.status) q = q.where('e.status', '=', f.status);
  return q.orderBy('e.start_date', 'desc').orderBy('c.family_name').orderBy('e.id').limit(1000).execute();
}

export const getEnrollment = (db: Kysely<Database>, organizationId: string, id: string) =>
  db
    .selectFrom('enrollments')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

/** The client's enrollments in a program that are still open (not completed, withdrawn or ineligible). */
export const openEnrollments = (
  db: Kysely<Database>,
  organizationId: string,
  clientId: string,
  programId: string,
) =>
  db
    .selectFrom('enrollments')
    .select(['id', 'status'])
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .where('program_id', '=', programId)
    .where('status', 'in', OPEN_STATUSES)
    .execute();

export async function insertEnrollment(
  db: Kysely<Database>,
  organizationId: string,
  e: {
    id: string;
    clientId: string;
    programId: string;
    programVersion: number;
    cohortId: string | null;
    arm: string | null;
    condition: string | null;
    startDate: string;
    status: string;
    facilitatorId: string | null;
  },
  now: string,
): Promise<void> {
  await db
    .insertInto('enrollments')
    .values({
      id: e.id,
      organization_id: organizationId,
      client_id: e.clientId,
      program_id: e.programId,
      program_version: e.programVersion,
      cohort_id: e.cohortId,
      arm: e.arm,
      condition: e.condition,
      start_date: e.startDate,
      status: e.status,
      status_reason: null,
      status_changed_at: now,
      facilitator_user_id: e.facilitatorId,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** Changes the status only if the stored version is still `version`. */
export async function setStatus(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  version: number,
  s: { status: string; reason: string | null },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('enrollments')
    .set({
      status: s.status,
      status_reason: s.reason,
      status_changed_at: now,
      version: version + 1,
      updated_at: now,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertEvent(
  db: Kysely<Database>,
  organizationId: string,
  e: {
    id: string;
    enrollmentId: string;
    from: string | null;
    to: string;
    reason: string | null;
    userId: string | null;
  },
  now: string,
): Promise<void> {
  await db
    .insertInto('enrollment_events')
    .values({
      id: e.id,
      organization_id: organizationId,
      enrollment_id: e.enrollmentId,
      from_status: e.from,
      to_status: e.to,
      reason: e.reason,
      user_id: e.userId,
      at: now,
    })
    .execute();
}

export const listEvents = (db: Kysely<Database>, organizationId: string, enrollmentId: string) =>
  db
    .selectFrom('enrollment_events as v')
    .leftJoin('users as u', 'u.id', 'v.user_id')
    .selectAll('v')
    .select('u.name as user_name')
    .where('v.organization_id', '=', organizationId)
    .where('v.enrollment_id', '=', enrollmentId)
    .orderBy('v.at')
    .orderBy('v.id')
    .execute();

const screeningQuery = (db: Kysely<Database>, organizationId: string) =>
  db
    .selectFrom('screenings as s')
    .leftJoin('users as r', 'r.id', 's.recorded_by_user_id')
    .leftJoin('users as d', 'd.id', 's.decided_by_user_id')
    .selectAll('s')
    .select(['r.name as recorded_by_name', 'd.name as decided_by_name'])
    .where('s.organization_id', '=', organizationId);

/** An enrollment's screenings, newest first. */
export const listScreenings = (db: Kysely<Database>, organizationId: string, enrollmentId: string) =>
  screeningQuery(db, organizationId)
    .where('s.enrollment_id', '=', enrollmentId)
    .orderBy('s.recorded_at', 'desc')
    .orderBy('s.id', 'desc')
    .execute();

export const getScreening = (
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
  id: string,
) =>
  screeningQuery(db, organizationId)
    .where('s.enrollment_id', '=', enrollmentId)
    .where('s.id', '=', id)
    .executeTakeFirst();

export async function insertScreening(
  db: Kysely<Database>,
  organizationId: string,
  s: {
    id: string;
    enrollmentId: string;
    clientId: string;
    modality: string;
    checklistVersion: string;
    answers: string;
    medications: string;
    vitals: string;
    notes: string | null;
    userId: string | null;
  },
  now: string,
): Promise<void> {
  await db
    .insertInto('screenings')
    .values({
      id: s.id,
      organization_id: organizationId,
      enrollment_id: s.enrollmentId,
      client_id: s.clientId,
      modality: s.modality,
      checklist_version: s.checklistVersion,
      answers: s.answers,
      medications: s.medications,
      vitals: s.vitals,
      notes: s.notes,
      recorded_by_user_id: s.userId,
      recorded_at: now,
      decision: null,
      rationale: null,
      decided_by_user_id: null,
      decided_at: null,
    })
    .execute();
}

/** Records a decision only on an undecided screening; false when someone decided first. */
export async function decideScreening(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  d: { decision: string; rationale: string; userId: string | null },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('screenings')
    .set({ decision: d.decision, rationale: d.rationale, decided_by_user_id: d.userId, decided_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('decision', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The decision of the enrollment's most recently decided screening. */
/** The latest recorded screening (decided or not): its modality and stored answers text. */
export const latestScreening = (db: Kysely<Database>, organizationId: string, enrollmentId: string) =>
  db
    .selectFrom('screenings')
    .select(['modality', 'answers'])
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();

export async function latestDecision(
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
): Promise<'eligible' | 'ineligible' | null> {
  const r = await db
    .selectFrom('screenings')
    .select('decision')
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .where('decision', 'is not', null)
    .orderBy('decided_at', 'desc')
    .orderBy('recorded_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return (r?.decision as 'eligible' | 'ineligible' | undefined) ?? null;
}

export const listConsents = (db: Kysely<Database>, organizationId: string, enrollmentId: string) =>
  db
    .selectFrom('consents as c')
    .innerJoin('consent_documents as d', 'd.id', 'c.document_id')
    .leftJoin('users as u', 'u.id', 'c.recorded_by_user_id')
    .selectAll('c')
    .select(['d.title as document_title', 'u.name as recorded_by_name'])
    .where('c.organization_id', '=', organizationId)
    .where('c.enrollment_id', '=', enrollmentId)
    .orderBy('c.signed_at', 'desc')
    .orderBy('c.id')
    .execute();

/** The highest document version the client consented to (consents not withdrawn). */
export async function consentedVersion(
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
): Promise<number | null> {
  const r = await db
    .selectFrom('consents')
    .select((eb) => eb.fn.max('document_version').as('v'))
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return r?.v === null || r?.v === undefined ? null : Number(r.v);
}

/**
 * The consent that counts for clearance: the latest not withdrawn to the highest version consented
 * to, with the document hash recorded for it (null when the client consented to none).
 */
export async function heldConsent(
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
): Promise<{ version: number; sha256: string | null } | null> {
  const r = await db
    .selectFrom('consents')
    .select(['document_version', 'document_sha256'])
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .where('withdrawn_at', 'is', null)
    .orderBy('document_version', 'desc')
    .orderBy('signed_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return r ? { version: Number(r.document_version), sha256: r.document_sha256 } : null;
}

export async function insertConsent(
  db: Kysely<Database>,
  organizationId: string,
  c: {
    id: string;
    enrollmentId: string;
    clientId: string;
    documentId: string;
    documentVersion: number;
    signedAt: string;
    method: string;
    userId: string | null;
    documentSha256: string;
    /** A signature the client made in the portal. */
    signature?: { name: string; ip: string | null; userAgent: string | null };
  },
  now: string,
): Promise<void> {
  await db
    .insertInto('consents')
    .values({
      id: c.id,
      organization_id: organizationId,
      enrollment_id: c.enrollmentId,
      client_id: c.clientId,
      document_id: c.documentId,
      document_version: c.documentVersion,
      signed_at: c.signedAt,
      method: c.method,
      recorded_by_user_id: c.userId,
      created_at: now,
      withdrawn_at: null,
      document_sha256: c.documentSha256,
      signature_name: c.signature?.name ?? null,
      signature_confirmed: c.signature ? 1 : null,
      signature_ip: c.signature?.ip ?? null,
      signature_user_agent: c.signature?.userAgent ?? null,
    })
    .execute();
}

/** Takes the client row's write lock for the rest of the transaction (one open enrollment per program). */
export async function lockClient(
  db: Kysely<Database>,
  organizationId: string,
  clientId: string,
): Promise<void> {
  await db
    .updateTable('clients')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', clientId)
    .execute();
}

/** The cohort's group sessions an enrollment of `arm` attends (not cancelled). */
export async function cohortGroupSessions(db: Kysely<Database>, organizationId: string, cohortId: string) {
  return db
    .selectFrom('program_sessions')
    .select(['id', 'dosing', 'arms', 'starts_at'])
    .where('organization_id', '=', organizationId)
    .where('cohort_id', '=', cohortId)
    .where('enrollment_id', 'is', null)
    .where('status', '=', 'scheduled')
    .orderBy('starts_at')
    .execute();
}

/** Cancels the enrollment's personal sessions that start after `now`. Returns how many. */
export async function cancelFuturePersonalSessions(
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
  reason: string,
  now: string,
): Promise<number> {
  const r = await db
    .updateTable('program_sessions')
    .set((eb) => ({
      status: 'cancelled',
      status_reason: reason,
      version: eb('version', '+', 1),
      updated_at: now,
    }))
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .where('status', '=', 'scheduled')
    .where('starts_at', '>', now)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Takes the enrollment off the group sessions that start after `now`. Returns how many. */
export async function leaveFutureGroupSessions(
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
  now: string,
): Promise<number> {
  const future = await db
    .selectFrom('session_attendees as a')
    .innerJoin('program_sessions as s', 's.id', 'a.session_id')
    .select('a.session_id')
    .where('a.organization_id', '=', organizationId)
    .where('s.organization_id', '=', organizationId)
    .where('a.enrollment_id', '=', enrollmentId)
    .where('s.enrollment_id', 'is', null)
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>', now)
    .execute();
  const ids = future.map((f) => f.session_id);
  if (!ids.length) return 0;
  await db
    .deleteFrom('session_attendees')
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .where('session_id', 'in', ids)
    .execute();
  return ids.length;
}

/** The enrollment's personal sessions still scheduled after `now`, in time order. */
export const futurePersonalSessions = (
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
  now: string,
) =>
  db
    .selectFrom('program_sessions')
    .select(['id', 'starts_at', 'ends_at'])
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .where('kind', '=', 'personal')
    .where('status', '=', 'scheduled')
    .where('starts_at', '>', now)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();

/** Sets the default facilitator only if the stored version is still `version`. */
export async function setFacilitator(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  version: number,
  userId: string | null,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('enrollments')
    .set({ facilitator_user_id: userId, version: version + 1, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The default facilitator's name (a member of the organization), or null. */
export async function facilitatorRef(db: Kysely<Database>, organizationId: string, userId: string | null) {
  if (!userId) return null;
  const u = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name'])
    .where('m.organization_id', '=', organizationId)
    .where('u.id', '=', userId)
    .executeTakeFirst();
  return u ? { id: u.id, name: u.name } : { id: userId, name: '' };
}

/**
 * Enrollments of every organization whose status may move by itself now (the rule decides):
 * consented ones with a session attended or started, active ones with no session still to end.
 * Clients archived or restricted are left alone.
 */
export const enrollmentsMaybeDue = (db: Kysely<Database>, now: string) =>
  db
    .selectFrom('enrollments as e')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.id', '=', 'e.client_id').onRef('c.organization_id', '=', 'e.organization_id'),
    )
    .select(['e.id', 'e.organization_id'])
    .where('c.archived_at', 'is', null)
    .where('c.restricted_at', 'is', null)
    .where((eb) => {
      const sessionsOf = () =>
        eb
          .selectFrom('session_attendees as a')
          .innerJoin('program_sessions as s', (j) =>
            j.onRef('s.id', '=', 'a.session_id').onRef('s.organization_id', '=', 'a.organization_id'),
          )
          .select('a.session_id')
          .whereRef('a.enrollment_id', '=', 'e.id')
          .whereRef('a.organization_id', '=', 'e.organization_id')
          .where('s.status', '!=', 'cancelled');
      return eb.or([
        eb.and([
          eb('e.status', '=', 'consented'),
          eb.exists(
            sessionsOf().where((w) => w.or([w('a.attendance', '=', 'attended'), w('s.starts_at', '<', now)])),
          ),
        ]),
        eb.and([
          eb('e.status', '=', 'active'),
          eb.exists(sessionsOf()),
          eb.not(eb.exists(sessionsOf().where('s.ends_at', '>', now))),
        ]),
      ]);
    })
    .orderBy('e.organization_id')
    .orderBy('e.id')
    .execute();
