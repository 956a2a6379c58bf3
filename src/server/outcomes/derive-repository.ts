/**
 * Reads and writes of the derived outcome tables (migration 0006-outcomes). Reads take the
 * organization id first; the stale-mark queue is read across organizations by the scheduler.
 */
import type { Insertable, Kysely } from 'kysely';
import type { Database, OutcomeEnrollmentTable, OutcomeSeriesTable } from '../../db/schema.ts';
import { deleteSnapshots } from './snapshot-repository.ts';

type Db = Kysely<Database>;

export interface StaleMark {
  enrollment_id: string;
  organization_id: string;
  generation: number;
}

export function staleMarks(db: Db, organizationId: string | null, limit: number): Promise<StaleMark[]> {
  let q = db.selectFrom('outcome_dirty').select(['enrollment_id', 'organization_id', 'generation']);
  if (organizationId !== null) q = q.where('organization_id', '=', organizationId);
  return q.orderBy('enrollment_id').limit(limit).execute();
}

export async function countStale(db: Db, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom('outcome_dirty')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Clears marks that did not change while their enrollments were derived. */
export async function clearMarks(db: Db, marks: readonly StaleMark[]): Promise<void> {
  const byGeneration = new Map<number, string[]>();
  for (const m of marks)
    byGeneration.set(m.generation, [...(byGeneration.get(m.generation) ?? []), m.enrollment_id]);
  for (const [generation, ids] of byGeneration) {
    await db
      .deleteFrom('outcome_dirty')
      .where('generation', '=', generation)
      .where('enrollment_id', 'in', ids)
      .execute();
  }
}

export const enrollmentsToDerive = (db: Db, organizationId: string, ids: readonly string[]) =>
  db
    .selectFrom('enrollments as e')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.id', '=', 'e.client_id').onRef('c.organization_id', '=', 'e.organization_id'),
    )
    .select([
      'e.id',
      'e.organization_id',
      'e.client_id',
      'e.program_id',
      'e.program_version',
      'e.cohort_id',
      'e.arm',
      'e.condition',
      'e.start_date',
      'e.status',
      'e.created_at',
      'c.date_of_birth',
      'c.sex_at_birth',
      'c.gender',
      'c.archived_at',
      'c.restricted_at',
    ])
    .where('e.organization_id', '=', organizationId)
    .where('e.id', 'in', [...ids])
    .execute();

export const definitions = (db: Db, organizationId: string, programIds: readonly string[]) =>
  db
    .selectFrom('program_versions')
    .select(['program_id', 'version', 'definition'])
    .where('organization_id', '=', organizationId)
    .where('program_id', 'in', [...programIds])
    .execute();

export const statusHistory = (db: Db, organizationId: string, ids: readonly string[]) =>
  db
    .selectFrom('enrollment_events')
    .select(['enrollment_id', 'to_status'])
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', 'in', [...ids])
    .execute();

export const sessionsOf = (db: Db, organizationId: string, ids: readonly string[]) =>
  db
    .selectFrom('session_attendees as sa')
    .innerJoin('program_sessions as s', 's.id', 'sa.session_id')
    .select(['sa.enrollment_id', 's.plan_key', 's.dosing', 's.starts_at', 's.ends_at', 's.status'])
    .where('sa.organization_id', '=', organizationId)
    .where('sa.enrollment_id', 'in', [...ids])
    .execute();

export const scoredResponsesOf = (db: Db, organizationId: string, clientIds: readonly string[]) =>
  db
    .selectFrom('questionnaire_responses')
    .select(['id', 'client_id', 'instrument_id', 'administered_at', 'total'])
    .where('organization_id', '=', organizationId)
    .where('client_id', 'in', [...clientIds])
    .execute();

export async function timezoneOf(db: Db, organizationId: string): Promise<string> {
  const o = await db
    .selectFrom('organizations')
    .select('timezone')
    .where('id', '=', organizationId)
    .executeTakeFirst();
  return o?.timezone ?? 'UTC';
}

const ATTRIBUTE_COLUMNS = [
  'client_id',
  'program_id',
  'program_version',
  'cohort_id',
  'arm',
  'condition',
  'age_band',
  'sex',
  'gender',
  'start_date',
  'status',
  'reached',
  'refreshed_at',
  'revision',
] as const;

