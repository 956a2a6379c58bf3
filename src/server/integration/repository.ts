/** Integration contacts and what the window needs to read. Organization id first in every function. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, IntegrationContactTable } from '../../db/schema.ts';

type Db = Kysely<Database>;

/** 31 days: longer than the longest window (720 h). */
const LOOKBACK_MS = 31 * 24 * 3_600_000;
export type ContactRow = Selectable<IntegrationContactTable>;

/** A dosing record with its session, enrollment and client, as the window needs them. */
export const dosingSource = (db: Db, organizationId: string, dosingRecordId: string) =>
  db
    .selectFrom('dosing_records as d')
    .innerJoin('program_sessions as s', (j) =>
      j.onRef('s.id', '=', 'd.session_id').on('s.organization_id', '=', organizationId),
    )
    .innerJoin('enrollments as e', (j) =>
      j.onRef('e.id', '=', 'd.enrollment_id').on('e.organization_id', '=', organizationId),
    )
    .innerJoin('clients as c', (j) =>
      j.onRef('c.id', '=', 'd.client_id').on('c.organization_id', '=', organizationId),
    )
    .select([
      'd.id',
      'd.client_id',
      'd.enrollment_id',
      'd.session_id',
      'd.started_at',
      'd.ended_at',
      'd.discharged_at',
      'd.difficult',
      'd.difficult_note',
      's.starts_at as session_starts_at',
      's.ends_at as session_ends_at',
      'e.program_id',
      'e.program_version',
      'e.cohort_id',
      'e.status as enrollment_status',
      'c.language',
    ])
    .where('d.organization_id', '=', organizationId)
    .where('d.id', '=', dosingRecordId)
    .executeTakeFirst();
export type DosingSource = NonNullable<Awaited<ReturnType<typeof dosingSource>>>;

export async function ceqThreshold(db: Db, organizationId: string): Promise<number | null> {
  const o = await db
    .selectFrom('organizations')
    .select('ceq_threshold')
    .where('id', '=', organizationId)
    .executeTakeFirst();
  return o?.ceq_threshold ?? null;
}

/**
 * The client's first response to `instrumentId` answered from the dosing session's start until the
 * client's next dosing session starts (read generically: the instrument's stored total).
 */
export function firstResponseAfter(
  db: Db,
  organizationId: string,
  clientId: string,
  instrumentId: string,
  from: string,
  until: string | null,
) {
  let q = db
    .selectFrom('questionnaire_responses')
    .select(['id', 'total'])
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .where('instrument_id', '=', instrumentId)
    .where('administered_at', '>=', from);
  if (until) q = q.where('administered_at', '<', until);
  return q.orderBy('administered_at').orderBy('id').limit(1).executeTakeFirst();
}

/** When the client's next dosing record after this one started (bounds the CEQ that belongs to it). */
export async function nextDosingStart(db: Db, organizationId: string, clientId: string, after: string) {
  const r = await db
    .selectFrom('dosing_records')
    .select('started_at')
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .where('started_at', '>', after)
    .orderBy('started_at')
    .limit(1)
    .executeTakeFirst();
  return r?.started_at ?? null;
}

export const contactOfDosing = (db: Db, organizationId: string, dosingRecordId: string) =>
  db
    .selectFrom('integration_contacts')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('dosing_record_id', '=', dosingRecordId)
    .executeTakeFirst();

