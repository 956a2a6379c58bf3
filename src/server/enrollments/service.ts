/**
 * Enrollments: a client in a program, from referral through screening, a clinician's eligibility
 * decision and consent to active care, completion or withdrawal. Every status change is stored as
 * an event and audited with its from, to and reason in the same transaction. Enrolling schedules
 * the client's personal sessions and books them onto their cohort's group sessions; dosing
 * sessions stay 'held' until the client is eligible and has consented to the current consent
 * document.
 */
import { randomUUID } from 'node:crypto';
import type {
  Enrollment,
  EnrollmentCreate,
  EnrollmentListQuery,
  EnrollmentSummary,
  TransitionInput,
} from '../../api/enrollments.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { planSessions } from '../../domain/programs/schedule.ts';
import { assertTransition, canTransition, isManualTransition } from '../../domain/programs/status.ts';
import type { EnrollmentStatus } from '../../domain/programs/types.ts';
import { enrolledCounts, getCohort, lockCohort } from '../cohorts/repository.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { visibleClient } from '../data-rights/visibility.ts';
import { enrollmentConfirmed } from '../messages/client-messages.ts';
import { organizationTimezone } from '../organizations/repository.ts';
import { checkCalendarDate } from '../programs/dates.ts';
import { loadDefinition, requireProgram } from '../programs/service.ts';
import { addAttendees, insertPlannedSessions } from '../sessions/writer.ts';
import * as sessionRepo from './enrollment-sessions.repository.ts';
import { checkFacilitator, refuseFacilitatorClashes } from './facilitator.ts';
import { readEnrollment, requireEnrollment, toSummary } from './read.ts';
import * as repo from './repository.ts';
import * as statusRepo from './status.repository.ts';

const WITHDRAWN_SESSION_REASON = 'Enrollment withdrawn';

/**
 * Moves an enrollment to `to`: checks the transition, writes the status and an event, and audits
 * from, to and reason. `auditReason` replaces a clinical free-text reason in the audit trail.
 */
export async function applyTransition(
  ctx: AppContext,
  trx: Tx,
  scope: OrgScope,
  e: repo.EnrollmentRow,
  to: EnrollmentStatus,
  reason: string | null,
  audit: { reason: string | null; details?: Record<string, unknown> },
  now: string,
): Promise<void> {
  const from = e.status as EnrollmentStatus;
  assertTransition(from, to, reason);
  if (
    !(await statusRepo.setStatus(trx, scope.organizationId, e.id, e.version, { status: to, reason }, now))
  ) {
    throw conflict('enrollment-stale');
  }
  await statusRepo.insertEvent(
    trx,
    scope.organizationId,
    { id: randomUUID(), enrollmentId: e.id, from, to, reason, userId: scope.actor.userId },
    now,
  );
  await ctx.audit.append(trx, scope.actor, {
    organizationId: scope.organizationId,
    action: 'enrollment.transition',
    entityType: 'enrollment',
    entityId: e.id,
    details: {
      clientId: e.client_id,
      from,
      to,
      reason: audit.reason,
      version: e.version + 1,
      ...audit.details,
    },
  });
  e.status = to;
  e.status_reason = reason;
  e.version += 1;
}

export async function listEnrollments(
  ctx: AppContext,
  scope: OrgScope,
  q: EnrollmentListQuery,
): Promise<EnrollmentSummary[]> {
  return transaction(ctx, async (trx) => {
    const rows = await repo.listEnrollments(trx, scope.organizationId, q);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'enrollment.list',
      entityType: 'enrollment',
      entityId: null,
      details: {
        clientId: q.clientId ?? null,
        cohortId: q.cohortId ?? null,
        programId: q.programId ?? null,
        status: q.status ?? null,
        clientIds: [...new Set(rows.map((r) => r.client_id))],
      },
    });
    return rows.map(toSummary);
  });
}

export async function viewEnrollment(ctx: AppContext, scope: OrgScope, id: string): Promise<Enrollment> {
  return transaction(ctx, async (trx) => {
    const enrollment = await readEnrollment(trx, scope.organizationId, id);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'enrollment.view',
      entityType: 'enrollment',
      entityId: id,
      details: { clientId: enrollment.client.id },
    });
    return enrollment;
  });
}

