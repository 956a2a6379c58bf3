/**
 * Calendar feeds: a subscription URL per staff member (the sessions they facilitate) or per client
 * (the sessions they attend). The URL holds 32 random bytes (base64url); only their SHA-256 is
 * stored, so the database cannot give a feed away, and a revoked feed answers 404 like an unknown
 * one. Client feeds carry the session name, time and location only: no program, no notes, no
 * other people. Staff feeds name the program and cohort but never a client.
 */
import { randomUUID } from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import type { CreatedFeed, Feed, FeedCreate } from '../../api/calendar-feeds.ts';
import { can } from '../../domain/access/roles.ts';
import { forbidden, invalid, notFound } from '../../domain/errors.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import * as repo from './repository.ts';

const DAY_MS = 86_400_000;
/** What a feed publishes: from 60 days ago to 400 days ahead. */
const PAST_DAYS = 60;
const FUTURE_DAYS = 400;

export { hashToken, newToken } from '../tokens.ts';

import { hashToken, newToken } from '../tokens.ts';

/** Who may see and revoke a feed: owners all; others their own, and client feeds with enrollment.manage. */
function visibility(scope: OrgScope) {
  return {
    all: can(scope.role, 'member.manage'),
    userId: scope.actor.userId,
    clients: can(scope.role, 'enrollment.manage'),
  };
}

function mayManage(scope: OrgScope, f: { owner_type: string; owner_id: string }): boolean {
  const v = visibility(scope);
  if (v.all) return true;
  if (f.owner_type === 'client') return v.clients;
  return f.owner_id === v.userId;
}

async function toFeeds(trx: Tx, organizationId: string, rows: repo.FeedRow[]): Promise<Feed[]> {
  const names = await repo.ownerNames(
    trx,
    organizationId,
    [...new Set(rows.filter((r) => r.owner_type === 'user').map((r) => r.owner_id))],
    [...new Set(rows.filter((r) => r.owner_type === 'client').map((r) => r.owner_id))],
  );
  return rows.map((r) => ({
    id: r.id,
    ownerType: r.owner_type as Feed['ownerType'],
    ownerId: r.owner_id,
    ownerName: names.get(r.owner_id) ?? '(no longer a member)',
    createdAt: r.created_at,
    createdBy: r.created_by_user_id ? { id: r.created_by_user_id, name: r.created_by_name ?? '' } : null,
    revokedAt: r.revoked_at,
  }));
}

export async function createFeed(
  ctx: AppContext,
  scope: OrgScope,
  input: FeedCreate,
  baseUrl: string,
): Promise<CreatedFeed> {
  if (input.ownerType === 'client' && !can(scope.role, 'enrollment.manage'))
    throw forbidden('calendar-feed-role', { role: scope.role });
  if (input.ownerType === 'user' && input.ownerId !== scope.actor.userId && !can(scope.role, 'member.manage'))
    throw forbidden('calendar-feed-own');
  const token = newToken();
  const id = randomUUID();
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    if (input.ownerType === 'user' && !(await repo.isMember(trx, scope.organizationId, input.ownerId)))
      throw invalid('ownerId', 'not-member');
    if (input.ownerType === 'client' && !(await repo.getClientRef(trx, scope.organizationId, input.ownerId)))
      throw invalid('ownerId', 'not-client-organization');
    await repo.insertFeed(trx, scope.organizationId, {
      id,
      ownerType: input.ownerType,
      ownerId: input.ownerId,
      tokenHash: hashToken(token),
      userId: scope.actor.userId,
      now,
    });
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'calendar-feed.create',
      entityType: 'calendar-feed',
      entityId: id,
      details: { ownerType: input.ownerType, ownerId: input.ownerId },
    });
    const [feed] = await toFeeds(trx, scope.organizationId, [
      (await repo.getFeed(trx, scope.organizationId, id))!,
    ]);
    return { ...feed!, url: `${baseUrl}/ical/${token}` };
  });
}

