/**
 * Invitations over time, run by the scheduler: open an invitation when a planned questionnaire's
 * window opens, email it (and remind every N days while the window is open), and close it when the
 * window passes unanswered, raising a "missed" alert. Each step is idempotent and safe to run in
 * several processes at once: creation is unique per enrollment × timepoint, each send is claimed
 * with a compare-and-set and its email is written to the outbox under a dedupe key in the same
 * transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Invitation } from '../../api/invitations.ts';
import { notFound } from '../../domain/errors.ts';
import { instrumentNames } from '../../domain/instruments/registry.ts';
import { invitationsToCreate } from '../../domain/portal/invitations.ts';
import { alertForMissed } from '../../domain/safety/alerts.ts';
import { raiseAlerts } from '../alerts/service.ts';
import { systemActor } from '../audit/audit-log.ts';
import { type AppContext, type OrgScope, transaction } from '../context.ts';
import { visibleClient } from '../data-rights/visibility.ts';
import { definitionFromRow } from '../programs/stored-definition.ts';
import * as sessions from '../sessions/repository.ts';
import { enrollmentAssessments } from '../timeline/assessments.ts';
import * as timeline from '../timeline/repository.ts';
import * as repo from './repository.ts';

const SCHEDULER = systemActor('scheduler');
const BATCH = 200;

/** Creates the invitations whose window is open; returns how many were created. */
export async function openDueInvitations(ctx: AppContext, now: string): Promise<number> {
  const db = ctx.db.kysely;
  const enrollments = await repo.invitableEnrollments(db);
  const zones = new Map<string, string>();
  let created = 0;
  for (const e of enrollments) {
    const org = e.organization_id;
    if (!zones.has(org)) zones.set(org, await sessions.getTimezone(db, org));
    const definition = definitionFromRow(e.definition, {
      programId: e.program_id,
      version: e.program_version,
    });
    const [rows, responses, existing] = await Promise.all([
      sessions.sessionsOfEnrollment(db, org, e.id),
      timeline.responseRefsOf(db, org, e.client_id),
      repo.keysOf(db, e.id),
    ]);
    const due = enrollmentAssessments(definition, e, rows, responses, zones.get(org)!, now);
    for (const plan of invitationsToCreate(due, existing)) {
      const id = randomUUID();
      const inserted = await transaction(ctx, async (trx) => {
        const ok = await repo.insertInvitation(trx, {
          id,
          organization_id: org,
          client_id: e.client_id,
          enrollment_id: e.id,
          plan_key: plan.key,
          instrument_id: plan.instrumentId,
          label: plan.label,
          due_at: plan.dueAt,
          closes_at: plan.closesAt,
          status: 'pending',
          reminder_every_days: definition.reminderEveryDays ?? 0,
          next_send_at: now,
          created_at: now,
          updated_at: now,
        });
        if (ok)
          await ctx.audit.append(trx, SCHEDULER, {
            organizationId: org,
            action: 'invitation.create',
            entityType: 'client',
            entityId: e.client_id,
            details: {
              invitationId: id,
              enrollmentId: e.id,
              planKey: plan.key,
              instrumentId: plan.instrumentId,
            },
          });
        return ok;
      });
      if (inserted) created++;
    }
  }
  return created;
}

/** Closes invitations whose window passed unanswered, with a "missed" alert each. */
export async function expireInvitations(ctx: AppContext, now: string): Promise<number> {
  let expired = 0;
  for (const inv of await repo.closedUnanswered(ctx.db.kysely, now, BATCH)) {
    const done = await transaction(ctx, async (trx) => {
      if (!(await repo.markExpired(trx, inv.id, now))) return false;
      const instrument = instrumentNames(inv.instrument_id).shortName;
      await raiseAlerts(ctx, trx, SCHEDULER, {
        organizationId: inv.organization_id,
        clientId: inv.client_id,
        drafts: [alertForMissed({ invitationId: inv.id, label: inv.label, instrument })],
        refs: { invitationId: inv.id },
        now,
      });
      await ctx.audit.append(trx, SCHEDULER, {
        organizationId: inv.organization_id,
        action: 'invitation.expire',
        entityType: 'client',
        entityId: inv.client_id,
        details: { invitationId: inv.id },
      });
      return true;
    });
    if (done) expired++;
  }
  return expired;
}

export function toInvitation(r: repo.InvitationRow): Invitation {
  return {
    id: r.id,
    clientId: r.client_id,
    enrollmentId: r.enrollment_id,
    planKey: r.plan_key,
    instrumentId: r.instrument_id,
    label: r.label,
    dueAt: r.due_at,
    closesAt: r.closes_at,
    status: r.status as Invitation['status'],
    sends: r.sends,
    lastSentAt: r.last_sent_at,
    nextSendAt: r.next_send_at,
    openedAt: r.opened_at,
    completedAt: r.completed_at,
    responseId: r.response_id,
  };
}

export async function listClientInvitations(ctx: AppContext, scope: OrgScope, clientId: string) {
  return transaction(ctx, async (trx) => {
    const client = await visibleClient(trx, scope, clientId);
    if (!client) throw notFound('Client');
    const rows = await repo.listForClient(trx, scope.organizationId, clientId);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'client.invitations.view',
      entityType: 'client',
      entityId: clientId,
      details: { count: rows.length },
    });
    return { items: rows.map(toInvitation) };
  });
}