export async function createEnrollment(
  ctx: AppContext,
  scope: OrgScope,
  input: EnrollmentCreate,
): Promise<Enrollment> {
  return transaction(ctx, (trx) => createEnrollmentIn(ctx, trx, scope, input));
}

/** `createEnrollment` inside the caller's transaction (an accepted front-office offer enrolls). */
export async function createEnrollmentIn(
  ctx: AppContext,
  trx: Tx,
  scope: OrgScope,
  input: EnrollmentCreate,
): Promise<Enrollment> {
  const id = randomUUID();
  const now = new Date().toISOString();
  {
    const org = scope.organizationId;
    const client = await visibleClient(trx, scope, input.clientId);
    if (!client) throw notFound('Client');
    if (client.restricted_at) throw conflict('client-restricted-no-enrollment');
    if (client.archived_at) throw conflict('client-archived');
    const program = await requireProgram(trx, org, input.programId);
    if (program.archived_at) throw conflict('program-archived-enroll', { name: program.name });

    let cohort: Awaited<ReturnType<typeof getCohort>>;
    let startDate: string;
    let programVersion: number;
    if (program.format === 'cohort') {
      if (!input.cohortId) throw invalid('cohortId', 'required-cohort-program');
      cohort = await getCohort(trx, org, input.cohortId);
      if (!cohort || cohort.program_id !== program.id) {
        throw invalid('cohortId', 'not-cohort-program');
      }
      if (cohort.cancelled_at) throw conflict('cohort-cancelled', { name: cohort.name });
      if (input.startDate && input.startDate !== cohort.start_date) {
        throw invalid('startDate', 'cohorts-start-date-cohort-program', { start_date: cohort.start_date });
      }
      startDate = cohort.start_date;
      programVersion = cohort.program_version;
    } else {
      if (input.cohortId) throw invalid('cohortId', 'only-cohort-programs');
      if (!input.startDate) throw invalid('startDate', 'required-individual-program');
      startDate = checkCalendarDate('startDate', input.startDate);
      programVersion = program.current_version;
    }
    const definition = await loadDefinition(trx, org, program.id, programVersion);
    const arm = input.arm?.trim() || null;
    if (definition.arms.length && !arm) {
      throw invalid('arm', 'arm-required', { arms: definition.arms.map((a) => a.key).join(', ') });
    }
    if (arm && !definition.arms.some((a) => a.key === arm)) {
      throw definition.arms.length
        ? invalid('arm', 'one-of', { allowed: definition.arms.map((a) => a.key).join(', ') })
        : invalid('arm', 'program-no-arms');
    }

    if (input.facilitatorId) await checkFacilitator(trx, org, 'facilitatorId', input.facilitatorId);

    await repo.lockClient(trx, org, client.id);
    if ((await repo.openEnrollments(trx, org, client.id, program.id)).length) {
      throw conflict('client-enrolled-already', { name: program.name });
    }
    if (cohort) {
      await lockCohort(trx, org, cohort.id);
      const enrolled = (await enrolledCounts(trx, org, [cohort.id])).get(cohort.id) ?? 0;
      if (enrolled >= cohort.capacity) {
        throw conflict(
          'cohort-full',
          { name: cohort.name, enrolled, capacity: cohort.capacity },
          {
            capacity: cohort.capacity,
            enrolled,
          },
        );
      }
    }

    await repo.insertEnrollment(
      trx,
      org,
      {
        id,
        clientId: client.id,
        programId: program.id,
        programVersion,
        cohortId: cohort?.id ?? null,
        arm,
        condition: input.condition ?? null,
        startDate,
        status: 'referred',
        facilitatorId: input.facilitatorId ?? null,
      },
      now,
    );
    await statusRepo.insertEvent(
      trx,
      org,
      {
        id: randomUUID(),
        enrollmentId: id,
        from: null,
        to: 'referred',
        reason: null,
        userId: scope.actor.userId,
      },
      now,
    );

    // The client's personal sessions, relative to their start date (the cohort's in a cohort program).
    const timezone = await organizationTimezone(trx, org);
    const planned = planSessions(definition, { startDate, timezone, arm, kind: 'personal' });
    // Personal sessions get the enrollment's own facilitator (or no one), never the cohort's: the
    // cohort's facilitators run its group sessions.
    const facilitatorIds = input.facilitatorId ? [input.facilitatorId] : [];
    const owner = { programId: program.id, cohortId: cohort?.id ?? null, enrollmentId: id, roomId: null };
    const personal = [
      ...(await insertPlannedSessions(
        trx,
        org,
        { ...owner, facilitatorIds },
        planned.filter((p) => p.facilitatorsNeeded > 0),
        now,
      )),
      ...(await insertPlannedSessions(
        trx,
        org,
        { ...owner, facilitatorIds: [] },
        planned.filter((p) => p.facilitatorsNeeded <= 0),
        now,
      )),
    ].map((s) => ({ id: s.id, dosing: s.planned.dosing !== null }));
    if (facilitatorIds.length)
      await refuseFacilitatorClashes(
        trx,
        org,
        personal.map((s) => s.id),
      );
    const group = cohort
      ? (await sessionRepo.cohortGroupSessions(trx, org, cohort.id))
          .filter((s) => {
            const arms = s.arms ? (JSON.parse(s.arms) as string[]) : null;
            return arms === null || (arm !== null && arms.includes(arm));
          })
          .map((s) => ({ id: s.id, dosing: s.dosing === 1 }))
      : [];
    await addAttendees(
      trx,
      org,
      [...personal, ...group].map((s) => ({
        sessionId: s.id,
        enrollmentId: id,
        clientId: client.id,
        booking: s.dosing ? ('held' as const) : ('booked' as const),
      })),
    );

    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'enrollment.create',
      entityType: 'enrollment',
      entityId: id,
      details: {
        clientId: client.id,
        programId: program.id,
        programVersion,
        cohortId: cohort?.id ?? null,
        arm,
        startDate,
        to: 'referred',
        personalSessions: personal.length,
        groupSessions: group.length,
      },
    });
    await enrollmentConfirmed(
      ctx,
      trx,
      { organizationId: org, enrollmentId: id, clientId: client.id, program: program.name },
      now,
    );
    return readEnrollment(trx, org, id);
  }
}

