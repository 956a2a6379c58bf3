/** Calendar feeds and the sessions they publish. Organization id first, except the token lookup. */
import { type Kysely, type Selectable, sql } from 'kysely';
import type { CalendarFeedTable, Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

export type FeedRow = Selectable<CalendarFeedTable> & { created_by_name: string | null };

const base = (db: Db, organizationId: string) =>
  db
    .selectFrom('calendar_feeds as f')
    .leftJoin('users as u', 'u.id', 'f.created_by_user_id')
    .selectAll('f')
    .select('u.name as created_by_name')
    .where('f.organization_id', '=', organizationId);

export const getFeed = (db: Db, organizationId: string, id: string): Promise<FeedRow | undefined> =>
  base(db, organizationId).where('f.id', '=', id).executeTakeFirst();

export function listFeeds(
  db: Db,
  organizationId: string,
  visible: { all: boolean; userId: string | null; clients: boolean },
): Promise<FeedRow[]> {
  let q = base(db, organizationId);
  if (!visible.all)
    q = q.where((eb) => {
      const ors = [eb.and([eb('f.owner_type', '=', 'user'), eb('f.owner_id', '=', visible.userId ?? '')])];
      if (visible.clients) ors.push(eb.and([eb('f.owner_type', '=', 'client')]));
      return eb.or(ors);
    });
  return q.orderBy('f.created_at', 'desc').orderBy('f.id').execute();
}

/** The live feed behind a token hash (any organization: the token is the credential). */
export const findLiveFeedByHash = (db: Db, tokenHash: string) =>
  db
    .selectFrom('calendar_feeds')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();

export async function insertFeed(
  db: Db,
  organizationId: string,
  f: {
    id: string;
    ownerType: string;
    ownerId: string;
    tokenHash: string;
    userId: string | null;
    now: string;
  },
) {
  await db
    .insertInto('calendar_feeds')
    .values({
      id: f.id,
      organization_id: organizationId,
      owner_type: f.ownerType,
      owner_id: f.ownerId,
      token_hash: f.tokenHash,
      created_by_user_id: f.userId,
      created_at: f.now,
      revoked_at: null,
    })
    .execute();
}

export async function revokeFeed(db: Db, organizationId: string, id: string, now: string): Promise<void> {
  await db
    .updateTable('calendar_feeds')
    .set({ revoked_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Names of feed owners: members by user id, clients by client id. */
export async function ownerNames(
  db: Db,
  organizationId: string,
  userIds: string[],
  clientIds: string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (userIds.length) {
    const users = await db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.name'])
      .where('m.organization_id', '=', organizationId)
      .where('u.id', 'in', userIds)
      .execute();
    for (const u of users) out.set(u.id, u.name);
  }
  if (clientIds.length) {
    const clients = await db
      .selectFrom('clients')
      .select(['id', 'given_name', 'family_name', 'preferred_name'])
      .where('organization_id', '=', organizationId)
      .where('id', 'in', clientIds)
      .execute();
    for (const c of clients) out.set(c.id, `${c.preferred_name?.trim() || c.given_name} ${c.family_name}`);
  }
  return out;
}

export const getOrganizationName = (db: Db, organizationId: string) =>
  db
    .selectFrom('organizations')
    .select(['name', 'timezone'])
    .where('id', '=', organizationId)
    .executeTakeFirst();

export interface FeedSessionRow {
  id: string;
  name: string;
  starts_at: string;
  ends_at: string;
  status: string;
  version: number;
  updated_at: string;
  program_name: string;
  cohort_name: string | null;
  cohort_location: string | null;
  room_name: string | null;
  booking: string | null;
}

const feedSessions = (db: Db, organizationId: string, from: string, to: string) =>
  db
    .selectFrom('program_sessions as s')
    .innerJoin('programs as p', 'p.id', 's.program_id')
    .leftJoin('cohorts as c', 'c.id', 's.cohort_id')
    .leftJoin('rooms as r', 'r.id', 's.room_id')
    .select([
      's.id',
      's.name',
      's.starts_at',
      's.ends_at',
      's.status',
      's.version',
      's.updated_at',
      'p.name as program_name',
      'c.name as cohort_name',
      'c.location as cohort_location',
      'r.name as room_name',
    ])
    .where('s.organization_id', '=', organizationId)
    .where('s.ends_at', '>', from)
    .where('s.starts_at', '<', to)
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .limit(2000);

/** Sessions a staff member facilitates in [from, to). */
export const facilitatorFeedSessions = (
  db: Db,
  organizationId: string,
  userId: string,
  from: string,
  to: string,
): Promise<FeedSessionRow[]> =>
  feedSessions(db, organizationId, from, to)
    .innerJoin('session_facilitators as sf', 'sf.session_id', 's.id')
    .select(sql<string | null>`null`.as('booking'))
    .where('sf.organization_id', '=', organizationId)
    .where('sf.user_id', '=', userId)
    .execute();

/** Sessions a client attends in [from, to), with their booking. */
export const clientFeedSessions = (
  db: Db,
  organizationId: string,
  clientId: string,
  from: string,
  to: string,
): Promise<FeedSessionRow[]> =>
  feedSessions(db, organizationId, from, to)
    .innerJoin('session_attendees as sa', 'sa.session_id', 's.id')
    .select('sa.booking as booking')
    .where('sa.organization_id', '=', organizationId)
    .where('sa.client_id', '=', clientId)
    .execute();

export const isMember = (db: Db, organizationId: string, userId: string) =>
  db
    .selectFrom('memberships')
    .select('user_id')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();

export const getClientRef = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('clients')
    .select(['id', 'archived_at'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', clientId)
    .executeTakeFirst();
