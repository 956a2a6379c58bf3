/**
 * The client's portal home. A client signs in with a single-use link emailed to them (asked for on
 * the portal by email address — the answer never says whether the address is known — or sent by
 * staff); the link starts a portal session (a cookie holding a random token, stored as its hash)
 * that reaches only that client's own sessions, open questionnaires, scores and journal. Journal
 * entries are private until the client shares one; staff read only shared ones, audited.
 */
import { randomUUID } from 'node:crypto';
import type { PortalLanguage } from '../../api/portal.ts';
import type { JournalEntry, PortalHome } from '../../api/portal-home.ts';
import { lockName } from '../../db/advisory-lock.ts';
import { gone, invalid, notFound } from '../../domain/errors.ts';
import { findInstrument, instrumentNames } from '../../domain/instruments/registry.ts';
import { maySendRequestedLink, signInLinkWindowStart } from '../../domain/portal/sign-in-throttle.ts';
import { type Actor, systemActor } from '../audit/audit-log.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { visibleClient } from '../data-rights/visibility.ts';
import { insertToken } from '../invitations/repository.ts';
import { countSentTo } from '../outbox/repository.ts';
import { enqueue } from '../outbox/service.ts';
import { getTimezone } from '../sessions/repository.ts';
import { hashToken, newToken } from '../tokens.ts';
import { signInMail } from './home-messages.ts';
import * as repo from './home-repository.ts';

const LINK_MINUTES = 30;
const SESSION_DAYS = 7;
const UPCOMING_DAYS = 90;

export interface PortalPrincipal {
  organizationId: string;
  clientId: string;
  tokenHash: string;
}

const clientActor = (p: { clientId: string }): Actor => systemActor(`portal:client:${p.clientId}`);

/** Dedupe-key prefixes of sign-in emails: sent by staff, or asked for by address (throttled). */
const LINK_KEY = { staff: 'portal-link:', request: 'portal-link-request:' } as const;

async function mailLink(
  ctx: AppContext,
  trx: Tx,
  organizationId: string,
  clientId: string,
  now: Date,
  origin: keyof typeof LINK_KEY,
) {
  const client = await trx
    .selectFrom('clients as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .select(['c.given_name', 'c.preferred_name', 'c.email', 'c.language', 'o.name as organization'])
    .where('c.organization_id', '=', organizationId)
    .where('c.id', '=', clientId)
    // A restricted record is not processed: no sign-in links (src/server/data-rights).
    .where('c.restricted_at', 'is', null)
    .executeTakeFirst();
  if (!client) throw notFound('Client');
  if (!client.email) throw invalid('email', 'client-no-email-address-add');
  const token = newToken();
  const expiresAt = new Date(now.getTime() + LINK_MINUTES * 60_000).toISOString();
  await repo.insertLink(trx, {
    tokenHash: hashToken(token),
    organizationId,
    clientId,
    expiresAt,
    now: now.toISOString(),
  });
  const mail = signInMail(client.language as PortalLanguage, {
    organization: client.organization,
    clientName: client.preferred_name?.trim() || client.given_name,
    link: `${ctx.config.publicUrl}/portal/sign-in/${token}`,
    minutes: LINK_MINUTES,
  });
  await enqueue(
    ctx,
    trx,
    {
      organizationId,
      dedupeKey: `${LINK_KEY[origin]}${hashToken(token)}`,
      kind: 'portal-link',
      clientId,
      to: client.email,
      subject: mail.subject,
      body: mail.body,
    },
    now.toISOString(),
  );
  return { sentTo: client.email, expiresAt };
}

/** Staff send a client a sign-in link. */
export function sendPortalLink(ctx: AppContext, scope: OrgScope, clientId: string) {
  return transaction(ctx, async (trx) => {
    const sent = await mailLink(ctx, trx, scope.organizationId, clientId, new Date(), 'staff');
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'portal.link.send',
      entityType: 'client',
      entityId: clientId,
      details: {},
    });
    return sent;
  });
}

/**
 * A client asks for a link by email address: every matching client gets one, at most
 * SIGN_IN_LINKS_PER_WINDOW requested links per address in the window, counted in the outbox (so
 * the limit holds across restarts and across servers: the count and the send are one transaction
 * under a lock on the address, src/db/advisory-lock.ts). The route answers before this runs (see
 * home-routes.ts), so the caller learns nothing, not even from the time the answer takes.
 */
