/**
 * Which program or dosing session is at-home, and its check-in settings: a session's own row wins
 * over its program's. Set by those who manage programs; every change is audited.
 */
import type { AtHomeSettingsOut, AtHomeSettingsPut } from '../../api/at-home.ts';
import type { AtHomeSettingsTable } from '../../db/schema.ts';
import { type AtHomeSettings, normalizeAtHomeSettings } from '../../domain/dosing/at-home.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { getProgram } from '../programs/repository.ts';
import { getSession } from '../sessions/repository.ts';
import * as repo from './repository.ts';

export interface Effective {
  source: repo.TargetKind | null;
  settings: AtHomeSettings | null;
}

const parse = (row: AtHomeSettingsTable): AtHomeSettings =>
  normalizeAtHomeSettings({
    checkinMinutes: JSON.parse(row.checkin_minutes),
    graceMinutes: row.grace_minutes,
    askVitals: row.ask_vitals === 1,
  });

/** The settings that apply to a session: its own, else its program's, else none (not at-home). */
export async function effectiveSettings(
  trx: Tx,
  organizationId: string,
  session: { id: string; program_id: string },
): Promise<Effective> {
  const own = await repo.settingsOf(trx, organizationId, 'session', session.id);
  if (own) return { source: 'session', settings: parse(own) };
  const program = await repo.settingsOf(trx, organizationId, 'program', session.program_id);
  if (program) return { source: 'program', settings: parse(program) };
  return { source: null, settings: null };
}

export const settingsOut = (e: Effective): AtHomeSettingsOut => ({
  atHome: e.settings !== null,
  source: e.source,
  checkinMinutes: e.settings?.checkinMinutes ?? [],
  graceMinutes: e.settings?.graceMinutes ?? null,
  askVitals: e.settings?.askVitals ?? false,
});

async function store(
  ctx: AppContext,
  trx: Tx,
  scope: OrgScope,
  kind: repo.TargetKind,
  id: string,
  input: AtHomeSettingsPut,
): Promise<void> {
  const now = new Date().toISOString();
  if (!input.atHome) await repo.deleteSettings(trx, scope.organizationId, kind, id);
  else {
    const s = normalizeAtHomeSettings({
      checkinMinutes: input.checkinMinutes,
      graceMinutes: input.graceMinutes,
      askVitals: input.askVitals,
    });
    await repo.putSettings(trx, scope.organizationId, kind, id, {
      checkin_minutes: JSON.stringify(s.checkinMinutes),
      grace_minutes: s.graceMinutes,
      ask_vitals: s.askVitals ? 1 : 0,
      userId: scope.actor.userId,
      now,
    });
  }
  await ctx.audit.append(trx, scope.actor, {
    organizationId: scope.organizationId,
    action: 'at-home.settings',
    entityType: kind,
    entityId: id,
    details: {
      atHome: input.atHome,
      checkinMinutes: input.checkinMinutes ?? null,
      graceMinutes: input.graceMinutes ?? null,
    },
  });
}

/** A program's own at-home settings (none: not at-home). */
export function viewProgramSettings(ctx: AppContext, scope: OrgScope, programId: string) {
  return transaction(ctx, async (trx): Promise<AtHomeSettingsOut> => {
    if (!(await getProgram(trx, scope.organizationId, programId))) throw notFound('Program');
    const row = await repo.settingsOf(trx, scope.organizationId, 'program', programId);
    return settingsOut(row ? { source: 'program', settings: parse(row) } : { source: null, settings: null });
  });
}

export function putProgramSettings(
  ctx: AppContext,
  scope: OrgScope,
  programId: string,
  input: AtHomeSettingsPut,
) {
  return transaction(ctx, async (trx): Promise<AtHomeSettingsOut> => {
    if (!(await getProgram(trx, scope.organizationId, programId))) throw notFound('Program');
    await store(ctx, trx, scope, 'program', programId, input);
    const row = await repo.settingsOf(trx, scope.organizationId, 'program', programId);
    return settingsOut(row ? { source: 'program', settings: parse(row) } : { source: null, settings: null });
  });
}

export function putSessionSettings(
  ctx: AppContext,
  scope: OrgScope,
  sessionId: string,
  input: AtHomeSettingsPut,
) {
  return transaction(ctx, async (trx): Promise<AtHomeSettingsOut> => {
    const session = await getSession(trx, scope.organizationId, sessionId);
    if (!session) throw notFound('Session');
    if (session.dosing !== 1) throw conflict('at-home-dosing-only');
    await store(ctx, trx, scope, 'session', sessionId, input);
    return settingsOut(await effectiveSettings(trx, scope.organizationId, session));
  });
}
