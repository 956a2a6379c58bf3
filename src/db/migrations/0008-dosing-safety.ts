import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * The dosing day in its real order (issue 13): baseline vital signs are taken before any dose
 * exists, so a vital-sign set belongs to a session and an enrollment, and to a dosing record only
 * once the dose is given (`dosing_record_id` becomes nullable; existing rows take the session and
 * enrollment of their record). A flagged baseline can carry a clinician's override (reason, who,
 * when). A dosing record keeps the plan it was checked against and the confirmation reason of a
 * dose far from it.
 *
 * SQLite cannot drop a NOT NULL constraint: `vital_signs` (which no table references) is rebuilt.
 */
export async function up(db: Kysely<unknown>, { dialect, timestamp }: MigrationContext): Promise<void> {
  await db.schema.alterTable('dosing_records').addColumn('planned_mg_per_kg', 'double precision').execute();
  await db.schema.alterTable('dosing_records').addColumn('dose_confirmation_reason', 'text').execute();

  if (dialect === 'postgres') {
    await sql`ALTER TABLE vital_signs
      ADD COLUMN session_id text REFERENCES program_sessions(id),
      ADD COLUMN enrollment_id text REFERENCES enrollments(id),
      ADD COLUMN override_reason text,
      ADD COLUMN override_by_user_id text,
      ADD COLUMN override_at timestamptz`.execute(db);
    await sql`UPDATE vital_signs v SET session_id = d.session_id, enrollment_id = d.enrollment_id
      FROM dosing_records d WHERE d.id = v.dosing_record_id`.execute(db);
    await sql`ALTER TABLE vital_signs
      ALTER COLUMN session_id SET NOT NULL,
      ALTER COLUMN enrollment_id SET NOT NULL,
      ALTER COLUMN dosing_record_id DROP NOT NULL`.execute(db);
  } else {
    await db.schema
      .createTable('vital_signs_next')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
      .addColumn('session_id', 'text', (c) => c.notNull().references('program_sessions.id'))
      .addColumn('enrollment_id', 'text', (c) => c.notNull().references('enrollments.id'))
      .addColumn('dosing_record_id', 'text', (c) => c.references('dosing_records.id'))
      .addColumn('phase', 'text', (c) => c.notNull())
      .addColumn('measured_at', timestamp, (c) => c.notNull())
      .addColumn('systolic', 'integer')
      .addColumn('diastolic', 'integer')
      .addColumn('heart_rate', 'integer')
      .addColumn('spo2', 'integer')
      .addColumn('flags', 'text', (c) => c.notNull())
      .addColumn('override_reason', 'text')
      .addColumn('override_by_user_id', 'text')
      .addColumn('override_at', timestamp)
      .addColumn('recorded_by_user_id', 'text')
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .execute();
    await sql`INSERT INTO vital_signs_next (id, organization_id, session_id, enrollment_id, dosing_record_id,
        phase, measured_at, systolic, diastolic, heart_rate, spo2, flags, recorded_by_user_id, created_at)
      SELECT v.id, v.organization_id, d.session_id, d.enrollment_id, v.dosing_record_id, v.phase, v.measured_at,
        v.systolic, v.diastolic, v.heart_rate, v.spo2, v.flags, v.recorded_by_user_id, v.created_at
      FROM vital_signs v JOIN dosing_records d ON d.id = v.dosing_record_id`.execute(db);
    await db.schema.dropTable('vital_signs').execute();
    await sql`ALTER TABLE vital_signs_next RENAME TO vital_signs`.execute(db);
    await db.schema
      .createIndex('vital_signs_record_idx')
      .on('vital_signs')
      .columns(['organization_id', 'dosing_record_id', 'measured_at'])
      .execute();
  }
  await db.schema
    .createIndex('vital_signs_day_idx')
    .on('vital_signs')
    .columns(['organization_id', 'session_id', 'enrollment_id', 'measured_at'])
    .execute();
}
