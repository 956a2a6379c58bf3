/**
 * Dosing records: a dose given in a dosing session — only to a booked, cleared client, only after
 * a baseline blood pressure within the program's limits (or a clinician's override), and with a
 * confirmation when it is twice the planned mg/kg or more; the first one makes a consented
 * enrollment active. Then its vital signs during and at discharge, adverse events and discharge.
 * Baseline vitals and overrides belong to the dosing day (day.ts). Every read is audited.
 */
import { randomUUID } from 'node:crypto';
import type {
  AdverseEvent,
  AdverseEventCreate,
  DosingRecord,
  DosingRecordCreate,
  DosingRecordUpdate,
  VitalSign,
  VitalsCreate,
} from '../../api/dosing.ts';
import { assertBaselineAllows, baselineGate } from '../../domain/dosing/baseline.ts';
import { normalizeDose } from '../../domain/dosing/dose.ts';
import { checkDoseAgainstPlan, confirmedReason, plannedMgPerKgOf } from '../../domain/dosing/dose-plan.ts';
import { resolveProduct } from '../../domain/dosing/product.ts';
import { normalizeVitals } from '../../domain/dosing/vitals.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { assertTransition } from '../../domain/programs/status.ts';
import { assertAtHomeReady, planCheckins } from '../at-home/start.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { clearanceFor } from '../enrollments/clearance.ts';
import { getEnrollment } from '../enrollments/repository.ts';
import { syncIntegration } from '../integration/book.ts';
import { lotForDose } from '../lots/service.ts';
import { getAttendee, getSession } from '../sessions/repository.ts';
import { instant } from '../sessions/time.ts';
import { limitsOf, recordOf, toAdverseEvent, toReading } from './read.ts';
import * as repo from './repository.ts';
import { storeVitalSet } from './vital-sets.ts';

/**
 * The dose as given: substance, amount and unit, lot and (for truffles) the mg from the lot's
 * current assay, then the dose checks every dose gets. Refuses a lot of another organization.
 */
async function doseOf(trx: Tx, organizationId: string, input: DosingRecordCreate) {
  const { lot, assay } = await lotForDose(trx, organizationId, input.lotId);
  if (lot === undefined) throw invalid('lotId', 'not-lot-organization');
  const product = resolveProduct({
    substanceKind: input.substanceKind,
    doseMg: input.doseMg,
    truffles: input.truffles,
    lot,
    assay,
  });
  const typed = input.lotNumber?.trim() || null;
  if (lot && typed && typed !== lot.code) {
    throw invalid('lotNumber', 'differs-from-chosen-lots-code', { code: lot.code });
  }
  const dose = normalizeDose({
    substance: input.substance,
    doseMg: product.doseMg,
    weightKg: input.weightKg,
    route: input.route,
    lotNumber: lot ? lot.code : input.lotNumber,
  });
  return { dose, product };
}

