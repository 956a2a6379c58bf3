/**
 * Reads of a program's derived outcomes (every query scoped to one organization and program):
 * series under the filters (the CSV export), the program's revision and the rows the in-memory
 * columns (cache.ts) read in full or since a revision, and the organization's research key.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Db as Dialect } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { EnrollmentRow } from './columns.ts';

type Db = Kysely<Database>;

export interface SeriesFilters {
  cohort?: string;
  arm?: string;
  condition?: string;
  ageBand?: string;
  sex?: string;
  gender?: string;
}

/** The filters, on any read of outcome_series. */
function withFilters<O>(
  q: SelectQueryBuilder<Database, 'outcome_series', O>,
  filters: SeriesFilters,
): SelectQueryBuilder<Database, 'outcome_series', O> {
  let out = q;
  if (filters.cohort) out = out.where('cohort_id', '=', filters.cohort);
  if (filters.arm) out = out.where('arm', '=', filters.arm);
  if (filters.condition) out = out.where('condition', '=', filters.condition);
  if (filters.ageBand) out = out.where('age_band', '=', filters.ageBand);
  if (filters.sex) out = out.where('sex', '=', filters.sex);
  if (filters.gender) out = out.where('gender', '=', filters.gender);
  return out;
}

export interface SeriesRow {
  enrollment_id: string;
  client_id: string;
  instrument_id: string;
  program_version: number;
  cohort_id: string | null;
  arm: string | null;
  condition: string | null;
  age_band: string | null;
  sex: string | null;
  gender: string | null;
  start_date: string;
  status: string;
  reached: string;
  points: string;
}

/** One instrument's series (or every instrument's, ordered for paging), under the filters. */
export function seriesOf(
  db: Db,
  organizationId: string,
  programId: string,
  instrumentId: string | null,
  filters: SeriesFilters,
  page?: { after: [string, string] | null; limit: number },
): Promise<SeriesRow[]> {
  let q = db
    .selectFrom('outcome_series')
    .select([
      'enrollment_id',
      'client_id',
      'instrument_id',
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
      'points',
    ])
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', programId);
  if (instrumentId !== null) q = q.where('instrument_id', '=', instrumentId);
  q = withFilters(q, filters);
  if (page) {
    const after = page.after;
    if (after)
      q = q.where((eb) =>
        eb.or([
          eb('enrollment_id', '>', after[0]),
          eb.and([eb('enrollment_id', '=', after[0]), eb('instrument_id', '>', after[1])]),
        ]),
      );
    q = q.orderBy('enrollment_id').orderBy('instrument_id').limit(page.limit);
  }
  return q.execute();
}

/** A program's revision and epoch (migration 0007-outcome-revisions); zeros before any derivation. */
export async function programState(
  db: Db,
  organizationId: string,
  programId: string,
): Promise<{ revision: number; epoch: number }> {
  const row = await db
    .selectFrom('outcome_programs')
    .select(['revision', 'epoch'])
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', programId)
    .executeTakeFirst();
  return { revision: Number(row?.revision ?? 0), epoch: Number(row?.epoch ?? 0) };
}

const ENROLLMENT_COLUMNS = [
  'enrollment_id',
  'cohort_id',
  'arm',
  'condition',
  'age_band',
  'sex',
  'gender',
  'status',
  'reached',
] as const;

/** A row of ENROLLMENT_COLUMNS read as an array. */
const enrollmentOf = (v: (string | null)[]): EnrollmentRow => ({
  enrollment_id: v[0]!,
  cohort_id: v[1]!,
  arm: v[2]!,
  condition: v[3]!,
  age_band: v[4]!,
  sex: v[5]!,
  gender: v[6]!,
  status: v[7]!,
  reached: v[8]!,
});

/**
 * Calls `onRow` for each of a program's derived enrollments in id order. On SQLite the rows come
 * straight from the driver as arrays (one at a time, while holding Kysely's connection so that no
 * transaction of another request is open on it): reading 50,000 enrollments as row objects costs
 * about twice as long. On PostgreSQL, page by page.
 */
export async function eachEnrollment(
  db: Dialect,
  organizationId: string,
  programId: string,
  onRow: (r: EnrollmentRow) => void,
): Promise<void> {
  const { sqlite } = db;
  if (sqlite) {
    await db.kysely.connection().execute(async () => {
      const stmt = sqlite
        .prepare(
          `SELECT ${ENROLLMENT_COLUMNS.join(', ')} FROM outcome_enrollments
           WHERE organization_id = ? AND program_id = ? ORDER BY enrollment_id`,
        )
        .raw(true);
      for (const v of stmt.iterate(organizationId, programId) as Iterable<(string | null)[]>) {
        onRow(enrollmentOf(v));
      }
    });
    return;
  }
  await pgPages(
    db,
    `SELECT ${ENROLLMENT_COLUMNS.join(', ')} FROM outcome_enrollments
     WHERE organization_id = $1 AND program_id = $2 AND enrollment_id > $3 ORDER BY enrollment_id LIMIT ${PAGE}`,
    [organizationId, programId],
    (v) => onRow(enrollmentOf(v)),
  );
}

