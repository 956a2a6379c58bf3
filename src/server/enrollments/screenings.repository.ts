/** An enrollment's screenings and their decisions. Every function takes the organization id first. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, ScreeningTable } from '../../db/schema.ts';

export type ScreeningRow = Selectable<ScreeningTable> & {
  recorded_by_name: string | null;
  decided_by_name: string | null;
};

const screeningQuery = (db: Kysely<Database>, organizationId: string) =>
  db
    .selectFrom('screenings as s')
    .leftJoin('users as r', 'r.id', 's.recorded_by_user_id')
    .leftJoin('users as d', 'd.id', 's.decided_by_user_id')
    .selectAll('s')
    .select(['r.name as recorded_by_name', 'd.name as decided_by_name'])
    .where('s.organization_id', '=', organizationId);

/** An enrollment's screenings, newest first. */
export const listScreenings = (db: Kysely<Database>, organizationId: string, enrollmentId: string) =>
  screeningQuery(db, organizationId)
    .where('s.enrollment_id', '=', enrollmentId)
    .orderBy('s.recorded_at', 'desc')
    .orderBy('s.id', 'desc')
    .execute();

export const getScreening = (
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
  id: string,
) =>
  screeningQuery(db, organizationId)
    .where('s.enrollment_id', '=', enrollmentId)
    .where('s.id', '=', id)
    .executeTakeFirst();

export async function insertScreening(
  db: Kysely<Database>,
  organizationId: string,
  s: {
    id: string;
    enrollmentId: string;
    clientId: string;
    modality: string;
    checklistVersion: string;
    answers: string;
    medications: string;
    vitals: string;
    notes: string | null;
    userId: string | null;
  },
  now: string,
): Promise<void> {
  await db
    .insertInto('screenings')
    .values({
      id: s.id,
      organization_id: organizationId,
      enrollment_id: s.enrollmentId,
      client_id: s.clientId,
      modality: s.modality,
      checklist_version: s.checklistVersion,
      answers: s.answers,
      medications: s.medications,
      vitals: s.vitals,
      notes: s.notes,
      recorded_by_user_id: s.userId,
      recorded_at: now,
      decision: null,
      rationale: null,
      decided_by_user_id: null,
      decided_at: null,
    })
    .execute();
}

/** Records a decision only on an undecided screening; false when someone decided first. */
export async function decideScreening(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  d: { decision: string; rationale: string; userId: string | null },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('screenings')
    .set({ decision: d.decision, rationale: d.rationale, decided_by_user_id: d.userId, decided_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('decision', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
/** The latest recorded screening (decided or not): its modality and stored answers text. */
export const latestScreening = (db: Kysely<Database>, organizationId: string, enrollmentId: string) =>
  db
    .selectFrom('screenings')
    .select(['modality', 'answers'])
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
/** The decision of the enrollment's most recently decided screening. */
export async function latestDecision(
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
): Promise<'eligible' | 'ineligible' | null> {
  const r = await db
    .selectFrom('screenings')
    .select('decision')
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .where('decision', 'is not', null)
    .orderBy('decided_at', 'desc')
    .orderBy('recorded_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return (r?.decision as 'eligible' | 'ineligible' | undefined) ?? null;
}
