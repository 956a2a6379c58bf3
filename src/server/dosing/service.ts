/**
 * Dosing records: a dose given in a dosing session (only to a booked, cleared client; the first one
 * makes a consented enrollment active), its vital signs (impossible values refused, values beyond
 * the program's pre-dose limits flagged), adverse events and discharge. Every read is audited.
 */
import { randomUUID } from 'node:crypto';
import { AE_GRADES } from '../../domain/dosing/adverse-events.ts';
import { mgPerKg, normalizeDose } from '../../domain/dosing/dose.ts';
import { flagVitals, normalizeVitals, type VitalFlag, type VitalPhase } from '../../domain/dosing/vitals.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { assertTransition } from '../../domain/programs/status.ts';
import type { ProgramDefinition, SafetySettings } from '../../domain/programs/types.ts';
import { alertForVitals } from '../../domain/safety/alerts.ts';
import { raiseAlerts } from '../alerts/service.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { clientName, getAttendee, getSession } from '../sessions/repository.ts';
import { instant } from '../sessions/time.ts';
import { clearanceOf, getEnrollment } from './clearance.ts';
import * as repo from './repository.ts';
import type {
  AdverseEvent,
  AdverseEventCreate,
  DosingRecord,
  DosingRecordCreate,
  DosingRecordUpdate,
  VitalSign,
  VitalsCreate,
} from './schema.ts';

const NO_LIMITS: SafetySettings = { preDoseSystolicMax: null, preDoseDiastolicMax: null };

async function safetyOf(trx: Tx, organizationId: string, row: repo.DosingRow): Promise<SafetySettings> {
  const v = await repo.getProgramDefinition(trx, organizationId, row.program_id, row.program_version);
  if (!v) return NO_LIMITS;
  try {
    const def = JSON.parse(v.definition) as Partial<ProgramDefinition>;
    return {
      preDoseSystolicMax: def.safety?.preDoseSystolicMax ?? null,
      preDoseDiastolicMax: def.safety?.preDoseDiastolicMax ?? null,
    };
  } catch {
    return NO_LIMITS;
  }
}

const named = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

function parseFlags(text: string): VitalFlag[] {
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? (v as VitalFlag[]) : [];
  } catch {
    return [];
  }
}

const toVital = (v: repo.VitalRow): VitalSign => ({
  id: v.id,
  phase: v.phase as VitalPhase,
  measuredAt: v.measured_at,
  systolic: v.systolic,
  diastolic: v.diastolic,
  heartRate: v.heart_rate,
  spo2: v.spo2,
  flags: parseFlags(v.flags),
  recordedBy: named(v.recorded_by_user_id, v.recorded_by_name),
  recordedAt: v.created_at,
});

const gradeLabel = (grade: number) => AE_GRADES.find((g) => g.grade === grade)?.label ?? String(grade);

const toAdverseEvent = (a: repo.AdverseEventRow): AdverseEvent => ({
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

async function recordOf(trx: Tx, scope: OrgScope, id: string): Promise<DosingRecord> {
  const row = await repo.getDosingRecord(trx, scope.organizationId, id);
  if (!row) throw notFound('Dosing record');
  const [vitals, events, safety] = await Promise.all([
    repo.vitalsOf(trx, scope.organizationId, id),
    repo.adverseEventsOf(trx, scope.organizationId, id),
    safetyOf(trx, scope.organizationId, row),
  ]);
  return {
    id: row.id,
    sessionId: row.session_id,
    enrollmentId: row.enrollment_id,
    client: { id: row.client_id, name: clientName(row) },
    substance: row.substance,
    doseMg: row.dose_mg,
    weightKg: row.weight_kg,
    mgPerKg: mgPerKg(row.dose_mg, row.weight_kg),
    route: row.route as DosingRecord['route'],
    lotNumber: row.lot_number,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    dischargeReady: row.discharge_ready === 1,
    dischargedAt: row.discharged_at,
    dischargeNote: row.discharge_note,
    notes: row.notes,
    recordedBy: named(row.recorded_by_user_id, row.recorded_by_name),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    vitals: vitals.map(toVital),
    adverseEvents: events.map(toAdverseEvent),
    safety,
  };
}

export async function createDosingRecord(
  ctx: AppContext,
  scope: OrgScope,
  sessionId: string,
  input: DosingRecordCreate,
): Promise<DosingRecord> {
  const dose = normalizeDose({
    substance: input.substance,
    doseMg: input.doseMg,
    weightKg: input.weightKg,
    route: input.route,
    lotNumber: input.lotNumber,
  });
  const startedAt = instant('startedAt', input.startedAt);
  return transaction(ctx, async (trx) => {
    const session = await getSession(trx, scope.organizationId, sessionId);
    if (!session) throw notFound('Session');
    if (session.status === 'cancelled') throw conflict('This session is cancelled.');
    if (session.dosing !== 1) throw conflict('This is not a dosing session: no dose can be recorded in it.');
    const enrollment = await getEnrollment(trx, scope.organizationId, input.enrollmentId);
    if (!enrollment) throw invalid('enrollmentId', 'is not an enrollment of this organization');
    const attendee = await getAttendee(trx, scope.organizationId, sessionId, enrollment.id);
    if (!attendee) throw invalid('enrollmentId', 'does not attend this session');

    const clearance = await clearanceOf(trx, scope.organizationId, enrollment);
    const reasons = [...clearance.reasons];
    if (attendee.booking !== 'booked')
      reasons.push(
        "The client's place in this session is held, not booked: it is booked once they are cleared.",
      );
    if (!clearance.cleared || reasons.length)
      throw conflict(`No dose can be recorded for this client: ${reasons.join(' ')}`, { reasons });

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
      userId: scope.actor.userId,
      now,
    });
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'dosing.record',
      entityType: 'dosing-record',
      entityId: id,
      details: { sessionId, enrollmentId: enrollment.id, clientId: enrollment.client_id },
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
    return recordOf(trx, scope, id);
  });
}

