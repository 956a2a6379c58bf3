/**
 * Queries of data subject rights: the retention setting, erasure requests, and what links a client
 * to the rest of the database. Organization id first in every function over one organization.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, ErasureRequestTable } from '../../db/schema.ts';

type Db = Kysely<Database>;
export type ErasureRequestRow = Selectable<ErasureRequestTable>;

export async function retentionYears(db: Db, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom('organizations')
    .select('retention_years')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return Number(row.retention_years);
}

export async function setRetentionYears(db: Db, organizationId: string, years: number, now: string) {
  await db
    .updateTable('organizations')
    .set({ retention_years: years, updated_at: now })
    .where('id', '=', organizationId)
    .execute();
}

export async function setRestricted(db: Db, organizationId: string, clientId: string, at: string | null) {
  await db
    .updateTable('clients')
    .set({ restricted_at: at })
    .where('organization_id', '=', organizationId)
    .where('id', '=', clientId)
    .execute();
}

const day = (iso: string | null | undefined): string | null => (iso ? iso.slice(0, 10) : null);

/**
 * The day of the client's last treatment (UTC): the latest screening, dose, attended or completed
 * session, or questionnaire response; null when there is none (no medical record to keep).
 */
export async function lastTreatmentOn(
  db: Db,
  organizationId: string,
  clientId: string,
): Promise<string | null> {
  const [screening, dosing, response, session] = await Promise.all([
    db
      .selectFrom('screenings')
      .select((eb) => eb.fn.max('recorded_at').as('at'))
      .where('organization_id', '=', organizationId)
      .where('client_id', '=', clientId)
      .executeTakeFirst(),
    db
      .selectFrom('dosing_records')
      .select((eb) => eb.fn.max('started_at').as('at'))
      .where('organization_id', '=', organizationId)
      .where('client_id', '=', clientId)
      .executeTakeFirst(),
    db
      .selectFrom('questionnaire_responses')
      .select((eb) => eb.fn.max('administered_at').as('at'))
      .where('organization_id', '=', organizationId)
      .where('client_id', '=', clientId)
      .executeTakeFirst(),
    db
      .selectFrom('session_attendees as a')
      .innerJoin('program_sessions as s', 's.id', 'a.session_id')
      .select((eb) => eb.fn.max('s.ends_at').as('at'))
      .where('a.organization_id', '=', organizationId)
      .where('a.client_id', '=', clientId)
      .where((eb) =>
        eb.or([
          eb('a.attendance', '=', 'attended'),
          eb.and([eb('s.enrollment_id', 'is not', null), eb('s.status', '=', 'completed')]),
        ]),
      )
      .executeTakeFirst(),
  ]);
  const days = [screening?.at, dosing?.at, response?.at, session?.at]
    .map((d) => day(d as string | null | undefined))
    .filter((d): d is string => d !== null);
  return days.length ? days.sort().at(-1)! : null;
}

/** The ids that link the client's rows in other tables (see erasure-rules.ts). */
export async function linkedIds(db: Db, organizationId: string, clientId: string) {
  const ids = async (q: Promise<Array<{ id: string }>>) => (await q).map((r) => r.id);
  const enrollmentIds = await ids(
    db
      .selectFrom('enrollments')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('client_id', '=', clientId)
      .execute(),
  );
  const [sessionIds, dosingRecordIds, invitationIds] = await Promise.all([
    enrollmentIds.length
      ? ids(
          db
            .selectFrom('program_sessions')
            .select('id')
            .where('organization_id', '=', organizationId)
            .where('enrollment_id', 'in', enrollmentIds)
            .execute(),
        )
      : [],
    ids(
      db
        .selectFrom('dosing_records')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('client_id', '=', clientId)
        .execute(),
    ),
    ids(
      db
        .selectFrom('invitations')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('client_id', '=', clientId)
        .execute(),
    ),
  ]);
  return { enrollmentIds, sessionIds, dosingRecordIds, invitationIds };
}

export async function insertRequest(db: Db, row: ErasureRequestRow) {
  await db.insertInto('erasure_requests').values(row).execute();
}

/** Every open request of the client (restricted ones, and one being decided now) is done. */
export async function markErased(
  db: Db,
  organizationId: string,
  clientId: string,
  at: string,
  summary: string,
) {
  await db
    .updateTable('erasure_requests')
    .set({ status: 'erased', erased_at: at, summary })
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .where('erased_at', 'is', null)
    .execute();
}

export const listRequests = (db: Db, organizationId: string) =>
  db
    .selectFrom('erasure_requests as r')
    .leftJoin('clients as c', (j) =>
      j.onRef('c.id', '=', 'r.client_id').onRef('c.organization_id', '=', 'r.organization_id'),
    )
    .leftJoin('users as u', 'u.id', 'r.recorded_by_user_id')
    .selectAll('r')
    .select(['c.given_name', 'c.family_name', 'u.name as recorded_by_name'])
    .where('r.organization_id', '=', organizationId)
    .orderBy('r.recorded_at', 'desc')
    .orderBy('r.id')
    .execute();

/** Restricted erasure requests of every organization, with the organization's retention years. */
export const pendingErasures = (db: Db) =>
  db
    .selectFrom('erasure_requests as r')
    .innerJoin('organizations as o', 'o.id', 'r.organization_id')
    .select(['r.organization_id', 'r.client_id', 'r.last_treatment_on', 'o.retention_years'])
    .where('r.status', '=', 'restricted')
    .where('r.scope', '=', 'erasure')
    .execute();

export async function organizationOfClient(db: Db, clientId: string): Promise<string | null> {
  const row = await db
    .selectFrom('clients')
    .select('organization_id')
    .where('id', '=', clientId)
    .executeTakeFirst();
  return row?.organization_id ?? null;
}