export async function transition(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: TransitionInput,
): Promise<Enrollment> {
  const now = new Date().toISOString();
  const reason = input.reason?.trim() || null;
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const e = await requireEnrollment(trx, org, id);
    if (e.version !== input.version) {
      throw conflict(
        'enrollment-version-stale',
        { seen: input.version, current: e.version },
        { current: await readEnrollment(trx, org, id) },
      );
    }
    const from = e.status as EnrollmentStatus;
    const to = input.to;
    if (from === to) throw conflict('enrollment-status-already', { from });
    if (!isManualTransition(from, to)) {
      if (canTransition(from, to) && (to === 'eligible' || to === 'ineligible')) {
        throw conflict('enrollment-status-by-decision', { to, id });
      }
      if (canTransition(from, to) && to === 'consented') {
        throw conflict('enrollment-status-by-consent', { id });
      }
      assertTransition(from, to, reason);
      throw conflict('enrollment-move-refused', { from, to });
    }
    // The reason is free text (it may name the client): the audit entry says only that one was
    // given; the text is in the enrollment's history, which erasure can remove.
    await applyTransition(
      ctx,
      trx,
      scope,
      e,
      to,
      reason,
      { reason: null, details: { fields: reason ? ['statusReason'] : [] } },
      now,
    );
    if (to === 'withdrawn') {
      const cancelled = await sessionRepo.cancelFuturePersonalSessions(
        trx,
        org,
        id,
        WITHDRAWN_SESSION_REASON,
        now,
      );
      const left = await sessionRepo.leaveFutureGroupSessions(trx, org, id, now);
      await ctx.audit.append(trx, scope.actor, {
        organizationId: org,
        action: 'enrollment.withdraw-sessions',
        entityType: 'enrollment',
        entityId: id,
        details: { clientId: e.client_id, cancelledPersonalSessions: cancelled, leftGroupSessions: left },
      });
    }
    return readEnrollment(trx, org, id);
  });
}