export async function viewDosingRecord(ctx: AppContext, scope: OrgScope, id: string): Promise<DosingRecord> {
  return transaction(ctx, async (trx) => {
    const record = await recordOf(trx, scope, id);
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
    throw invalid('dischargedAt', 'needs dischargeReady: a client is discharged once ready');
  return transaction(ctx, async (trx) => {
    const row = await repo.getDosingRecord(trx, scope.organizationId, id);
    if (!row) throw notFound('Dosing record');
    const stale = async () =>
      conflict(
        `This dosing record was changed by someone else (you edited version ${input.version}; the current version is ${row.version}). Nothing was saved.`,
        { current: await recordOf(trx, scope, id) },
      );
    if (row.version !== input.version) throw await stale();
    const started = Date.parse(row.started_at);
    if (endedAt && Date.parse(endedAt) < started) throw invalid('endedAt', 'must not be before startedAt');
    if (dischargedAt && Date.parse(dischargedAt) < started)
      throw invalid('dischargedAt', 'must not be before startedAt');
    if (input.dischargeReady && !(await repo.countDischargeVitals(trx, scope.organizationId, id)))
      throw conflict('Record a discharge set of vital signs before marking the client ready for discharge.');
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
    return recordOf(trx, scope, id);
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
  const measuredAt = instant('measuredAt', input.measuredAt);
  return transaction(ctx, async (trx) => {
    const row = await repo.getDosingRecord(trx, scope.organizationId, id);
    if (!row) throw notFound('Dosing record');
    const flags = flagVitals(vitals, input.phase, await safetyOf(trx, scope.organizationId, row));
    const vitalId = randomUUID();
    await repo.insertVitals(trx, scope.organizationId, {
      id: vitalId,
      dosing_record_id: id,
      phase: input.phase,
      measured_at: measuredAt,
      systolic: vitals.systolic,
      diastolic: vitals.diastolic,
      heart_rate: vitals.heartRate,
      spo2: vitals.spo2,
      flags: JSON.stringify(flags),
      recorded_by_user_id: scope.actor.userId,
      created_at: new Date().toISOString(),
    });
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'dosing.vitals',
      entityType: 'dosing-record',
      entityId: id,
      details: {
        vitalSignId: vitalId,
        phase: input.phase,
        fields: (['systolic', 'diastolic', 'heartRate', 'spo2'] as const).filter((k) => vitals[k] !== null),
        flagged: flags.map((f) => f.field),
        clientId: row.client_id,
      },
    });
    const alert = alertForVitals({ vitalSignsId: vitalId, messages: flags.map((f) => f.message) });
    if (alert)
      await raiseAlerts(ctx, trx, scope.actor, {
        organizationId: scope.organizationId,
        clientId: row.client_id,
        drafts: [alert],
        refs: { dosingRecordId: id },
        now: new Date().toISOString(),
      });
    const stored = (await repo.vitalsOf(trx, scope.organizationId, id)).find((v) => v.id === vitalId)!;
    return toVital(stored);
  });
}

export async function addAdverseEvent(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: AdverseEventCreate,
): Promise<AdverseEvent> {
  const type = input.type.trim();
  if (!type) throw invalid('type', 'must not be blank');
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