/** Calls `onRow` with each of a program's series of one instrument, in enrollment id order (as eachEnrollment). */
export async function eachSeries(
  db: Dialect,
  organizationId: string,
  programId: string,
  instrumentId: string,
  onRow: (enrollmentId: string, points: string) => void,
): Promise<void> {
  const { sqlite } = db;
  if (sqlite) {
    await db.kysely.connection().execute(async () => {
      const stmt = sqlite
        .prepare(
          `SELECT enrollment_id, points FROM outcome_series
           WHERE organization_id = ? AND program_id = ? AND instrument_id = ? ORDER BY enrollment_id`,
        )
        .raw(true);
      for (const v of stmt.iterate(organizationId, programId, instrumentId) as Iterable<[string, string]>)
        onRow(v[0], v[1]);
    });
    return;
  }
  await pgPages(
    db,
    `SELECT enrollment_id, points FROM outcome_series
     WHERE organization_id = $1 AND program_id = $2 AND instrument_id = $3 AND enrollment_id > $4
     ORDER BY enrollment_id LIMIT ${PAGE}`,
    [organizationId, programId, instrumentId],
    (v) => onRow(v[0]!, v[1]!),
  );
}

/** Rows per page of a full read on PostgreSQL. */
const PAGE = 5_000;

/**
 * A PostgreSQL read page by page (keyset on the first column, the last parameter), rows as arrays
 * rather than objects. Outside any transaction: it reads what is committed.
 */
async function pgPages(
  db: Dialect,
  text: string,
  params: string[],
  onRow: (v: (string | null)[]) => void,
): Promise<void> {
  const pool = db.pgPool;
  if (!pool) throw new Error('not a PostgreSQL database');
  for (let after = ''; ; ) {
    const { rows } = await pool.query<(string | null)[]>({
      text,
      values: [...params, after],
      rowMode: 'array',
    });
    for (const v of rows) onRow(v);
    if (rows.length < PAGE) return;
    after = rows.at(-1)![0]!;
  }
}

/** A program's derived enrollments written after `revision` (at most `limit`). */
export const enrollmentsSince = (
  db: Db,
  organizationId: string,
  programId: string,
  revision: number,
  limit: number,
): Promise<EnrollmentRow[]> =>
  db
    .selectFrom('outcome_enrollments')
    .select(ENROLLMENT_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', programId)
    .where('revision', '>', revision)
    .limit(limit)
    .execute();

export interface PointsRow {
  enrollment_id: string;
  points: string;
}

/** One instrument's series of the given enrollments of a program. */
export const seriesOfEnrollments = (
  db: Db,
  organizationId: string,
  programId: string,
  instrumentId: string,
  enrollmentIds: readonly string[],
): Promise<PointsRow[]> =>
  db
    .selectFrom('outcome_series')
    .select(['enrollment_id', 'points'])
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', programId)
    .where('instrument_id', '=', instrumentId)
    .where('enrollment_id', 'in', [...enrollmentIds])
    .execute();

export const programVersions = (db: Db, organizationId: string, programId: string) =>
  db
    .selectFrom('program_versions')
    .select(['version', 'definition'])
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', programId)
    .orderBy('version', 'desc')
    .execute();

export const cohortNames = (db: Db, organizationId: string, programId: string) =>
  db
    .selectFrom('cohorts')
    .select(['id', 'name', 'start_date'])
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', programId)
    .orderBy('start_date')
    .execute();

/** The organization's minimum cell size for researchers' aggregates (migration 0010). */
export async function minCellSize(db: Db, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom('organizations')
    .select('min_cell_size')
    .where('id', '=', organizationId)
    .executeTakeFirst();
  if (!row) throw new Error(`organization ${organizationId} not found`);
  return Number(row.min_cell_size);
}

/** The organization's research key, created on first use (a race keeps the first one written). */
export async function researchKey(db: Db, organizationId: string): Promise<string> {
  const read = async () =>
    (
      await db
        .selectFrom('organizations')
        .select('research_key')
        .where('id', '=', organizationId)
        .executeTakeFirst()
    )?.research_key ?? null;
  const existing = await read();
  if (existing) return existing;
  await db
    .updateTable('organizations')
    .set({ research_key: randomBytes(32).toString('base64url') })
    .where('id', '=', organizationId)
    .where('research_key', 'is', null)
    .execute();
  const key = await read();
  if (!key) throw new Error(`organization ${organizationId} not found`);
  return key;
}
