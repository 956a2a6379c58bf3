/** Dosing records, their vital signs and adverse events. Organization id first in every function. */
import type { Kysely, Selectable } from 'kysely';
import type { AdverseEventTable, Database, DosingRecordTable, VitalSignTable } from '../../db/schema.ts';

type Db = Kysely<Database>;

export type DosingRow = Selectable<DosingRecordTable> & {
  lot_code: string | null;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  recorded_by_name: string | null;
  program_version: number;
  program_id: string;
};
export type VitalRow = Selectable<VitalSignTable> & {
  recorded_by_name: string | null;
  override_by_name: string | null;
};

const vitals = (db: Db, organizationId: string) =>
  db
    .selectFrom('vital_signs as v')
    .leftJoin('users as u', 'u.id', 'v.recorded_by_user_id')
    .leftJoin('users as o', 'o.id', 'v.override_by_user_id')
    .selectAll('v')
    .select(['u.name as recorded_by_name', 'o.name as override_by_name'])
    .where('v.organization_id', '=', organizationId)
    .orderBy('v.measured_at')
    .orderBy('v.created_at')
    .orderBy('v.id');
export type AdverseEventRow = Selectable<AdverseEventTable> & { recorded_by_name: string | null };

export const getDosingRecord = (db: Db, organizationId: string, id: string): Promise<DosingRow | undefined> =>
  db
    .selectFrom('dosing_records as d')
    .innerJoin('clients as c', 'c.id', 'd.client_id')
    .innerJoin('enrollments as e', 'e.id', 'd.enrollment_id')
    .leftJoin('users as u', 'u.id', 'd.recorded_by_user_id')
    .leftJoin('substance_lots as l', 'l.id', 'd.lot_id')
    .selectAll('d')
    .select([
      'l.code as lot_code',
      'c.given_name',
      'c.family_name',
      'c.preferred_name',
      'u.name as recorded_by_name',
      'e.program_version',
      'e.program_id',
    ])
    .where('d.organization_id', '=', organizationId)
    .where('d.id', '=', id)
    .executeTakeFirst();

export const vitalsOf = (db: Db, organizationId: string, dosingRecordId: string): Promise<VitalRow[]> =>
  vitals(db, organizationId).where('v.dosing_record_id', '=', dosingRecordId).execute();

export const getVital = (db: Db, organizationId: string, id: string): Promise<VitalRow | undefined> =>
  vitals(db, organizationId).where('v.id', '=', id).executeTakeFirst();

/** The baseline sets of one client's dosing day (before and after a dose was recorded). */
export const baselinesOfDay = (
  db: Db,
  organizationId: string,
  sessionId: string,
  enrollmentId: string,
): Promise<VitalRow[]> =>
  vitals(db, organizationId)
    .where('v.session_id', '=', sessionId)
    .where('v.enrollment_id', '=', enrollmentId)
    .where('v.phase', '=', 'baseline')
    .execute();

/** Attaches the day's vital-sign sets taken before any dose to the dose just recorded. */
export async function attachDayVitals(
  db: Db,
  organizationId: string,
  t: { sessionId: string; enrollmentId: string; dosingRecordId: string },
) {
  await db
    .updateTable('vital_signs')
    .set({ dosing_record_id: t.dosingRecordId })
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', t.sessionId)
    .where('enrollment_id', '=', t.enrollmentId)
    .where('dosing_record_id', 'is', null)
    .execute();
}

