/**
 * Enrollments: a client in a program, from referral through screening, a clinician's eligibility
 * decision and consent to active care, completion or withdrawal. Every status change is stored as
 * an event and audited with its from, to and reason in the same transaction. Enrolling schedules
 * the client's personal sessions and books them onto their cohort's group sessions; dosing
 * sessions stay 'held' until the client is eligible and has consented to the current consent
 * document.
 */
import { randomUUID } from 'node:crypto';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { planSessions } from '../../domain/programs/schedule.ts';
import { assertTransition, canTransition, isManualTransition } from '../../domain/programs/status.ts';
import type { EnrollmentStatus, Modality } from '../../domain/programs/types.ts';
import {
  assertCanDecide,
  type Checklist,
  checklistFor,
  evaluateScreening,
  type IntakeVitals,
  normalizeIntakeVitals,
  type ScreeningAnswer,
} from '../../domain/screening/index.ts';
import { getClient } from '../clients/repository.ts';
import { enrolledCounts, facilitatorsOf, getCohort, lockCohort } from '../cohorts/repository.ts';
import { clientName } from '../cohorts/service.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { organizationTimezone } from '../organizations/repository.ts';
import { checkCalendarDate } from '../programs/dates.ts';
import { currentConsentDocument } from '../programs/repository.ts';
import { loadDefinition, requireProgram } from '../programs/service.ts';
import { addAttendees, insertPlannedSessions, releaseHeldBookings } from '../sessions/writer.ts';
import { enrollmentClearance } from './clearance.ts';
import * as repo from './repository.ts';
import type {
  Consent,
  ConsentCreate,
  DecisionInput,
  Enrollment,
  EnrollmentCreate,
  EnrollmentListQuery,
  EnrollmentSummary,
  Screening,
  ScreeningCreate,
  TransitionInput,
} from './schema.ts';

const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
const WITHDRAWN_SESSION_REASON = 'Enrollment withdrawn';

function toSummary(r: repo.EnrollmentSummaryRow): EnrollmentSummary {
  return {
    id: r.id,
    client: { id: r.client_id, name: clientName(r) },
    program: { id: r.program_id, name: r.program_name },
    programVersion: r.program_version,
    cohort: r.cohort_id ? { id: r.cohort_id, name: r.cohort_name ?? '' } : null,
    arm: r.arm,
    startDate: r.start_date,
    status: r.status as EnrollmentStatus,
    statusChangedAt: r.status_changed_at,
  };
}

const userRef = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

/**
 * Evaluates stored answers with the modality's current checklist. Answers to items a later checklist
 * version dropped are left out rather than refused (a decision on such a screening is refused).
 */
function evaluateAgainstCurrent(modality: Modality, answers: Record<string, ScreeningAnswer>) {
  const list = checklistFor(modality);
  const known = new Set(list.items.map((i) => i.id));
  return evaluateScreening(list, Object.fromEntries(Object.entries(answers).filter(([k]) => known.has(k))));
}

function toScreening(s: repo.ScreeningRow): Screening {
  const answers = JSON.parse(s.answers) as Record<string, ScreeningAnswer>;
  const modality = s.modality as Modality;
  return {
    id: s.id,
    modality,
    checklistVersion: s.checklist_version,
    answers,
    evaluation: evaluateAgainstCurrent(modality, answers),
    medications: JSON.parse(s.medications) as Screening['medications'],
    vitals: JSON.parse(s.vitals) as IntakeVitals,
    notes: s.notes,
    recordedAt: s.recorded_at,
    recordedBy: userRef(s.recorded_by_user_id, s.recorded_by_name),
    decision: s.decision as Screening['decision'],
    rationale: s.rationale,
    decidedAt: s.decided_at,
    decidedBy: userRef(s.decided_by_user_id, s.decided_by_name),
  };
}

/** An enrollment of this organization, or the same 404 for a random id and another organization's. */
async function requireEnrollment(trx: Tx, organizationId: string, id: string): Promise<repo.EnrollmentRow> {
  const e = await repo.getEnrollment(trx, organizationId, id);
  if (!e) throw notFound('Enrollment');
  return e;
}

