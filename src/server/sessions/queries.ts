/**
 * Reading the session calendar: sessions in a range or today's (attendee names are audited) and
 * one session as the detail page shows it (audited), with its note and dosing records by role.
 */

import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { SessionDetail, SessionList, SessionListQuery } from '../../api/sessions.ts';
import { can } from '../../domain/access/roles.ts';
import { invalid, notFound } from '../../domain/errors.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { slotInfoOf } from '../integration/service.ts';
import { calendarSessions } from './read-model.ts';
import * as repo from './repository.ts';
import { instant } from './time.ts';

const DAY_MS = 86_400_000;
export const MAX_RANGE_DAYS = 62;

/** May this role read session notes (the note shows in clients' timelines too)? */
export const mayReadNotes = (scope: OrgScope) =>
  can(scope.role, 'session.run') || can(scope.role, 'client.notes.read');

function range(q: SessionListQuery): { from: string; to: string } {
  const from = q.from !== undefined ? instant('from', q.from, 'query') : undefined;
  const to = q.to !== undefined ? instant('to', q.to, 'query') : undefined;
  const f = from ?? (to ? new Date(Date.parse(to) - 7 * DAY_MS).toISOString() : startOfUtcDay());
  const t = to ?? new Date(Date.parse(f) + 7 * DAY_MS).toISOString();
  if (Date.parse(t) <= Date.parse(f)) throw invalid('to', 'after-from', {}, 'query');
  if (Date.parse(t) - Date.parse(f) > MAX_RANGE_DAYS * DAY_MS)
    throw invalid('to', 'at-most-days-after-from', { maxRangeDays: MAX_RANGE_DAYS }, 'query');
  return { from: f, to: t };
}

function startOfUtcDay(): string {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())).toISOString();
}

/** Audits that attendee names were shown: which clients, for which filter. */
async function auditList(
  ctx: AppContext,
  trx: Tx,
  scope: OrgScope,
  items: SessionList['items'],
  filter: Record<string, unknown>,
) {
  const clientIds = [...new Set(items.flatMap((s) => s.attendees.map((a) => a.clientId)))].sort();
  if (!clientIds.length && !filter.clientId) return;
  await ctx.audit.append(trx, scope.actor, {
    organizationId: scope.organizationId,
    action: 'session.list',
    entityType: 'session',
    entityId: null,
    details: { ...filter, returned: items.length, clientIds },
  });
}

export async function listSessions(
  ctx: AppContext,
  scope: OrgScope,
  q: SessionListQuery,
): Promise<SessionList> {
  const { from, to } = range(q);
  return transaction(ctx, async (trx) => {
    const rows = await repo.listSessions(trx, scope.organizationId, {
      from,
      to,
      facilitatorId: q.facilitatorId,
      roomId: q.roomId,
      clientId: q.clientId,
      cohortId: q.cohortId,
      includeCancelled: q.includeCancelled ?? false,
    });
    const items = await calendarSessions(trx, scope.organizationId, rows);
    const filter = Object.fromEntries(
      Object.entries({
        from,
        to,
        facilitatorId: q.facilitatorId,
        roomId: q.roomId,
        clientId: q.clientId,
        cohortId: q.cohortId,
      }).filter(([, v]) => v !== undefined),
    );
    await auditList(ctx, trx, scope, items, filter);
    return { items };
  });
}

/** Today's sessions in the organization's time zone: the ones the user facilitates, or all. */
export async function todaysSessions(ctx: AppContext, scope: OrgScope, all: boolean): Promise<SessionList> {
  return transaction(ctx, async (trx) => {
    const zone = await repo.getTimezone(trx, scope.organizationId);
    const now = DateTime.now().setZone(zone);
    const day = (now.isValid ? now : DateTime.utc()).startOf('day');
    const from = day.toUTC().toISO()!;
    const to = day.plus({ days: 1 }).toUTC().toISO()!;
    const facilitatorId = all ? undefined : (scope.actor.userId ?? randomUUID());
    const rows = await repo.listSessions(trx, scope.organizationId, {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      facilitatorId,
      includeCancelled: true,
    });
    const items = await calendarSessions(trx, scope.organizationId, rows);
    if (can(scope.role, 'integration.read')) {
      const slots = await slotInfoOf(
        trx,
        scope.organizationId,
        items.map((s) => s.id),
      );
      for (const s of items) {
        const slot = slots.get(s.id);
        if (slot) s.integration = slot;
      }
    }
    await auditList(ctx, trx, scope, items, { today: true, all });
    return { items };
  });
}

/** The full session as the detail page shows it (notes and dosing records by role). */
export async function detailOf(trx: Tx, scope: OrgScope, id: string): Promise<SessionDetail> {
  const row = await repo.getSession(trx, scope.organizationId, id);
  if (!row) throw notFound('Session');
  const [session] = await calendarSessions(trx, scope.organizationId, [row]);
  const detail: SessionDetail = { ...session!, version: row.version };
  if (mayReadNotes(scope)) {
    detail.note = row.note;
    detail.noteBy = row.note_by_user_id ? { id: row.note_by_user_id, name: row.note_by_name ?? '' } : null;
    detail.noteAt = row.note_at;
  }
  if (can(scope.role, 'dosing.read')) {
    detail.dosingRecords = (await repo.dosingRefsOf(trx, scope.organizationId, [id])).map((d) => ({
      id: d.id,
      enrollmentId: d.enrollment_id,
      clientId: d.client_id,
      doseMg: d.dose_mg,
      route: d.route,
      startedAt: d.started_at,
    }));
  }
  return detail;
}

export async function viewSession(ctx: AppContext, scope: OrgScope, id: string): Promise<SessionDetail> {
  return transaction(ctx, async (trx) => {
    const detail = await detailOf(trx, scope, id);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'session.view',
      entityType: 'session',
      entityId: id,
      details: { clientIds: detail.attendees.map((a) => a.clientId) },
    });
    return detail;
  });
}