export type Written = Omit<Insertable<OutcomeEnrollmentTable>, 'revision'>;
export type WrittenSeries = Omit<Insertable<OutcomeSeriesTable>, 'revision'>;

/**
 * Replaces the derived rows of `ids` (one organization) by `enrollments` and their `series`;
 * enrollments of `ids` not written are removed. Every program touched gets a new revision, which
 * stamps the rows written (migration 0007-outcome-revisions); a program an enrollment leaves also
 * gets a new epoch, so that readers holding it in memory read it again in full.
 */
export async function replaceDerived(
  db: Db,
  organizationId: string,
  ids: readonly string[],
  enrollments: readonly Written[],
  series: readonly WrittenSeries[],
): Promise<void> {
  if (ids.length === 0) return;
  const before = await db
    .selectFrom('outcome_enrollments')
    .select(['enrollment_id', 'program_id'])
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', 'in', [...ids])
    .execute();
  const programOf = new Map(enrollments.map((e) => [e.enrollment_id, e.program_id]));
  const left = new Set<string>();
  const oldIds = new Map<string, string[]>();
  for (const b of before) {
    if (programOf.get(b.enrollment_id) !== b.program_id) left.add(b.program_id);
    oldIds.set(b.program_id, [...(oldIds.get(b.program_id) ?? []), b.enrollment_id]);
  }
  const revisions = new Map<string, number>();
  // In one order everywhere, so that two derivations (two servers) touching the same programs lock
  // their outcome_programs rows in the same order and queue rather than deadlock.
  for (const programId of [...new Set([...programOf.values(), ...left])].sort()) {
    const row = await db
      .insertInto('outcome_programs')
      .values({ organization_id: organizationId, program_id: programId, revision: 1, epoch: 0 })
      .onConflict((oc) =>
        oc.columns(['organization_id', 'program_id']).doUpdateSet((eb) => ({
          revision: eb('outcome_programs.revision', '+', 1),
          epoch: left.has(programId)
            ? eb('outcome_programs.epoch', '+', 1)
            : eb.ref('outcome_programs.epoch'),
        })),
      )
      .returning('revision')
      .executeTakeFirstOrThrow();
    revisions.set(programId, Number(row.revision));
  }

  // The stored columns of a program an enrollment left hold its scores: they go with the epoch.
  await deleteSnapshots(db, organizationId, [...left]);

  for (const [programId, list] of oldIds) {
    for (let i = 0; i < list.length; i += 400) {
      await db
        .deleteFrom('outcome_series')
        .where('organization_id', '=', organizationId)
        .where('program_id', '=', programId)
        .where('enrollment_id', 'in', list.slice(i, i + 400))
        .execute();
    }
  }
  const removed = ids.filter((id) => !programOf.has(id));
  for (let i = 0; i < removed.length; i += 400) {
    await db
      .deleteFrom('outcome_enrollments')
      .where('organization_id', '=', organizationId)
      .where('enrollment_id', 'in', removed.slice(i, i + 400))
      .execute();
  }

  const stamp = <T extends { program_id: string }>(r: T) => ({
    ...r,
    revision: revisions.get(r.program_id)!,
  });
  for (let i = 0; i < enrollments.length; i += 400) {
    await db
      .insertInto('outcome_enrollments')
      .values(enrollments.slice(i, i + 400).map(stamp))
      .onConflict((oc) =>
        oc
          .column('enrollment_id')
          .doUpdateSet((eb) =>
            Object.fromEntries(ATTRIBUTE_COLUMNS.map((c) => [c, eb.ref(`excluded.${c}`)])),
          ),
      )
      .execute();
  }
  // Derivations touching one program queue behind each other on its outcome_programs row (locked by
  // the revision upsert above until commit); the upsert here keeps a concurrent derivation safe even
  // where that does not hold (an enrollment moving from one program to another).
  for (let i = 0; i < series.length; i += 400) {
    await db
      .insertInto('outcome_series')
      .values(series.slice(i, i + 400).map(stamp))
      .onConflict((oc) =>
        oc.columns(['organization_id', 'program_id', 'instrument_id', 'enrollment_id']).doUpdateSet((eb) => ({
          ...Object.fromEntries(ATTRIBUTE_COLUMNS.map((c) => [c, eb.ref(`excluded.${c}`)])),
          points: eb.ref('excluded.points'),
        })),
      )
      .execute();
  }
}