async function readEnrollment(trx: Tx, organizationId: string, id: string): Promise<Enrollment> {
  const row = await repo.getEnrollmentSummary(trx, organizationId, id);
  if (!row) throw notFound('Enrollment');
  const [events, screenings, consents, clearance] = await Promise.all([
    repo.listEvents(trx, organizationId, id),
    repo.listScreenings(trx, organizationId, id),
    repo.listConsents(trx, organizationId, id),
    enrollmentClearance(trx, organizationId, row),
  ]);
  return {
    ...toSummary(row),
    version: row.version,
    statusReason: row.status_reason,
    createdAt: row.created_at,
    events: events.map((v) => ({
      from: v.from_status as EnrollmentStatus | null,
      to: v.to_status as EnrollmentStatus,
      reason: v.reason,
      at: v.at,
      by: userRef(v.user_id, v.user_name),
    })),
    screenings: screenings.map(toScreening),
    consents: consents.map(
      (c): Consent => ({
        id: c.id,
        documentId: c.document_id,
        documentVersion: c.document_version,
        documentTitle: c.document_title,
        signedAt: c.signed_at,
        method: c.method as Consent['method'],
        recordedBy: userRef(c.recorded_by_user_id, c.recorded_by_name),
        createdAt: c.created_at,
        withdrawnAt: c.withdrawn_at,
      }),
    ),
    clearance,
  };
}

/**
 * Moves an enrollment to `to`: checks the transition, writes the status and an event, and audits
 * from, to and reason. `auditReason` replaces a clinical free-text reason in the audit trail.
 */