export async function requestSignInLink(ctx: AppContext, email: string): Promise<void> {
  const address = email.trim();
  const matches = await repo.clientsByEmail(ctx.db.kysely, address);
  const organizations = [...new Set(matches.map((c) => c.organization_id))];
  const now = new Date();
  for (const c of matches) {
    const sent = await transaction(ctx, async (trx) => {
      await lockName(trx, ctx.db.dialect, `portal-link-request:${address.toLowerCase()}`);
      const recent = await countSentTo(trx, organizations, {
        to: address,
        keyPrefix: LINK_KEY.request,
        since: signInLinkWindowStart(now).toISOString(),
      });
      if (!maySendRequestedLink(recent)) return false;
      await mailLink(ctx, trx, c.organization_id, c.id, now, 'request');
      await ctx.audit.append(trx, clientActor({ clientId: c.id }), {
        organizationId: c.organization_id,
        action: 'portal.link.request',
        entityType: 'client',
        entityId: c.id,
        details: {},
      });
      return true;
    });
    if (!sent) return;
  }
}

/** Uses a sign-in link; returns the new session's token (for the cookie) and when it ends. */
export function signIn(ctx: AppContext, token: string): Promise<{ token: string; expiresAt: string }> {
  const now = new Date();
  return transaction(ctx, async (trx) => {
    const hash = hashToken(token);
    const link = await repo.linkByHash(trx, hash);
    if (!link) throw notFound('Sign-in link');
    if (link.used_at) throw gone('link-used', 'sign-in-link-used');
    if (Date.parse(link.expires_at) < now.getTime()) throw gone('link-expired', 'sign-in-link-expired');
    if (!(await repo.useLink(trx, hash, now.toISOString()))) throw gone('link-used', 'sign-in-link-used');
    const session = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
    await repo.insertSession(trx, {
      tokenHash: hashToken(session),
      organizationId: link.organization_id,
      clientId: link.client_id,
      expiresAt,
      now: now.toISOString(),
    });
    await ctx.audit.append(trx, clientActor({ clientId: link.client_id }), {
      organizationId: link.organization_id,
      action: 'portal.sign-in',
      entityType: 'client',
      entityId: link.client_id,
      details: {},
    });
    return { token: session, expiresAt };
  });
}

export async function resolvePortalSession(ctx: AppContext, token: string): Promise<PortalPrincipal | null> {
  const hash = hashToken(token);
  const s = await repo.sessionByHash(ctx.db.kysely, hash);
  if (!s) return null;
  if (Date.parse(s.expires_at) < Date.now()) {
    await repo.deleteSession(ctx.db.kysely, hash);
    return null;
  }
  return { organizationId: s.organization_id, clientId: s.client_id, tokenHash: hash };
}

export const signOut = (ctx: AppContext, p: PortalPrincipal) =>
  repo.deleteSession(ctx.db.kysely, p.tokenHash);

export function portalHome(ctx: AppContext, p: PortalPrincipal): Promise<PortalHome> {
  const now = new Date();
  return transaction(ctx, async (trx) => {
    const who = await trx
      .selectFrom('clients as c')
      .innerJoin('organizations as o', 'o.id', 'c.organization_id')
      .select(['c.given_name', 'c.preferred_name', 'c.language', 'o.name as organization'])
      .where('c.organization_id', '=', p.organizationId)
      .where('c.id', '=', p.clientId)
      .executeTakeFirst();
    if (!who) throw notFound('Client');
    const until = new Date(now.getTime() + UPCOMING_DAYS * 86_400_000).toISOString();
    const [sessions, open, scores, timezone] = await Promise.all([
      repo.upcomingSessions(trx, p.organizationId, p.clientId, now.toISOString(), until),
      repo.openInvitations(trx, p.organizationId, p.clientId, now.toISOString()),
      repo.scoredResponses(trx, p.organizationId, p.clientId),
      getTimezone(trx, p.organizationId),
    ]);
    // A fresh link for each open questionnaire (the emailed ones keep working too).
    const questionnaires: PortalHome['questionnaires'] = [];
    for (const inv of open) {
      const token = newToken();
      await insertToken(trx, inv.id, hashToken(token), now.toISOString());
      questionnaires.push({
        label: inv.label,
        instrumentName: instrumentNames(inv.instrument_id).name,
        closesAt: inv.closes_at,
        href: `/p/${token}`,
      });
    }
    const byInstrument = new Map<string, PortalHome['history'][number]>();
    for (const r of scores) {
      const def = findInstrument(r.instrument_id);
      if (!def || r.total === null) continue;
      let h = byInstrument.get(def.id);
      if (!h) {
        h = {
          instrumentId: def.id,
          name: def.name,
          shortName: def.shortName,
          range: def.totalRange,
          bands: def.bands?.value ?? [],
          better: def.change.better,
          points: [],
        };
        byInstrument.set(def.id, h);
      }
      h.points.push({ at: r.administered_at, total: r.total, severity: r.severity });
    }
    await ctx.audit.append(trx, clientActor(p), {
      organizationId: p.organizationId,
      action: 'portal.home.view',
      entityType: 'client',
      entityId: p.clientId,
      details: {},
    });
    return {
      client: {
        name: who.preferred_name?.trim() || who.given_name,
        language: who.language === 'nl' ? 'nl' : 'en',
      },
      organization: { name: who.organization },
      timezone,
      sessions: sessions.map((s) => ({
        id: s.id,
        name: s.name,
        kind: s.kind as 'personal' | 'group',
        startsAt: s.starts_at,
        endsAt: s.ends_at,
        room: s.room,
        location: s.location,
      })),
      questionnaires,
      history: [...byInstrument.values()],
    };
  });
}