export async function insertContact(db: Db, row: Insertable<IntegrationContactTable>): Promise<boolean> {
  const r = await db
    .insertInto('integration_contacts')
    .values(row)
    .onConflict((oc) => oc.column('dosing_record_id').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateContact(
  db: Db,
  organizationId: string,
  id: string,
  set: Partial<Pick<ContactRow, 'pulled_forward' | 'pull_reasons' | 'missed_at' | 'session_id'>>,
  now: string,
): Promise<void> {
  await db
    .updateTable('integration_contacts')
    .set({ ...set, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

/** Every organization's dosing records that ended (or whose session ended) without a contact yet. */
export const dosingWithoutContact = (db: Db, now: string, limit: number) =>
  db
    .selectFrom('dosing_records as d')
    .innerJoin('program_sessions as s', (j) =>
      j.onRef('s.id', '=', 'd.session_id').onRef('s.organization_id', '=', 'd.organization_id'),
    )
    .leftJoin('integration_contacts as ic', 'ic.dosing_record_id', 'd.id')
    .select(['d.organization_id', 'd.id'])
    .where('ic.id', 'is', null)
    // No window is longer than 30 days: older dosing sessions are history, never booked afresh.
    .where('s.ends_at', '>=', new Date(Date.parse(now) - LOOKBACK_MS).toISOString())
    .where((eb) =>
      eb.or([
        eb('d.ended_at', 'is not', null),
        eb('d.discharged_at', 'is not', null),
        eb('s.ends_at', '<=', now),
      ]),
    )
    .orderBy('d.started_at', 'desc')
    .limit(limit)
    .execute();

/** Contacts not yet pulled forward whose booked session is still ahead (a CEQ may arrive). */
export const contactsToReassess = (db: Db, now: string, limit: number) =>
  db
    .selectFrom('integration_contacts as ic')
    .innerJoin('program_sessions as s', 's.id', 'ic.session_id')
    .select(['ic.organization_id', 'ic.dosing_record_id as id'])
    .where('ic.pulled_forward', '=', 0)
    .where('s.starts_at', '>', now)
    .where('s.status', '=', 'scheduled')
    .orderBy('s.starts_at')
    .limit(limit)
    .execute();

/** Contacts with no missed alert yet whose session ended before `endedBefore` or was cancelled. */
export const contactsToCheck = (db: Db, endedBefore: string, limit: number) =>
  db
    .selectFrom('integration_contacts as ic')
    .innerJoin('program_sessions as s', 's.id', 'ic.session_id')
    .leftJoin('session_attendees as a', (j) =>
      j.onRef('a.session_id', '=', 'ic.session_id').onRef('a.enrollment_id', '=', 'ic.enrollment_id'),
    )
    .select([
      'ic.id',
      'ic.organization_id',
      'ic.client_id',
      'ic.dosing_record_id',
      's.starts_at',
      's.ends_at',
      's.status',
      'a.attendance',
    ])
    .where('ic.missed_at', 'is', null)
    .where((eb) => eb.or([eb('a.attendance', 'is', null), eb('a.attendance', '!=', 'attended')]))
    .where((eb) => eb.or([eb('s.ends_at', '<', endedBefore), eb('s.status', '=', 'cancelled')]))
    .orderBy('s.ends_at')
    .limit(limit)
    .execute();

/** A client's contacts with their sessions, dosing sessions and flags, newest dosing first. */
export const contactsOfClient = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('integration_contacts as ic')
    .innerJoin('program_sessions as s', (j) =>
      j.onRef('s.id', '=', 'ic.session_id').on('s.organization_id', '=', organizationId),
    )
    .innerJoin('dosing_records as d', (j) =>
      j.onRef('d.id', '=', 'ic.dosing_record_id').on('d.organization_id', '=', organizationId),
    )
    .innerJoin('program_sessions as ds', (j) =>
      j.onRef('ds.id', '=', 'd.session_id').on('ds.organization_id', '=', organizationId),
    )
    .leftJoin('session_attendees as a', (j) =>
      j.onRef('a.session_id', '=', 'ic.session_id').onRef('a.enrollment_id', '=', 'ic.enrollment_id'),
    )
    .selectAll('ic')
    .select([
      's.starts_at',
      's.ends_at',
      's.status as session_status',
      'a.attendance',
      'ds.name as dosing_session_name',
      'd.difficult_note',
    ])
    .where('ic.organization_id', '=', organizationId)
    .where('ic.client_id', '=', clientId)
    .orderBy('ic.dosing_ended_at', 'desc')
    .execute();

/** Contacts whose booked session is among these (the Today page's sessions). */
export const contactsOfSessions = (db: Db, organizationId: string, sessionIds: string[]) =>
  sessionIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('integration_contacts')
        .select(['session_id', 'window_opens_at', 'window_closes_at', 'pulled_forward', 'pull_reasons'])
        .where('organization_id', '=', organizationId)
        .where('session_id', 'in', sessionIds)
        .execute();

export async function setDifficult(
  db: Db,
  organizationId: string,
  id: string,
  v: { difficult: boolean; note: string | null; userId: string | null },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('dosing_records')
    .set({
      difficult: v.difficult ? 1 : 0,
      difficult_note: v.difficult ? v.note : null,
      difficult_by_user_id: v.difficult ? v.userId : null,
      difficult_at: v.difficult ? now : null,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