async function applyTransition(
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
  if (!(await repo.setStatus(trx, scope.organizationId, e.id, e.version, { status: to, reason }, now))) {
    throw conflict('This enrollment was changed by someone else. Nothing was saved.');
  }
  await repo.insertEvent(
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
  const id = randomUUID();
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const client = await getClient(trx, org, input.clientId);
    if (!client) throw notFound('Client');
    if (client.archived_at) throw conflict('This client is archived: restore them to enroll them.');
    const program = await requireProgram(trx, org, input.programId);
    if (program.archived_at) throw conflict(`${program.name} is archived: restore it to enroll clients.`);

    let cohort: Awaited<ReturnType<typeof getCohort>>;
    let startDate: string;
    let programVersion: number;
    if (program.format === 'cohort') {
      if (!input.cohortId) throw invalid('cohortId', 'is required: this is a cohort program');
      cohort = await getCohort(trx, org, input.cohortId);
      if (!cohort || cohort.program_id !== program.id) {
        throw invalid('cohortId', 'is not a cohort of this program');
      }
      if (cohort.cancelled_at) throw conflict(`The cohort ${cohort.name} was cancelled.`);
      if (input.startDate && input.startDate !== cohort.start_date) {
        throw invalid('startDate', `is the cohort's start date (${cohort.start_date}) in a cohort program`);
      }
      startDate = cohort.start_date;
      programVersion = cohort.program_version;
    } else {
      if (input.cohortId) throw invalid('cohortId', 'is only for cohort programs');
      if (!input.startDate) throw invalid('startDate', 'is required: this is an individual program');
      startDate = checkCalendarDate('startDate', input.startDate);
      programVersion = program.current_version;
    }
    const definition = await loadDefinition(trx, org, program.id, programVersion);
    const arm = input.arm?.trim() || null;
    if (definition.arms.length && !arm) {
      throw invalid('arm', `is required: choose one of ${definition.arms.map((a) => a.key).join(', ')}`);
    }
    if (arm && !definition.arms.some((a) => a.key === arm)) {
      throw invalid(
        'arm',
        definition.arms.length
          ? `must be one of ${definition.arms.map((a) => a.key).join(', ')}`
          : 'this program has no arms',
      );
    }

    await repo.lockClient(trx, org, client.id);
    if ((await repo.openEnrollments(trx, org, client.id, program.id)).length) {
      throw conflict(`This client is already enrolled in ${program.name}.`);
    }
    if (cohort) {
      await lockCohort(trx, org, cohort.id);
      const enrolled = (await enrolledCounts(trx, org, [cohort.id])).get(cohort.id) ?? 0;
      if (enrolled >= cohort.capacity) {
        throw conflict(`The cohort ${cohort.name} is full (${enrolled} of ${cohort.capacity} places).`, {
          capacity: cohort.capacity,
          enrolled,
        });
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
        startDate,
        status: 'referred',
      },
      now,
    );
    await repo.insertEvent(
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
    const facilitatorIds = cohort ? (await facilitatorsOf(trx, org, [cohort.id])).map((f) => f.user_id) : [];
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
    const group = cohort
      ? (await repo.cohortGroupSessions(trx, org, cohort.id))
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
    return readEnrollment(trx, org, id);
  });
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
        `This enrollment was changed by someone else (you saw version ${input.version}; the current version is ${e.version}). Nothing was saved.`,
        { current: await readEnrollment(trx, org, id) },
      );
    }
    const from = e.status as EnrollmentStatus;
    const to = input.to;
    if (from === to) throw conflict(`The enrollment is ${from} already.`);
    if (!isManualTransition(from, to)) {
      if (canTransition(from, to) && (to === 'eligible' || to === 'ineligible')) {
        throw conflict(
          `An enrollment becomes ${to} through a clinician's screening decision (POST /api/enrollments/${id}/screenings/:screeningId/decision), not directly.`,
        );
      }
      if (canTransition(from, to) && to === 'consented') {
        throw conflict(
          `An enrollment becomes consented when the client's consent is recorded (POST /api/enrollments/${id}/consents), not directly.`,
        );
      }
      assertTransition(from, to, reason);
      throw conflict(`An enrollment cannot move from ${from} to ${to}.`);
    }
    await applyTransition(ctx, trx, scope, e, to, reason, { reason }, now);
    if (to === 'withdrawn') {
      const cancelled = await repo.cancelFuturePersonalSessions(trx, org, id, WITHDRAWN_SESSION_REASON, now);
      const left = await repo.leaveFutureGroupSessions(trx, org, id, now);
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

export function checklist(modality: Modality): Checklist {
  return checklistFor(modality);
}

const SCREENABLE: EnrollmentStatus[] = ['referred', 'screening', 'ineligible'];

export async function recordScreening(
  ctx: AppContext,
  scope: OrgScope,
  enrollmentId: string,
  input: ScreeningCreate,
): Promise<Screening> {
  const now = new Date().toISOString();
  const id = randomUUID();
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const e = await requireEnrollment(trx, org, enrollmentId);
    const status = e.status as EnrollmentStatus;
    if (!SCREENABLE.includes(status)) {
      throw conflict(
        `The enrollment is ${status}: screening is recorded while a client is referred, in screening or found ineligible.`,
      );
    }
    const definition = await loadDefinition(trx, org, e.program_id, e.program_version);
    const list = checklistFor(definition.modality);
    const known = new Set(list.items.map((i) => i.id));
    for (const key of Object.keys(input.answers)) {
      if (!known.has(key)) throw invalid(`answers.${key}`, `is not an item of the ${list.title} checklist`);
    }
    const medications = input.medications.map((m, i) => {
      const name = m.name.trim();
      if (!name) throw invalid(`medications.${i}.name`, 'is required');
      return { name, dose: m.dose.trim(), frequency: m.frequency.trim() };
    });
    const vitals = normalizeIntakeVitals(input.vitals);
    const answers = Object.fromEntries(
      list.items.filter((i) => input.answers[i.id]).map((i) => [i.id, input.answers[i.id]]),
    );
    await repo.insertScreening(
      trx,
      org,
      {
        id,
        enrollmentId: e.id,
        clientId: e.client_id,
        modality: definition.modality,
        checklistVersion: list.version,
        answers: JSON.stringify(answers),
        medications: JSON.stringify(medications),
        vitals: JSON.stringify(vitals),
        notes: input.notes?.trim() || null,
        userId: scope.actor.userId,
      },
      now,
    );
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'screening.record',
      entityType: 'screening',
      entityId: id,
      details: {
        enrollmentId: e.id,
        clientId: e.client_id,
        modality: definition.modality,
        checklistVersion: list.version,
      },
    });
    if (status !== 'screening') {
      await applyTransition(
        ctx,
        trx,
        scope,
        e,
        'screening',
        'Screening recorded',
        { reason: 'Screening recorded', details: { screeningId: id } },
        now,
      );
    }
    return toScreening((await repo.getScreening(trx, org, e.id, id))!);
  });
}