/** Records a clinician's override on a flagged baseline; false when it already had one. */
export async function setOverride(
  db: Db,
  organizationId: string,
  id: string,
  o: { reason: string; userId: string | null; at: string },
): Promise<boolean> {
  const r = await db
    .updateTable('vital_signs')
    .set({ override_reason: o.reason, override_by_user_id: o.userId, override_at: o.at })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('override_reason', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const dosesOfDay = (db: Db, organizationId: string, sessionId: string, enrollmentId: string) =>
  db
    .selectFrom('dosing_records')
    .select(['id', 'dose_mg', 'started_at'])
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', sessionId)
    .where('enrollment_id', '=', enrollmentId)
    .orderBy('started_at')
    .execute();

export const adverseEventsOf = (
  db: Db,
  organizationId: string,
  dosingRecordId: string,
): Promise<AdverseEventRow[]> =>
  db
    .selectFrom('adverse_events as a')
    .leftJoin('users as u', 'u.id', 'a.recorded_by_user_id')
    .selectAll('a')
    .select('u.name as recorded_by_name')
    .where('a.organization_id', '=', organizationId)
    .where('a.dosing_record_id', '=', dosingRecordId)
    .orderBy('a.onset_at')
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();

export async function countDischargeVitals(db: Db, organizationId: string, dosingRecordId: string) {
  const r = await db
    .selectFrom('vital_signs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('dosing_record_id', '=', dosingRecordId)
    .where('phase', '=', 'discharge')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertDosingRecord(
  db: Db,
  organizationId: string,
  r: {
    id: string;
    sessionId: string;
    enrollmentId: string;
    clientId: string;
    substance: string;
    doseMg: number;
    weightKg: number | null;
    route: string;
    lotNumber: string | null;
    startedAt: string;
    plannedMgPerKg: number | null;
    confirmationReason: string | null;
    product: {
      substanceKind: string | null;
      doseAmount: number;
      doseUnit: string;
      lotId: string | null;
      assayId: string | null;
      psilocinMg: number | null;
    };
    userId: string | null;
    now: string;
  },
) {
  await db
    .insertInto('dosing_records')
    .values({
      id: r.id,
      organization_id: organizationId,
      session_id: r.sessionId,
      enrollment_id: r.enrollmentId,
      client_id: r.clientId,
      substance: r.substance,
      dose_mg: r.doseMg,
      weight_kg: r.weightKg,
      route: r.route,
      lot_number: r.lotNumber,
      started_at: r.startedAt,
      ended_at: null,
      discharge_ready: 0,
      discharged_at: null,
      discharge_note: null,
      notes: null,
      recorded_by_user_id: r.userId,
      planned_mg_per_kg: r.plannedMgPerKg,
      dose_confirmation_reason: r.confirmationReason,
      substance_kind: r.product.substanceKind,
      dose_amount: r.product.doseAmount,
      dose_unit: r.product.doseUnit,
      lot_id: r.product.lotId,
      assay_id: r.product.assayId,
      psilocin_mg: r.product.psilocinMg,
      version: 1,
      created_at: r.now,
      updated_at: r.now,
    })
    .execute();
}

export async function updateDosingRecord(
  db: Db,
  organizationId: string,
  id: string,
  version: number,
  patch: {
    ended_at: string | null;
    discharge_ready: number;
    discharged_at: string | null;
    discharge_note: string | null;
    notes: string | null;
  },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('dosing_records')
    .set({ ...patch, version: version + 1, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertVitals(
  db: Db,
  organizationId: string,
  v: Omit<Selectable<VitalSignTable>, 'organization_id'>,
) {
  await db
    .insertInto('vital_signs')
    .values({ ...v, organization_id: organizationId })
    .execute();
}

export async function insertAdverseEvent(
  db: Db,
  organizationId: string,
  a: Omit<Selectable<AdverseEventTable>, 'organization_id'>,
) {
  await db
    .insertInto('adverse_events')
    .values({ ...a, organization_id: organizationId })
    .execute();
}

/** Moves an enrollment from one status to another with its event; false when it was not in `from`. */
export async function transitionEnrollment(
  db: Db,
  organizationId: string,
  t: {
    enrollmentId: string;
    eventId: string;
    from: string;
    to: string;
    reason: string | null;
    userId: string | null;
    now: string;
  },
): Promise<boolean> {
  const r = await db
    .updateTable('enrollments')
    .set((eb) => ({
      status: t.to,
      status_reason: t.reason,
      status_changed_at: t.now,
      version: eb('version', '+', 1),
      updated_at: t.now,
    }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', t.enrollmentId)
    .where('status', '=', t.from)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  await db
    .insertInto('enrollment_events')
    .values({
      id: t.eventId,
      organization_id: organizationId,
      enrollment_id: t.enrollmentId,
      from_status: t.from,
      to_status: t.to,
      reason: t.reason,
      user_id: t.userId,
      at: t.now,
    })
    .execute();
  return true;
}

export const clientOf = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('clients')
    .select(['id', 'given_name', 'family_name', 'preferred_name'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', clientId)
    .executeTakeFirstOrThrow();
