/**
 * Staff's "Send now" / "Resend": email one of an enrollment's questionnaires at once instead of
 * waiting for the scheduler. A timepoint whose window is open and that has no invitation yet gets
 * one now — a baseline already from enrollment, before its window opens; an invitation still open
 * is sent again (a fresh link to the same invitation; earlier links keep working). A timepoint that
 * is answered, closed or not open yet is refused with why — an answer before the window opens
 * would not count for it. Outside the one-a-day check-in limit
 * (a person asked for it); audited with who sent it.
 */
import { randomUUID } from 'node:crypto';
import type { Invitation } from '../../api/invitations.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { formatWhen } from '../../domain/messages/format.ts';
import { invitationKey, sendableNow } from '../../domain/portal/invitations.ts';
import type { AssessmentDue } from '../../domain/programs/types.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { visibleClient } from '../data-rights/visibility.ts';
import { requireEnrollment } from '../enrollments/read.ts';
import { loadDefinition } from '../programs/service.ts';
import * as sessions from '../sessions/repository.ts';
import { enrollmentAssessments } from '../timeline/assessments.ts';
import * as timeline from '../timeline/repository.ts';
import { writeCheckIn } from './mail.ts';
import * as repo from './repository.ts';
import { claimAll } from './send.ts';
import { toInvitation } from './service.ts';

const OPEN = new Set(['pending', 'sent']);

async function assessmentOf(
  trx: Tx,
  org: string,
  e: Awaited<ReturnType<typeof requireEnrollment>>,
  key: string,
  now: string,
) {
  const zone = await sessions.getTimezone(trx, org);
  const [definition, rows, responses] = await Promise.all([
    loadDefinition(trx, org, e.program_id, e.program_version),
    sessions.sessionsOfEnrollment(trx, org, e.id),
    timeline.responseRefsOf(trx, org, e.client_id),
  ]);
  const due = enrollmentAssessments(definition, e, rows, responses, zone, now);
  const a = due.find((d) => invitationKey(d) === key);
  if (!a)
    throw invalid('key', 'not-questionnaire-timepoint-enrollment', {
      value: due.map(invitationKey).join(', '),
    });
  return { a, zone, reminderEveryDays: definition.reminderEveryDays ?? 0 };
}

function refuse(a: AssessmentDue, zone: string): never {
  if (a.status === 'done') throw conflict('questionnaire-answered');
  if (a.status === 'missed') throw conflict('questionnaire-window-closed');
  if (a.status === 'upcoming' && a.windowOpensAt) {
    const w = formatWhen(a.windowOpensAt, zone, 'en');
    throw conflict(
      'questionnaire-not-open',
      { date: w.date, time: w.time, timezone: w.timezone },
      { opensAt: a.windowOpensAt },
    );
  }
  throw conflict('questionnaire-undated');
}

/** Opens (if needed) and emails one questionnaire of an enrollment now. */
export async function sendNow(
  ctx: AppContext,
  scope: OrgScope,
  enrollmentId: string,
  key: string,
): Promise<{ invitation: Invitation; resent: boolean }> {
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const e = await requireEnrollment(trx, org, enrollmentId);
    const client = await visibleClient(trx, scope, e.client_id);
    if (!client) throw notFound('Enrollment');
    if (['withdrawn', 'ineligible'].includes(e.status))
      throw conflict('enrollment-status', { status: e.status });
    if (!client.email) throw conflict('client-no-email');
    let inv = await repo.byKey(trx, org, e.id, key);
    const resent = inv !== undefined;
    if (inv && !(OPEN.has(inv.status) && Date.parse(inv.closes_at) > Date.parse(now)))
      throw conflict(inv.status === 'completed' ? 'questionnaire-answered' : 'invitation-closed');
    if (!inv) {
      const { a, zone, reminderEveryDays } = await assessmentOf(trx, org, e, key, now);
      if (!sendableNow(a, now) || !a.dueAt || !a.windowClosesAt) refuse(a, zone);
      await repo.insertInvitation(trx, {
        id: randomUUID(),
        organization_id: org,
        client_id: e.client_id,
        enrollment_id: e.id,
        plan_key: key,
        instrument_id: a.instrumentId,
        label: a.label,
        due_at: a.dueAt,
        closes_at: a.windowClosesAt,
        status: 'pending',
        reminder_every_days: reminderEveryDays,
        next_send_at: now,
        created_at: now,
        updated_at: now,
      });
      inv = (await repo.byKey(trx, org, e.id, key))!;
    }
    const [claimed] = await claimAll(trx, [inv], now);
    if (!claimed) throw conflict('questionnaire-sending');
    const n = inv.sends + 1;
    const result = await writeCheckIn(ctx, trx, [inv], `send-now:${inv.id}:${n}`, now);
    if (result !== 'written') throw conflict('email-not-written');
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: resent ? 'invitation.resend' : 'invitation.send-now',
      entityType: 'client',
      entityId: e.client_id,
      details: {
        invitationId: inv.id,
        enrollmentId: e.id,
        planKey: key,
        instrumentId: inv.instrument_id,
        send: n,
      },
    });
    return { invitation: toInvitation((await repo.byKey(trx, org, e.id, key))!), resent };
  });
}
