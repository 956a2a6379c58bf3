import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Outcome analytics. Which response fills which scheduled timepoint is derived by the program
 * rules (src/domain/programs/assessments.ts), too costly to repeat for 100,000 enrollments on every
 * dashboard view, so it is kept derived: `outcome_enrollments` (one row per enrollment: stage
 * reached, subgroup attributes) and `outcome_series` (one row per enrollment × instrument with its
 * timepoints as compact JSON). The database itself marks an enrollment stale (`outcome_dirty`)
 * whenever something it depends on changes — a response, a session's time or status, a booking,
 * the enrollment, its status history, the client's demographics — so no write path can forget to;
 * src/server/outcomes/derive.ts brings stale enrollments up to date before outcomes are read, and
 * the scheduler does between views. Enrollments get the condition they are treated for;
 * organizations a secret key for researchers' pseudonyms and date shifts.
 */
export async function up(db: Kysely<unknown>, { dialect, timestamp }: MigrationContext): Promise<void> {
  await db.schema.alterTable('enrollments').addColumn('condition', 'text').execute();
  await db.schema.alterTable('organizations').addColumn('research_key', 'text').execute();

  await db.schema
    .createTable('outcome_dirty')
    .addColumn('enrollment_id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    /** Bumped on every new mark: a derivation clears the mark only if no change came in meanwhile. */
    .addColumn('generation', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('outcome_dirty_org_idx')
    .on('outcome_dirty')
    .column('organization_id')
    .execute();

  const attributes = (t: ReturnType<typeof db.schema.createTable>) =>
    t
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
      .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
      .addColumn('program_version', 'integer', (c) => c.notNull())
      .addColumn('cohort_id', 'text')
      .addColumn('arm', 'text')
      .addColumn('condition', 'text')
      .addColumn('age_band', 'text')
      .addColumn('sex', 'text')
      .addColumn('gender', 'text')
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      /** The furthest stage reached: referred | screened | eligible | consented | started | completed. */
      .addColumn('reached', 'text', (c) => c.notNull())
      .addColumn('refreshed_at', timestamp, (c) => c.notNull());

  await attributes(
    db.schema.createTable('outcome_enrollments').addColumn('enrollment_id', 'text', (c) => c.primaryKey()),
  ).execute();
  await db.schema
    .createIndex('outcome_enrollments_program_idx')
    .on('outcome_enrollments')
    .columns(['organization_id', 'program_id'])
    .execute();

  await attributes(
    db.schema
      .createTable('outcome_series')
      .addColumn('enrollment_id', 'text', (c) => c.notNull())
      .addColumn('instrument_id', 'text', (c) => c.notNull()),
  )
    /** JSON array of [timepointKey, score|null, dueEpochSeconds|null, closesEpochSeconds|null, answeredEpochSeconds|null]. */
    .addColumn('points', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('outcome_series_pk', ['enrollment_id', 'instrument_id'] as never)
    .execute();
  await db.schema
    .createIndex('outcome_series_program_idx')
    .on('outcome_series')
    .columns(['organization_id', 'program_id', 'instrument_id'])
    .execute();

  // Everything enrolled so far is derived on first use.
  await sql`INSERT INTO outcome_dirty (enrollment_id, organization_id, generation)
    SELECT id, organization_id, 0 FROM enrollments`.execute(db);

  for (const t of TRIGGERS) {
    if (dialect === 'postgres') {
      const row = t.event === 'DELETE' ? 'OLD' : 'NEW';
      await sql
        .raw(`CREATE FUNCTION ${t.name}() RETURNS trigger AS $$
          BEGIN ${mark(t.select('NEW', 'OLD'))}; RETURN ${row}; END; $$ LANGUAGE plpgsql`)
        .execute(db);
      await sql
        .raw(`CREATE TRIGGER ${t.name} AFTER ${t.event}${t.columns ? ` OF ${t.columns.join(', ')}` : ''} ON ${t.table}
          FOR EACH ROW EXECUTE FUNCTION ${t.name}()`)
        .execute(db);
    } else {
      await sql
        .raw(`CREATE TRIGGER ${t.name} AFTER ${t.event}${t.columns ? ` OF ${t.columns.join(', ')}` : ''} ON ${t.table}
          BEGIN ${mark(t.select('new', 'old'))}; END`)
        .execute(db);
    }
  }
}

/** Upsert marks: a new mark bumps the generation of an existing one. */
const mark = (select: string) =>
  `INSERT INTO outcome_dirty (enrollment_id, organization_id, generation) ${select}
   ON CONFLICT (enrollment_id) DO UPDATE SET generation = outcome_dirty.generation + 1`;

interface Trigger {
  name: string;
  table: string;
  event: 'INSERT' | 'UPDATE' | 'DELETE';
  columns?: string[];
  /** The enrollments to mark, as `SELECT enrollment_id, organization_id, 0 … WHERE …`. */
  select(NEW: string, OLD: string): string;
}

const ofClient = (row: string) =>
  `SELECT id, organization_id, 0 FROM enrollments WHERE organization_id = ${row}.organization_id AND client_id = ${row}.client_id`;
const ofSession = (row: string) =>
  `SELECT enrollment_id, organization_id, 0 FROM session_attendees WHERE session_id = ${row}.id`;
const itself = (row: string, id = 'id') => `SELECT ${row}.${id}, ${row}.organization_id, 0 WHERE 1 = 1`;

const TRIGGERS: Trigger[] = [
  {
    name: 'outcomes_response_insert',
    table: 'questionnaire_responses',
    event: 'INSERT',
    select: (n) => ofClient(n),
  },
  {
    name: 'outcomes_response_update',
    table: 'questionnaire_responses',
    event: 'UPDATE',
    columns: ['total', 'administered_at', 'instrument_id', 'client_id'],
    select: (n) => ofClient(n),
  },
  {
    name: 'outcomes_response_delete',
    table: 'questionnaire_responses',
    event: 'DELETE',
    select: (_, o) => ofClient(o),
  },
  {
    name: 'outcomes_session_update',
    table: 'program_sessions',
    event: 'UPDATE',
    columns: ['starts_at', 'ends_at', 'status', 'dosing'],
    select: (n) => ofSession(n),
  },
  {
    name: 'outcomes_attendee_insert',
    table: 'session_attendees',
    event: 'INSERT',
    select: (n) => itself(n, 'enrollment_id'),
  },
  {
    name: 'outcomes_attendee_delete',
    table: 'session_attendees',
    event: 'DELETE',
    select: (_, o) => itself(o, 'enrollment_id'),
  },
  { name: 'outcomes_enrollment_insert', table: 'enrollments', event: 'INSERT', select: (n) => itself(n) },
  { name: 'outcomes_enrollment_update', table: 'enrollments', event: 'UPDATE', select: (n) => itself(n) },
  {
    name: 'outcomes_enrollment_event_insert',
    table: 'enrollment_events',
    event: 'INSERT',
    select: (n) => itself(n, 'enrollment_id'),
  },
  {
    name: 'outcomes_client_update',
    table: 'clients',
    event: 'UPDATE',
    columns: ['date_of_birth', 'sex_at_birth', 'gender', 'archived_at'],
    select: (n) =>
      `SELECT id, organization_id, 0 FROM enrollments WHERE organization_id = ${n}.organization_id AND client_id = ${n}.id`,
  },
];
