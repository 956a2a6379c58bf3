/** Dosing records, their vital signs and adverse events. Organization id first in every function. */
import type { Kysely, Selectable } from 'kysely';
import type { AdverseEventTable, Database, DosingRecordTable, VitalSignTable } from '../../db/schema.ts';

type Db = Kysely<Database>;

export type DosingRow = Selectable<DosingRecordTable> & {
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  recorded_by_name: string | null;
  program_version: number;
  program_id: string;
};
export type VitalRow = Selectable<VitalSignTable> & { recorded_by_name: string | null };
export type AdverseEventRow = Selectable<AdverseEventTable> & { recorded_by_name: string | null };

export const getDosingRecord = (db: Db, organizationId: string, id: string): Promise<DosingRow | undefined> =>
  db
    .selectFrom('dosing_records as d')
    .innerJoin('clients as c', 'c.id', 'd.client_id')
    .innerJoin('enrollments as e', 'e.id', 'd.enrollment_id')
    .leftJoin('users as u', 'u.id', 'd.recorded_by_user_id')
    .selectAll('d')
    .select([
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
  db
    .selectFrom('vital_signs as v')
    .leftJoin('users as u', 'u.id', 'v.recorded_by_user_id')
    .selectAll('v')
    .select('u.name as recorded_by_name')
    .where('v.organization_id', '=', organizationId)
    .where('v.dosing_record_id', '=', dosingRecordId)
    .orderBy('v.measured_at')
    .orderBy('v.created_at')
    .orderBy('v.id')
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

export const getProgramDefinition = (db: Db, organizationId: string, programId: string, version: number) =>
  db
    .selectFrom('program_versions')
    .select('definition')
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', programId)
    .where('version', '=', version)
    .executeTakeFirst();

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
