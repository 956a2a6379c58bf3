import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Outcome reads at the scale of a clinic network (issue 6: 100,000 clients).
 *
 * - `outcome_programs`: per program a `revision`, bumped by every derivation that writes one of
 *   its enrollments, and an `epoch`, bumped when an enrollment leaves the program's derived rows
 *   (its client archived). Derived rows carry the revision that wrote them, so a reader that holds a
 *   program's outcomes in memory (src/server/outcomes/cache.ts) reads only what changed since.
 * - `outcome_series` is rebuilt with the primary key (organization, program, instrument,
 *   enrollment): one program's series of one instrument are then one range of the key, read in
 *   order (SQLite stores the table in its key order: WITHOUT ROWID). Its other indexes serve the
 *   CSV export (program, enrollment, instrument), a client's trajectories (client), and the
 *   derivation's deletes.
 * - `session_attendees` gets an index by enrollment: deriving one enrollment reads its sessions,
 *   which otherwise meant reading every booking of the organization.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('outcome_programs')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('epoch', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('outcome_programs_pk', ['organization_id', 'program_id'] as never)
    .execute();
  await sql`INSERT INTO outcome_programs (organization_id, program_id, revision, epoch)
    SELECT DISTINCT organization_id, program_id, 0, 0 FROM outcome_enrollments`.execute(db);

  await db.schema
    .alterTable('outcome_enrollments')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // A program's enrollments in key order (read page by page), and those written since a revision.
  await db.schema.dropIndex('outcome_enrollments_program_idx').execute();
  await db.schema
    .createIndex('outcome_enrollments_program_idx')
    .on('outcome_enrollments')
    .columns(['organization_id', 'program_id', 'enrollment_id'])
    .execute();
  await db.schema
    .createIndex('outcome_enrollments_revision_idx')
    .on('outcome_enrollments')
    .columns(['organization_id', 'program_id', 'revision'])
    .execute();

  const columns = `enrollment_id, instrument_id, organization_id, client_id, program_id, program_version,
    cohort_id, arm, condition, age_band, sex, gender, start_date, status, reached, refreshed_at, points`;
  const timestamp = dialect === 'postgres' ? 'timestamptz' : 'text';
  await sql
    .raw(`CREATE TABLE outcome_series_v7 (
      organization_id text NOT NULL REFERENCES organizations (id),
      program_id text NOT NULL REFERENCES programs (id),
      instrument_id text NOT NULL,
      enrollment_id text NOT NULL,
      client_id text NOT NULL REFERENCES clients (id),
      program_version integer NOT NULL,
      cohort_id text,
      arm text,
      condition text,
      age_band text,
      sex text,
      gender text,
      start_date text NOT NULL,
      status text NOT NULL,
      reached text NOT NULL,
      refreshed_at ${timestamp} NOT NULL,
      revision integer NOT NULL,
      points text NOT NULL,
      CONSTRAINT outcome_series_key PRIMARY KEY (organization_id, program_id, instrument_id, enrollment_id)
    )${dialect === 'sqlite' ? ' WITHOUT ROWID' : ''}`)
    .execute(db);
  await sql
    .raw(`INSERT INTO outcome_series_v7 (${columns}, revision) SELECT ${columns}, 0 FROM outcome_series`)
    .execute(db);
  await db.schema.dropTable('outcome_series').execute();
  await db.schema.alterTable('outcome_series_v7').renameTo('outcome_series').execute();
  await db.schema
    .createIndex('outcome_series_enrollment_idx')
    .on('outcome_series')
    .columns(['organization_id', 'program_id', 'enrollment_id', 'instrument_id'])
    .execute();
  await db.schema
    .createIndex('session_attendees_enrollment_idx')
    .on('session_attendees')
    .columns(['organization_id', 'enrollment_id'])
    .execute();
  await db.schema
    .createIndex('outcome_series_client_idx')
    .on('outcome_series')
    .columns(['organization_id', 'client_id'])
    .execute();
}