export async function listFeeds(ctx: AppContext, scope: OrgScope): Promise<{ items: Feed[] }> {
  return transaction(ctx, async (trx) => {
    const rows = await repo.listFeeds(trx, scope.organizationId, visibility(scope));
    const items = await toFeeds(trx, scope.organizationId, rows);
    const clientIds = [...new Set(items.filter((f) => f.ownerType === 'client').map((f) => f.ownerId))];
    if (clientIds.length)
      await ctx.audit.append(trx, scope.actor, {
        organizationId: scope.organizationId,
        action: 'calendar-feed.list',
        entityType: 'calendar-feed',
        entityId: null,
        details: { clientIds },
      });
    return { items };
  });
}

export async function revokeFeed(ctx: AppContext, scope: OrgScope, id: string): Promise<Feed> {
  return transaction(ctx, async (trx) => {
    const row = await repo.getFeed(trx, scope.organizationId, id);
    if (!row || !mayManage(scope, row)) throw notFound('Calendar feed');
    if (!row.revoked_at) {
      await repo.revokeFeed(trx, scope.organizationId, id, new Date().toISOString());
      await ctx.audit.append(trx, scope.actor, {
        organizationId: scope.organizationId,
        action: 'calendar-feed.revoke',
        entityType: 'calendar-feed',
        entityId: id,
        details: { ownerType: row.owner_type, ownerId: row.owner_id },
      });
    }
    const [feed] = await toFeeds(trx, scope.organizationId, [
      (await repo.getFeed(trx, scope.organizationId, id))!,
    ]);
    return feed!;
  });
}

const STATUS = (s: repo.FeedSessionRow): ICalEventStatus =>
  s.status === 'cancelled'
    ? ICalEventStatus.CANCELLED
    : s.booking === 'held'
      ? ICalEventStatus.TENTATIVE
      : ICalEventStatus.CONFIRMED;

const locationOf = (s: repo.FeedSessionRow) =>
  [s.room_name, s.cohort_location].filter((x): x is string => Boolean(x?.trim())).join(', ') || null;

/** The iCalendar text behind a token; unknown and revoked tokens are not found (the same answer). */
export async function renderFeed(ctx: AppContext, tokenParam: string): Promise<string> {
  const token = tokenParam.replace(/\.ics$/, '');
  const db = ctx.db.kysely;
  const feed = await repo.findLiveFeedByHash(db, hashToken(token));
  if (!feed) throw notFound('Calendar feed');
  const org = await repo.getOrganizationName(db, feed.organization_id);
  if (!org) throw notFound('Calendar feed');
  const now = Date.now();
  const from = new Date(now - PAST_DAYS * DAY_MS).toISOString();
  const to = new Date(now + FUTURE_DAYS * DAY_MS).toISOString();
  let sessions: repo.FeedSessionRow[];
  if (feed.owner_type === 'user') {
    if (!(await repo.isMember(db, feed.organization_id, feed.owner_id))) throw notFound('Calendar feed');
    sessions = await repo.facilitatorFeedSessions(db, feed.organization_id, feed.owner_id, from, to);
  } else {
    if (!(await repo.getClientRef(db, feed.organization_id, feed.owner_id))) throw notFound('Calendar feed');
    sessions = await repo.clientFeedSessions(db, feed.organization_id, feed.owner_id, from, to);
  }
  const seen = new Set<string>();
  const client = feed.owner_type === 'client';
  const calendar = ical({
    name: client ? `Sessions at ${org.name}` : `My sessions at ${org.name}`,
    prodId: { company: 'Threshold', product: 'Threshold', language: 'EN' },
    ttl: 60 * 60,
    x: { 'X-WR-TIMEZONE': org.timezone },
  });
  for (const s of sessions) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    calendar.createEvent({
      id: s.id,
      start: new Date(s.starts_at),
      end: new Date(s.ends_at),
      stamp: new Date(s.updated_at),
      sequence: Math.max(0, s.version - 1),
      summary: s.name,
      location: locationOf(s),
      status: STATUS(s),
      // Staff see which program and cohort; a client's calendar (often a third-party service) does not.
      description: client ? null : [s.program_name, s.cohort_name].filter(Boolean).join(' · '),
    });
  }
  return calendar.toString();
}
