/**
 * One client's dosing day in the order it happens: baseline vital signs (before any dose exists,
 * flagged against the program's pre-dose limits), a clinician's override of a flagged baseline,
 * then the dose (service.ts), vitals during and at discharge. The day view shows what the dose
 * will be checked against: clearance, limits, the planned dose and whether the baseline allows it.
 */
import type { BaselineVitalsCreate, DosingDay, OverrideCreate, VitalSign } from '../../api/dosing.ts';
import { baselineGate, overrideReason } from '../../domain/dosing/baseline.ts';
import { plannedMgPerKgOf, readPlannedDose } from '../../domain/dosing/dose-plan.ts';
import { normalizeVitals } from '../../domain/dosing/vitals.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { effectiveSettings } from '../at-home/settings.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { clearanceFor } from '../enrollments/clearance.ts';
import { getEnrollment } from '../enrollments/repository.ts';
import { clientName, getAttendee, getSession } from '../sessions/repository.ts';
import { instant } from '../sessions/time.ts';
import { limitsOf, toReading, toVital } from './read.ts';
import * as repo from './repository.ts';
import { storeVitalSet } from './vital-sets.ts';

/** The session (a dosing one, not cancelled) and the enrollment attending it, of this organization. */
async function requireDay(trx: Tx, organizationId: string, sessionId: string, enrollmentId: string) {
  const session = await getSession(trx, organizationId, sessionId);
  if (!session) throw notFound('Session');
  if (session.dosing !== 1) throw conflict('not-dosing-session');
  const enrollment = await getEnrollment(trx, organizationId, enrollmentId);
  if (!enrollment) throw notFound('Enrollment');
  const attendee = await getAttendee(trx, organizationId, sessionId, enrollmentId);
  if (!attendee) throw invalid('enrollmentId', 'not-attendee', {}, 'params');
  return { session, enrollment };
}

export async function viewDosingDay(
  ctx: AppContext,
  scope: OrgScope,
  sessionId: string,
  enrollmentId: string,
): Promise<DosingDay> {
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const { session, enrollment } = await requireDay(trx, org, sessionId, enrollmentId);
    const [clearance, safety, baselines, doses, client, home] = await Promise.all([
      clearanceFor(trx, org, enrollment),
      limitsOf(trx, org, enrollment),
      repo.baselinesOfDay(trx, org, sessionId, enrollmentId),
      repo.dosesOfDay(trx, org, sessionId, enrollmentId),
      repo.clientOf(trx, org, enrollment.client_id),
      effectiveSettings(trx, org, session),
    ]);
    const gate = baselineGate(safety, baselines.map(toReading));
    const mgPerKg = plannedMgPerKgOf(session.planned_dose); // refuses a plan it cannot read
    const planned = readPlannedDose(session.planned_dose);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'dosing.view',
      entityType: 'enrollment',
      entityId: enrollmentId,
      details: { clientId: enrollment.client_id, sessionId },
    });
    return {
      sessionId,
      enrollmentId,
      client: { id: client.id, name: clientName(client) },
      clearance,
      safety,
      plannedDose: planned && { substance: planned.substance, route: planned.route, mgPerKg },
      baselineVitals: baselines.map((v) => toVital(v, safety)),
      gate: gate.allowed
        ? { allowed: true, overridden: gate.overridden, message: null, code: null, params: {} }
        : {
            allowed: false,
            overridden: false,
            message: gate.reason.message,
            code: gate.reason.code ?? null,
            params: gate.reason.params ?? {},
          },
      dosingRecords: doses.map((d) => ({ id: d.id, doseMg: d.dose_mg, startedAt: d.started_at })),
      atHome: home.settings !== null,
    };
  });
}

export async function addBaselineVitals(
  ctx: AppContext,
  scope: OrgScope,
  sessionId: string,
  enrollmentId: string,
  input: BaselineVitalsCreate,
): Promise<VitalSign> {
  const vitals = normalizeVitals({
    systolic: input.systolic,
    diastolic: input.diastolic,
    heartRate: input.heartRate,
    spo2: input.spo2,
  });
  const measuredAt = instant('measuredAt', input.measuredAt);
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const { session, enrollment } = await requireDay(trx, org, sessionId, enrollmentId);
    if (session.status === 'cancelled') throw conflict('session-cancelled');
    const limits = await limitsOf(trx, org, enrollment);
    return storeVitalSet(ctx, trx, scope, {
      sessionId,
      enrollmentId,
      clientId: enrollment.client_id,
      dosingRecordId: null,
      phase: 'baseline',
      measuredAt,
      vitals,
      limits,
    });
  });
}

/** A clinician's override of a flagged baseline: with a reason, once, audited and shown on the record. */
export async function overrideBaseline(
  ctx: AppContext,
  scope: OrgScope,
  vitalSignId: string,
  input: OverrideCreate,
): Promise<VitalSign> {
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const row = await repo.getVital(trx, org, vitalSignId);
    if (!row) throw notFound('Vital signs');
    const enrollment = await getEnrollment(trx, org, row.enrollment_id);
    if (!enrollment) throw notFound('Enrollment');
    const limits = await limitsOf(trx, org, enrollment);
    const { reason, flags } = overrideReason({ ...toReading(row), phase: row.phase }, limits, input.reason);
    const at = new Date().toISOString();
    if (!(await repo.setOverride(trx, org, vitalSignId, { reason, userId: scope.actor.userId, at })))
      throw conflict('reading-overridden-already');
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'dosing.bp-override',
      entityType: 'enrollment',
      entityId: row.enrollment_id,
      details: {
        vitalSignId,
        sessionId: row.session_id,
        dosingRecordId: row.dosing_record_id,
        overridden: flags.map((f) => f.field),
        clientId: enrollment.client_id,
      },
    });
    return toVital((await repo.getVital(trx, org, vitalSignId))!, limits);
  });
}