export async function createDosingRecord(
  ctx: AppContext,
  scope: OrgScope,
  sessionId: string,
  input: DosingRecordCreate,
): Promise<DosingRecord> {
  const startedAt = instant('startedAt', input.startedAt);
  return transaction(ctx, async (trx) => {
    const session = await getSession(trx, scope.organizationId, sessionId);
    if (!session) throw notFound('Session');
    if (session.status === 'cancelled') throw conflict('session-cancelled');
    if (session.dosing !== 1) throw conflict('not-dosing-session-dose');
    const enrollment = await getEnrollment(trx, scope.organizationId, input.enrollmentId);
    if (!enrollment) throw invalid('enrollmentId', 'not-enrollment-organization');
    const attendee = await getAttendee(trx, scope.organizationId, sessionId, enrollment.id);
    if (!attendee) throw invalid('enrollmentId', 'not-attendee');
    const { dose, product } = await doseOf(trx, scope.organizationId, input);

    const clearance = await clearanceFor(trx, scope.organizationId, enrollment);
    const reasons = [...clearance.reasons];
    const codes = [...clearance.codes];
    if (attendee.booking !== 'booked') {
      reasons.push(
        "The client's place in this session is held, not booked: it is booked once they are cleared.",
      );
      codes.push({ code: 'place-held', params: {} });
    }
    if (!clearance.cleared || reasons.length)
      throw conflict('dose-refused-client', { reasons: reasons.join(' ') }, { reasons, codes });

    // The pre-dose blood pressure, then the dose against the plan: both refuse when unsure.
    const limits = await limitsOf(trx, scope.organizationId, enrollment);
    const baselines = await repo.baselinesOfDay(trx, scope.organizationId, sessionId, enrollment.id);
    const gate = baselineGate(limits, baselines.map(toReading));
    assertBaselineAllows(gate);
    const plan = checkDoseAgainstPlan(dose, plannedMgPerKgOf(session.planned_dose));
    const confirmation = confirmedReason(plan, input.doseConfirmation);
    // At home: only with an attested support person (src/domain/dosing/at-home.ts).
    const atHome = await assertAtHomeReady(trx, scope.organizationId, session, enrollment.id);

    const id = randomUUID();
    const now = new Date().toISOString();
    await repo.insertDosingRecord(trx, scope.organizationId, {
      id,
      sessionId,
      enrollmentId: enrollment.id,
      clientId: enrollment.client_id,
      substance: dose.substance,
      doseMg: dose.doseMg,
      weightKg: dose.weightKg,
      route: dose.route,
      lotNumber: dose.lotNumber,
      startedAt,
      plannedMgPerKg: plan.plannedMgPerKg,
      confirmationReason: confirmation,
      product,
      userId: scope.actor.userId,
      now,
    });
    if (atHome)
      await planCheckins(
        trx,
        scope.organizationId,
        atHome,
        { dosingRecordId: id, clientId: enrollment.client_id, startedAt },
        now,
      );
    await repo.attachDayVitals(trx, scope.organizationId, {
      sessionId,
      enrollmentId: enrollment.id,
      dosingRecordId: id,
    });
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'dosing.record',
      entityType: 'dosing-record',
      entityId: id,
      details: {
        sessionId,
        enrollmentId: enrollment.id,
        clientId: enrollment.client_id,
        mgPerKg: plan.mgPerKg,
        plannedMgPerKg: plan.plannedMgPerKg,
        doseConfirmed: confirmation !== null,
        substanceKind: product.substanceKind,
        lotId: product.lotId,
        assayId: product.assayId,
        baselineOverride: gate.allowed && gate.overridden ? (gate.reading?.id ?? null) : null,
        atHome: atHome !== null,
      },
    });
    if (enrollment.status === 'consented') {
      const reason = 'First dose given';
      assertTransition('consented', 'active', reason);
      const moved = await repo.transitionEnrollment(trx, scope.organizationId, {
        enrollmentId: enrollment.id,
        eventId: randomUUID(),
        from: 'consented',
        to: 'active',
        reason,
        userId: scope.actor.userId,
        now,
      });
      if (moved)
        await ctx.audit.append(trx, scope.actor, {
          organizationId: scope.organizationId,
          action: 'enrollment.transition',
          entityType: 'enrollment',
          entityId: enrollment.id,
          details: { from: 'consented', to: 'active', dosingRecordId: id, clientId: enrollment.client_id },
        });
    }
    return recordOf(trx, scope.organizationId, id);
  });
}

export async function viewDosingRecord(ctx: AppContext, scope: OrgScope, id: string): Promise<DosingRecord> {
  return transaction(ctx, async (trx) => {
    const record = await recordOf(trx, scope.organizationId, id);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'dosing.view',
      entityType: 'dosing-record',
      entityId: id,
      details: { clientId: record.client.id, sessionId: record.sessionId },
    });
    return record;
  });
}

const optInstant = (field: string, v: string | null) => (v === null ? null : instant(field, v));
const optText = (v: string | null) => (v?.trim() ? v.trim() : null);

