/**
 * Dosing records as the API returns them, and the facts the dose checks need: the program's
 * pre-dose limits (from the validated stored definition — never a default) and the day's baseline
 * readings in the form the domain rule reads.
 */

import type { AdverseEvent, DosingRecord, VitalSign } from '../../api/dosing.ts';
import { AE_GRADES } from '../../domain/dosing/adverse-events.ts';
import type { BaselineReading } from '../../domain/dosing/baseline.ts';
import { mgPerKg } from '../../domain/dosing/dose.ts';
import { flagVitals, type VitalPhase } from '../../domain/dosing/vitals.ts';
import { notFound } from '../../domain/errors.ts';
import type { SafetySettings } from '../../domain/programs/types.ts';
import type { Tx } from '../context.ts';
import { readStoredDefinition } from '../programs/stored-definition.ts';
import { clientName } from '../sessions/repository.ts';
import * as repo from './repository.ts';

/** The pre-dose limits of the program version the enrollment follows (409 when it does not validate). */
export async function limitsOf(
  trx: Tx,
  organizationId: string,
  e: { program_id: string; program_version: number },
): Promise<SafetySettings> {
  return (await readStoredDefinition(trx, organizationId, e.program_id, e.program_version)).safety;
}

export const named = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

/**
 * A stored vital-sign set as the API returns it. Its flags are computed again from the stored
 * values by the domain rule, with the limits of the program version the enrollment follows (the
 * same limits as when it was recorded): a flag is never read from stored text that could be lost
 * or garbled.
 */
export const toVital = (v: repo.VitalRow, limits: SafetySettings): VitalSign => ({
  id: v.id,
  phase: v.phase as VitalPhase,
  measuredAt: v.measured_at,
  systolic: v.systolic,
  diastolic: v.diastolic,
  heartRate: v.heart_rate,
  spo2: v.spo2,
  flags: flagVitals(
    { systolic: v.systolic, diastolic: v.diastolic, heartRate: v.heart_rate, spo2: v.spo2 },
    v.phase as VitalPhase,
    limits,
  ),
  override:
    v.override_reason !== null && v.override_at !== null
      ? { reason: v.override_reason, by: named(v.override_by_user_id, v.override_by_name), at: v.override_at }
      : null,
  recordedBy: named(v.recorded_by_user_id, v.recorded_by_name),
  recordedAt: v.created_at,
});

export const toReading = (v: repo.VitalRow): BaselineReading => ({
  id: v.id,
  measuredAt: v.measured_at,
  systolic: v.systolic,
  diastolic: v.diastolic,
  overridden: v.override_reason !== null,
});

const gradeLabel = (grade: number) => AE_GRADES.find((g) => g.grade === grade)?.label ?? String(grade);

export const toAdverseEvent = (a: repo.AdverseEventRow): AdverseEvent => ({
  id: a.id,
  type: a.type,
  grade: a.grade,
  gradeLabel: gradeLabel(a.grade),
  action: a.action as AdverseEvent['action'],
  outcome: a.outcome as AdverseEvent['outcome'],
  onsetAt: a.onset_at,
  notes: a.notes,
  recordedBy: named(a.recorded_by_user_id, a.recorded_by_name),
  recordedAt: a.created_at,
});

export async function recordOf(trx: Tx, organizationId: string, id: string): Promise<DosingRecord> {
  const row = await repo.getDosingRecord(trx, organizationId, id);
  if (!row) throw notFound('Dosing record');
  const [vitals, events, safety] = await Promise.all([
    repo.vitalsOf(trx, organizationId, id),
    repo.adverseEventsOf(trx, organizationId, id),
    limitsOf(trx, organizationId, row),
  ]);
  return {
    id: row.id,
    sessionId: row.session_id,
    enrollmentId: row.enrollment_id,
    client: { id: row.client_id, name: clientName(row) },
    substance: row.substance,
    substanceKind: row.substance_kind as DosingRecord['substanceKind'],
    doseMg: row.dose_mg,
    doseAmount: row.dose_amount,
    doseUnit: row.dose_unit as DosingRecord['doseUnit'],
    lot: row.lot_id ? { id: row.lot_id, code: row.lot_code ?? '' } : null,
    assayId: row.assay_id,
    psilocinMg: row.psilocin_mg,
    weightKg: row.weight_kg,
    mgPerKg: mgPerKg(row.dose_mg, row.weight_kg),
    plannedMgPerKg: row.planned_mg_per_kg,
    doseConfirmationReason: row.dose_confirmation_reason,
    route: row.route as DosingRecord['route'],
    lotNumber: row.lot_number,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    dischargeReady: row.discharge_ready === 1,
    dischargedAt: row.discharged_at,
    dischargeNote: row.discharge_note,
    notes: row.notes,
    difficult: row.difficult === 1,
    difficultNote: row.difficult_note,
    recordedBy: named(row.recorded_by_user_id, row.recorded_by_name),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    vitals: vitals.map((v) => toVital(v, safety)),
    adverseEvents: events.map(toAdverseEvent),
    safety,
  };
}
