/** At-home dosing: settings, support persons, check-ins and support links. Organization id first, always. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, HomeCheckinTable, SupportPersonTable } from '../../db/schema.ts';

type Db = Kysely<Database>;
export type CheckinRow = Selectable<HomeCheckinTable>;
export type SupportRow = Selectable<SupportPersonTable>;
export type TargetKind = 'program' | 'session';

export const settingsOf = (db: Db, organizationId: string, kind: TargetKind, id: string) =>
  db
    .selectFrom('at_home_settings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('target_kind', '=', kind)
    .where('target_id', '=', id)
    .executeTakeFirst();

export async function putSettings(
  db: Db,
  organizationId: string,
  kind: TargetKind,
  id: string,
  v: {
    checkin_minutes: string;
    grace_minutes: number;
    ask_vitals: number;
    userId: string | null;
    now: string;
  },
): Promise<void> {
  await deleteSettings(db, organizationId, kind, id);
  await db
    .insertInto('at_home_settings')
    .values({
      organization_id: organizationId,
      target_kind: kind,
      target_id: id,
      checkin_minutes: v.checkin_minutes,
      grace_minutes: v.grace_minutes,
      ask_vitals: v.ask_vitals,
      updated_by_user_id: v.userId,
      updated_at: v.now,
    })
    .execute();
}

export async function deleteSettings(db: Db, organizationId: string, kind: TargetKind, id: string) {
  await db
    .deleteFrom('at_home_settings')
    .where('organization_id', '=', organizationId)
    .where('target_kind', '=', kind)
    .where('target_id', '=', id)
    .execute();
}

export const supportOf = (db: Db, organizationId: string, enrollmentId: string) =>
  db
    .selectFrom('support_persons')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .executeTakeFirst();

export async function putSupport(db: Db, row: Insertable<SupportPersonTable>): Promise<void> {
  await db
    .deleteFrom('support_persons')
    .where('organization_id', '=', row.organization_id)
    .where('enrollment_id', '=', row.enrollment_id)
    .execute();
  await db.insertInto('support_persons').values(row).execute();
}

export async function insertCheckins(db: Db, rows: Insertable<HomeCheckinTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('home_checkins').values(rows).execute();
}

export const checkinsOf = (db: Db, organizationId: string, dosingRecordId: string) =>
  db
    .selectFrom('home_checkins')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('dosing_record_id', '=', dosingRecordId)
    .orderBy('due_at')
    .orderBy('id')
    .execute();

/** Records an answer unless the check-in was answered meanwhile; true when recorded. */
export async function answerCheckin(
  db: Db,
  organizationId: string,
  id: string,
  set: Pick<
    CheckinRow,
    'answer' | 'answered_by' | 'answered_at' | 'note' | 'systolic' | 'diastolic' | 'heart_rate'
  >,
): Promise<boolean> {
  const r = await db
    .updateTable('home_checkins')
    .set(set)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('answer', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Unanswered check-ins whose grace period ended and that raised no alert yet (every organization). */
export const overdueCheckins = (db: Db, now: string, limit: number) =>
  db
    .selectFrom('home_checkins')
    .selectAll()
    .where('answer', 'is', null)
    .where('missed_at', 'is', null)
    .where('due_at', '<=', now)
    .orderBy('due_at')
    .limit(limit)
    .execute();

/** Marks a check-in missed once; true when this call did. */
export async function markMissed(db: Db, organizationId: string, id: string, now: string): Promise<boolean> {
  const r = await db
    .updateTable('home_checkins')
    .set({ missed_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('answer', 'is', null)
    .where('missed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertLink(
  db: Db,
  v: {
    tokenHash: string;
    organizationId: string;
    dosingRecordId: string;
    expiresAt: string;
    userId: string | null;
    now: string;
  },
) {
  await db
    .insertInto('home_support_links')
    .values({
      token_hash: v.tokenHash,
      organization_id: v.organizationId,
      dosing_record_id: v.dosingRecordId,
      expires_at: v.expiresAt,
      created_by_user_id: v.userId,
      created_at: v.now,
    })
    .execute();
}

/** A link by its hash (the token is the credential: no organization known yet). */
export const linkByHash = (db: Db, tokenHash: string) =>
  db.selectFrom('home_support_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export const latestLinkExpiry = async (db: Db, organizationId: string, dosingRecordId: string) =>
  (
    await db
      .selectFrom('home_support_links')
      .select('expires_at')
      .where('organization_id', '=', organizationId)
      .where('dosing_record_id', '=', dosingRecordId)
      .orderBy('created_at', 'desc')
      .executeTakeFirst()
  )?.expires_at ?? null;

/** A client's doses with check-ins, newest first (the portal shows those not yet ended). */
export const homeRecordsOfClient = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('dosing_records as d')
    .innerJoin('program_sessions as s', (j) =>
      j.onRef('s.id', '=', 'd.session_id').on('s.organization_id', '=', organizationId),
    )
    .select(['d.id', 'd.started_at', 's.ends_at'])
    .where('d.organization_id', '=', organizationId)
    .where('d.client_id', '=', clientId)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('home_checkins as h')
          .select('h.id')
          .whereRef('h.dosing_record_id', '=', 'd.id')
          .where('h.organization_id', '=', organizationId),
      ),
    )
    .orderBy('d.started_at', 'desc')
    .limit(5)
    .execute();

/** The names one answering a check-in sees: the organization and the client's first name. */
export const namesOf = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('clients as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .select([
      'o.name as org_name',
      'o.timezone',
      'o.locale',
      'c.given_name',
      'c.preferred_name',
      'c.language',
    ])
    .where('c.organization_id', '=', organizationId)
    .where('c.id', '=', clientId)
    .executeTakeFirst();
