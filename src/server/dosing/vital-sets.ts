/**
 * Storing one vital-sign set, for the dosing day (baseline, before any dose) and for a dose
 * (during and at discharge): the row, its audit entry and, for a flagged baseline, a safety alert
 * for the clinicians — all in the caller's transaction. The time measured is the one entered (a
 * reading at +40 minutes may be typed in later), never in the future.
 */
import { randomUUID } from 'node:crypto';
import type { VitalSign } from '../../api/dosing.ts';
import { checkMeasuredAt, flagVitals, type VitalPhase, type Vitals } from '../../domain/dosing/vitals.ts';
import type { SafetySettings } from '../../domain/programs/types.ts';
import { alertForVitals } from '../../domain/safety/alerts.ts';
import { raiseAlerts } from '../alerts/service.ts';
import type { AppContext, OrgScope, Tx } from '../context.ts';
import { toVital } from './read.ts';
import * as repo from './repository.ts';

export interface VitalSet {
  sessionId: string;
  enrollmentId: string;
  clientId: string;
  dosingRecordId: string | null;
  phase: VitalPhase;
  measuredAt: string;
  vitals: Vitals;
  /** The pre-dose limits of the program version the enrollment follows: the set is flagged against them here. */
  limits: SafetySettings;
}

export async function storeVitalSet(
  ctx: AppContext,
  trx: Tx,
  scope: OrgScope,
  set: VitalSet,
): Promise<VitalSign> {
  const org = scope.organizationId;
  const id = randomUUID();
  const now = new Date().toISOString();
  const measuredAt = checkMeasuredAt(set.measuredAt, now);
  const { vitals } = set;
  const flags = flagVitals(vitals, set.phase, set.limits);
  await repo.insertVitals(trx, org, {
    id,
    session_id: set.sessionId,
    enrollment_id: set.enrollmentId,
    dosing_record_id: set.dosingRecordId,
    phase: set.phase,
    measured_at: measuredAt,
    systolic: vitals.systolic,
    diastolic: vitals.diastolic,
    heart_rate: vitals.heartRate,
    spo2: vitals.spo2,
    flags: JSON.stringify(flags),
    override_reason: null,
    override_by_user_id: null,
    override_at: null,
    recorded_by_user_id: scope.actor.userId,
    created_at: now,
  });
  await ctx.audit.append(trx, scope.actor, {
    organizationId: org,
    action: 'dosing.vitals',
    entityType: set.dosingRecordId ? 'dosing-record' : 'enrollment',
    entityId: set.dosingRecordId ?? set.enrollmentId,
    details: {
      vitalSignId: id,
      sessionId: set.sessionId,
      phase: set.phase,
      fields: (['systolic', 'diastolic', 'heartRate', 'spo2'] as const).filter((k) => vitals[k] !== null),
      flagged: flags.map((f) => f.field),
      clientId: set.clientId,
    },
  });
  const alert = alertForVitals({ vitalSignsId: id, flags });
  if (alert)
    await raiseAlerts(ctx, trx, scope.actor, {
      organizationId: org,
      clientId: set.clientId,
      drafts: [alert],
      refs: set.dosingRecordId ? { dosingRecordId: set.dosingRecordId } : {},
      now,
    });
  const stored = await repo.getVital(trx, org, id);
  return toVital(stored!, set.limits);
}