export async function updateDosingRecord(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: DosingRecordUpdate,
): Promise<DosingRecord> {
  const endedAt = optInstant('endedAt', input.endedAt);
  const dischargedAt = optInstant('dischargedAt', input.dischargedAt);
  if (dischargedAt && !input.dischargeReady)
    throw invalid('dischargedAt', 'needs-dischargeready-client-discharged-once');
  return transaction(ctx, async (trx) => {
    const row = await repo.getDosingRecord(trx, scope.organizationId, id);
    if (!row) throw notFound('Dosing record');
    const stale = async () =>
      conflict(
        'dosing-version-stale',
        { seen: input.version, current: row.version },
        { current: await recordOf(trx, scope.organizationId, id) },
      );
    if (row.version !== input.version) throw await stale();
    const started = Date.parse(row.started_at);
    if (endedAt && Date.parse(endedAt) < started) throw invalid('endedAt', 'not-before-startedat');
    if (dischargedAt && Date.parse(dischargedAt) < started)
      throw invalid('dischargedAt', 'not-before-startedat');
    if (input.dischargeReady && !(await repo.countDischargeVitals(trx, scope.organizationId, id)))
      throw conflict('discharge-vitals-needed');
    const patch = {
      ended_at: endedAt,
      discharge_ready: input.dischargeReady ? 1 : 0,
      discharged_at: dischargedAt,
      discharge_note: optText(input.dischargeNote),
      notes: optText(input.notes),
    };
    const now = new Date().toISOString();
    if (!(await repo.updateDosingRecord(trx, scope.organizationId, id, input.version, patch, now)))
      throw await stale();
    const before = {
      ended_at: row.ended_at,
      discharge_ready: row.discharge_ready,
      discharged_at: row.discharged_at,
      discharge_note: row.discharge_note,
      notes: row.notes,
    };
    const names: Record<keyof typeof patch, string> = {
      ended_at: 'endedAt',
      discharge_ready: 'dischargeReady',
      discharged_at: 'dischargedAt',
      discharge_note: 'dischargeNote',
      notes: 'notes',
    };
    const fields = (Object.keys(patch) as Array<keyof typeof patch>)
      .filter((k) => patch[k] !== before[k])
      .map((k) => names[k]);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'dosing.update',
      entityType: 'dosing-record',
      entityId: id,
      details: { fields, clientId: row.client_id, version: input.version + 1 },
    });
    // The dosing ended or the client went home: the first integration contact is booked now.
    if (patch.ended_at || patch.discharged_at)
      await syncIntegration(ctx, trx, scope.actor, scope.organizationId, id, now);
    return recordOf(trx, scope.organizationId, id);
  });
}

export async function addVitals(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: VitalsCreate,
): Promise<VitalSign> {
  const vitals = normalizeVitals({
    systolic: input.systolic,
    diastolic: input.diastolic,
    heartRate: input.heartRate,
    spo2: input.spo2,
  });
  if (input.phase === 'baseline') throw invalid('phase', 'baseline-vital-signs-taken-before');
  const measuredAt = instant('measuredAt', input.measuredAt);
  return transaction(ctx, async (trx) => {
    const row = await repo.getDosingRecord(trx, scope.organizationId, id);
    if (!row) throw notFound('Dosing record');
    return storeVitalSet(ctx, trx, scope, {
      sessionId: row.session_id,
      enrollmentId: row.enrollment_id,
      clientId: row.client_id,
      dosingRecordId: id,
      phase: input.phase,
      measuredAt,
      vitals,
      limits: await limitsOf(trx, scope.organizationId, row),
    });
  });
}

export async function addAdverseEvent(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: AdverseEventCreate,
): Promise<AdverseEvent> {
  const type = input.type.trim();
  if (!type) throw invalid('type', 'blank');
  const onsetAt = instant('onsetAt', input.onsetAt);
  return transaction(ctx, async (trx) => {
    const row = await repo.getDosingRecord(trx, scope.organizationId, id);
    if (!row) throw notFound('Dosing record');
    const eventId = randomUUID();
    await repo.insertAdverseEvent(trx, scope.organizationId, {
      id: eventId,
      dosing_record_id: id,
      type,
      grade: input.grade,
      action: input.action,
      outcome: input.outcome,
      onset_at: onsetAt,
      notes: optText(input.notes ?? null),
      recorded_by_user_id: scope.actor.userId,
      created_at: new Date().toISOString(),
    });
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'dosing.adverse-event',
      entityType: 'dosing-record',
      entityId: id,
      details: { adverseEventId: eventId, clientId: row.client_id },
    });
    const stored = (await repo.adverseEventsOf(trx, scope.organizationId, id)).find((a) => a.id === eventId)!;
    return toAdverseEvent(stored);
  });
}