const toEntry = (r: repo.JournalRow): JournalEntry => ({
  id: r.id,
  body: r.body,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  sharedAt: r.shared_at,
});

export async function listJournal(ctx: AppContext, p: PortalPrincipal): Promise<{ items: JournalEntry[] }> {
  return { items: (await repo.journalOf(ctx.db.kysely, p.organizationId, p.clientId)).map(toEntry) };
}

function cleanBody(body: string): string {
  const text = body.trim();
  if (!text) throw invalid('body', 'blank-empty');
  return text;
}

async function journalWrite(
  ctx: AppContext,
  p: PortalPrincipal,
  action: string,
  id: string,
  fn: (trx: Tx, now: string) => Promise<void>,
): Promise<JournalEntry> {
  return transaction(ctx, async (trx) => {
    const now = new Date().toISOString();
    await fn(trx, now);
    await ctx.audit.append(trx, clientActor(p), {
      organizationId: p.organizationId,
      action,
      entityType: 'client',
      entityId: p.clientId,
      details: { journalEntryId: id },
    });
    const row = await repo.journalEntry(trx, p.organizationId, p.clientId, id);
    if (!row) throw notFound('Journal entry');
    return toEntry(row);
  });
}

export function addJournal(ctx: AppContext, p: PortalPrincipal, body: string): Promise<JournalEntry> {
  const text = cleanBody(body);
  const id = randomUUID();
  return journalWrite(ctx, p, 'journal.create', id, (trx, now) =>
    repo.insertJournal(trx, {
      id,
      organization_id: p.organizationId,
      client_id: p.clientId,
      body: text,
      shared_at: null,
      created_at: now,
      updated_at: now,
    }),
  );
}

async function requireEntry(trx: Tx, p: PortalPrincipal, id: string) {
  const row = await repo.journalEntry(trx, p.organizationId, p.clientId, id);
  if (!row) throw notFound('Journal entry');
  return row;
}

export function editJournal(
  ctx: AppContext,
  p: PortalPrincipal,
  id: string,
  body: string,
): Promise<JournalEntry> {
  const text = cleanBody(body);
  return journalWrite(ctx, p, 'journal.update', id, async (trx, now) => {
    await requireEntry(trx, p, id);
    await repo.updateJournal(trx, p.organizationId, p.clientId, id, { body: text, updated_at: now });
  });
}

export function shareJournal(
  ctx: AppContext,
  p: PortalPrincipal,
  id: string,
  shared: boolean,
): Promise<JournalEntry> {
  return journalWrite(ctx, p, shared ? 'journal.share' : 'journal.unshare', id, async (trx, now) => {
    const row = await requireEntry(trx, p, id);
    if (shared === (row.shared_at !== null)) return;
    await repo.updateJournal(trx, p.organizationId, p.clientId, id, { shared_at: shared ? now : null });
  });
}

export function deleteJournal(ctx: AppContext, p: PortalPrincipal, id: string): Promise<void> {
  return transaction(ctx, async (trx) => {
    await requireEntry(trx, p, id);
    await repo.deleteJournal(trx, p.organizationId, p.clientId, id);
    await ctx.audit.append(trx, clientActor(p), {
      organizationId: p.organizationId,
      action: 'journal.delete',
      entityType: 'client',
      entityId: p.clientId,
      details: { journalEntryId: id },
    });
  });
}

/** Staff read the entries a client shared, audited. */
export function sharedJournal(
  ctx: AppContext,
  scope: OrgScope,
  clientId: string,
): Promise<{ items: JournalEntry[] }> {
  return transaction(ctx, async (trx) => {
    if (!(await visibleClient(trx, scope, clientId))) throw notFound('Client');
    const rows = await repo.journalOf(trx, scope.organizationId, clientId, true);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'client.journal.view',
      entityType: 'client',
      entityId: clientId,
      details: { count: rows.length },
    });
    return { items: rows.map(toEntry) };
  });
}
