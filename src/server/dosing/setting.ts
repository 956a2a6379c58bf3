/**
 * The setting of a dosing session: music program, sitters and group size (and so the ratio),
 * eyeshades; the room is the session's own. Read by those who see sessions, recorded by those who
 * run them. No client data: only counts.
 */
import type { Kysely } from 'kysely';
import type { Setting, SettingPut } from '../../api/lots.ts';
import type { Database } from '../../db/schema.ts';
import {
  assertGroupCovers,
  clientsPerSitter,
  type Eyeshades,
  normalizeSetting,
} from '../../domain/dosing/setting.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import { type AppContext, type OrgScope, transaction } from '../context.ts';
import { getSession } from '../sessions/repository.ts';

type Db = Kysely<Database>;

async function dosingSession(db: Db, organizationId: string, sessionId: string) {
  const session = await getSession(db, organizationId, sessionId);
  if (!session) throw notFound('Session');
  if (session.dosing !== 1) throw conflict('not-dosing-session-setting');
  return session;
}

async function attendeeCount(db: Db, organizationId: string, sessionId: string): Promise<number> {
  const row = await db
    .selectFrom('session_attendees')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

async function readSetting(db: Db, organizationId: string, sessionId: string): Promise<Setting> {
  const session = await dosingSession(db, organizationId, sessionId);
  const row = await db
    .selectFrom('session_settings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  const room = session.room_id
    ? await db
        .selectFrom('rooms')
        .select(['id', 'name'])
        .where('organization_id', '=', organizationId)
        .where('id', '=', session.room_id)
        .executeTakeFirst()
    : undefined;
  return {
    sessionId,
    room: room ?? null,
    attendees: await attendeeCount(db, organizationId, sessionId),
    recorded: Boolean(row),
    musicProgram: row?.music_program ?? null,
    sitters: row?.sitters ?? null,
    groupSize: row?.group_size ?? null,
    clientsPerSitter: row ? clientsPerSitter({ sitters: row.sitters, groupSize: row.group_size }) : null,
    eyeshades: (row?.eyeshades as Eyeshades | null | undefined) ?? null,
    notes: row?.notes ?? null,
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
  };
}

export const viewSetting = (ctx: AppContext, scope: OrgScope, sessionId: string): Promise<Setting> =>
  readSetting(ctx.db.kysely, scope.organizationId, sessionId);

export async function putSetting(
  ctx: AppContext,
  scope: OrgScope,
  sessionId: string,
  input: SettingPut,
): Promise<Setting> {
  const setting = normalizeSetting(input);
  return transaction(ctx, async (trx) => {
    await dosingSession(trx, scope.organizationId, sessionId);
    assertGroupCovers(setting, await attendeeCount(trx, scope.organizationId, sessionId));
    const values = {
      music_program: setting.musicProgram,
      sitters: setting.sitters,
      group_size: setting.groupSize,
      eyeshades: setting.eyeshades,
      notes: setting.notes,
      updated_by_user_id: scope.actor.userId,
      updated_at: new Date().toISOString(),
    };
    await trx
      .insertInto('session_settings')
      .values({ session_id: sessionId, organization_id: scope.organizationId, ...values })
      .onConflict((oc) => oc.column('session_id').doUpdateSet(values))
      .execute();
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'session.setting',
      entityType: 'session',
      entityId: sessionId,
      details: { sitters: setting.sitters, groupSize: setting.groupSize, eyeshades: setting.eyeshades },
    });
    return readSetting(trx, scope.organizationId, sessionId);
  });
}