export async function decideScreening(
  ctx: AppContext,
  scope: OrgScope,
  enrollmentId: string,
  screeningId: string,
  input: DecisionInput,
): Promise<Enrollment> {
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const e = await requireEnrollment(trx, org, enrollmentId);
    const s = await repo.getScreening(trx, org, e.id, screeningId);
    if (!s) throw notFound('Screening');
    if (s.decision) throw conflict(`This screening was decided already (${s.decision}).`);
    if (e.status !== 'screening') {
      throw conflict(
        `The enrollment is ${e.status}: eligibility is decided while the client is in screening.`,
      );
    }
    const [latest] = await repo.listScreenings(trx, org, e.id);
    if (latest && latest.id !== s.id) {
      throw conflict('A newer screening was recorded: decide on the latest one.', {
        latestScreeningId: latest.id,
      });
    }
    const list = checklistFor(s.modality as Modality);
    if (list.version !== s.checklist_version) {
      throw conflict(
        `The ${list.title} checklist changed since this screening (version ${s.checklist_version}, now ${list.version}): record a new screening.`,
      );
    }
    const evaluation = evaluateScreening(list, JSON.parse(s.answers) as Record<string, ScreeningAnswer>);
    const rationale = assertCanDecide(input.decision, evaluation, input.rationale);
    if (
      !(await repo.decideScreening(
        trx,
        org,
        s.id,
        { decision: input.decision, rationale, userId: scope.actor.userId },
        now,
      ))
    ) {
      throw conflict('This screening was decided by someone else. Nothing was saved.');
    }
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'screening.decide',
      entityType: 'screening',
      entityId: s.id,
      details: {
        enrollmentId: e.id,
        clientId: e.client_id,
        decision: input.decision,
        hardStops: evaluation.hardStops.map((i) => i.id),
        cautions: evaluation.cautions.map((i) => i.id),
      },
    });
    await applyTransition(
      ctx,
      trx,
      scope,
      e,
      input.decision,
      rationale,
      { reason: 'Screening decision', details: { screeningId: s.id } },
      now,
    );
    return readEnrollment(trx, org, e.id);
  });
}

const CONSENTABLE: EnrollmentStatus[] = ['eligible', 'consented', 'active'];

export async function recordConsent(
  ctx: AppContext,
  scope: OrgScope,
  enrollmentId: string,
  input: ConsentCreate,
): Promise<Enrollment> {
  const now = new Date();
  const signed = Date.parse(input.signedAt);
  if (Number.isNaN(signed)) throw invalid('signedAt', 'is not a point in time');
  if (signed > now.getTime() + FUTURE_TOLERANCE_MS) throw invalid('signedAt', 'cannot be in the future');
  if (signed < Date.parse('1900-01-01T00:00:00Z')) throw invalid('signedAt', 'is too far in the past');
  const signedAt = new Date(signed).toISOString();
  const id = randomUUID();
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const e = await requireEnrollment(trx, org, enrollmentId);
    const doc = await currentConsentDocument(trx, org, e.program_id);
    if (!doc) {
      throw conflict(
        'This program has no consent document yet: a clinician publishes one on the program page first.',
      );
    }
    if (input.documentVersion !== doc.version) {
      throw conflict(
        `Consent must be to the current consent document: version ${doc.version} ("${doc.title}"), not version ${input.documentVersion}.`,
        { currentVersion: doc.version },
      );
    }
    if ((await repo.consentedVersion(trx, org, e.id)) === doc.version) {
      throw conflict(`The client has consented to version ${doc.version} already.`);
    }
    const status = e.status as EnrollmentStatus;
    if (!CONSENTABLE.includes(status)) {
      throw conflict(
        `The enrollment is ${status}: a client consents after a clinician has decided they are eligible.`,
      );
    }
    await repo.insertConsent(
      trx,
      org,
      {
        id,
        enrollmentId: e.id,
        clientId: e.client_id,
        documentId: doc.id,
        documentVersion: doc.version,
        signedAt,
        method: input.method,
        userId: scope.actor.userId,
      },
      now.toISOString(),
    );
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'consent.record',
      entityType: 'consent',
      entityId: id,
      details: {
        enrollmentId: e.id,
        clientId: e.client_id,
        documentId: doc.id,
        documentVersion: doc.version,
        method: input.method,
      },
    });
    if (status === 'eligible') {
      await applyTransition(
        ctx,
        trx,
        scope,
        e,
        'consented',
        'Consent recorded',
        { reason: 'Consent recorded', details: { consentId: id } },
        now.toISOString(),
      );
    }
    const clearance = await enrollmentClearance(trx, org, e);
    if (clearance.cleared) {
      const released = await releaseHeldBookings(trx, org, e.id);
      if (released.length) {
        await ctx.audit.append(trx, scope.actor, {
          organizationId: org,
          action: 'enrollment.bookings-released',
          entityType: 'enrollment',
          entityId: e.id,
          details: { clientId: e.client_id, sessionIds: released },
        });
      }
    }
    return readEnrollment(trx, org, e.id);
  });
}
