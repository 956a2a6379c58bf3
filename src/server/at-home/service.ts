/**
 * At-home dosing for staff and for those answering: the dose's check-in timeline (audited), the
 * support person's link (shown once, only its SHA-256 kept, working until the session is over),
 * and the two ways to answer — the client in the portal, the support person by the link.
 */
import type {
  CheckinAnswerIn,
  CheckinResult,
  HomeSessionView,
  HomeTimeline,
  SupportLink,
} from '../../api/at-home.ts';
import { conflict, gone, notFound } from '../../domain/errors.ts';
import { systemActor } from '../audit/audit-log.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { getDosingRecord } from '../dosing/repository.ts';
import { getSession } from '../sessions/repository.ts';
import { hashToken, newToken } from '../tokens.ts';
import { answerableUntil, answerCheckin, sessionView, toCheckin } from './checkins.ts';
import * as repo from './repository.ts';
import { effectiveSettings, settingsOut } from './settings.ts';
import { supportOut } from './support.ts';

/** The dose and when its check-ins stop being answerable; 404 unless it is an at-home dose. */
async function homeDose(trx: Tx, organizationId: string, dosingRecordId: string) {
  const row = await getDosingRecord(trx, organizationId, dosingRecordId);
  if (!row) throw notFound('Dosing record');
  const session = await getSession(trx, organizationId, row.session_id);
  if (!session) throw notFound('Session');
  const checkins = await repo.checkinsOf(trx, organizationId, row.id);
  return {
    row,
    session,
    checkins,
    until: checkins.length ? answerableUntil(session.ends_at, checkins) : null,
  };
}

export function viewTimeline(
  ctx: AppContext,
  scope: OrgScope,
  dosingRecordId: string,
): Promise<HomeTimeline> {
  return transaction(ctx, async (trx) => {
    const { row, session, checkins } = await homeDose(trx, scope.organizationId, dosingRecordId);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'at-home.timeline.view',
      entityType: 'dosing-record',
      entityId: row.id,
      details: { clientId: row.client_id },
    });
    return {
      dosingRecordId: row.id,
      settings: settingsOut(await effectiveSettings(trx, scope.organizationId, session)),
      support: supportOut(
        row.enrollment_id,
        await repo.supportOf(trx, scope.organizationId, row.enrollment_id),
      ),
      checkins: checkins.map(toCheckin),
      linkExpiresAt: await repo.latestLinkExpiry(trx, scope.organizationId, row.id),
    };
  });
}

/**
 * `at` is the moment the link is made: now, except when the demo seed replays a past session
 * (src/server/demo/at-home.ts) through these same rules.
 */
export function createSupportLink(
  ctx: AppContext,
  scope: OrgScope,
  dosingRecordId: string,
  at: Date = new Date(),
): Promise<SupportLink> {
  return transaction(ctx, async (trx) => {
    const { row, until } = await homeDose(trx, scope.organizationId, dosingRecordId);
    if (!until) throw conflict('dose-not-at-home');
    const now = at.toISOString();
    if (until <= now) throw conflict('at-home-over');
    const token = newToken();
    await repo.insertLink(trx, {
      tokenHash: hashToken(token),
      organizationId: scope.organizationId,
      dosingRecordId: row.id,
      expiresAt: until,
      userId: scope.actor.userId,
      now,
    });
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'at-home.support-link',
      entityType: 'dosing-record',
      entityId: row.id,
      details: { clientId: row.client_id, expiresAt: until },
    });
    return { url: `${ctx.config.publicUrl}/checkin/${token}`, expiresAt: until };
  });
}

/** A support link's dose: 404 for an unknown (forged) token, 410 once the session is over. */
async function linkDose(trx: Tx, token: string, now: Date) {
  const hash = hashToken(token);
  const link = await repo.linkByHash(trx, hash);
  if (!link) throw notFound('Link');
  if (Date.parse(link.expires_at) <= now.getTime()) throw gone('link-expired', 'check-in-link-expired');
  const row = await getDosingRecord(trx, link.organization_id, link.dosing_record_id);
  if (!row) throw notFound('Link');
  return {
    actor: systemActor(`support-link:${hash.slice(0, 12)}`),
    dose: { organizationId: link.organization_id, dosingRecordId: row.id, clientId: row.client_id },
    expiresAt: link.expires_at,
  };
}

export function viewByLink(ctx: AppContext, token: string): Promise<HomeSessionView> {
  return transaction(ctx, async (trx) => {
    const now = new Date();
    const { actor, dose, expiresAt } = await linkDose(trx, token, now);
    await ctx.audit.append(trx, actor, {
      organizationId: dose.organizationId,
      action: 'at-home.support-link.view',
      entityType: 'dosing-record',
      entityId: dose.dosingRecordId,
      details: { clientId: dose.clientId },
    });
    return sessionView(trx, { ...dose, expiresAt }, now);
  });
}

/** `now`: the moment of the answer (a replayed past one only in the demo seed). */
export function answerByLink(
  ctx: AppContext,
  token: string,
  input: CheckinAnswerIn,
  now: Date = new Date(),
): Promise<CheckinResult> {
  return transaction(ctx, async (trx) => {
    const { actor, dose } = await linkDose(trx, token, now);
    return answerCheckin(ctx, trx, actor, 'support', dose, input, now);
  });
}

const clientActor = (clientId: string) => systemActor(`portal:client:${clientId}`);

/** The client's at-home sessions whose check-ins can still be answered. */
export function portalSessions(
  ctx: AppContext,
  p: { organizationId: string; clientId: string },
): Promise<{ items: HomeSessionView[] }> {
  return transaction(ctx, async (trx) => {
    const now = new Date();
    const items: HomeSessionView[] = [];
    for (const r of await repo.homeRecordsOfClient(trx, p.organizationId, p.clientId)) {
      const until = answerableUntil(r.ends_at, await repo.checkinsOf(trx, p.organizationId, r.id));
      if (Date.parse(until) > now.getTime())
        items.push(
          await sessionView(
            trx,
            {
              organizationId: p.organizationId,
              dosingRecordId: r.id,
              clientId: p.clientId,
              expiresAt: until,
            },
            now,
          ),
        );
    }
    await ctx.audit.append(trx, clientActor(p.clientId), {
      organizationId: p.organizationId,
      action: 'at-home.portal.view',
      entityType: 'client',
      entityId: p.clientId,
      details: { dosingRecordIds: items.map((i) => i.dosingRecordId) },
    });
    return { items };
  });
}

export function answerInPortal(
  ctx: AppContext,
  p: { organizationId: string; clientId: string },
  dosingRecordId: string,
  input: CheckinAnswerIn,
  now: Date = new Date(),
): Promise<CheckinResult> {
  return transaction(ctx, async (trx) => {
    const row = await getDosingRecord(trx, p.organizationId, dosingRecordId);
    if (!row || row.client_id !== p.clientId) throw notFound('At-home session');
    const { until } = await homeDose(trx, p.organizationId, row.id);
    if (!until) throw notFound('At-home session');
    if (Date.parse(until) <= now.getTime()) throw gone('session-over', 'at-home-over');
    const dose = { organizationId: p.organizationId, dosingRecordId: row.id, clientId: p.clientId };
    return answerCheckin(ctx, trx, clientActor(p.clientId), 'client', dose, input, now);
  });
}
