import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Programs from preparation to follow-up: versioned definitions, rooms, cohorts, enrollments with
 * their status history, screening, consent, sessions (personal and group) with facilitators and
 * attendees, calendar feeds, and dosing records with vital signs and adverse events.
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  const org = (c: import('kysely').ColumnDefinitionBuilder) => c.notNull().references('organizations.id');

  // Local times of sessions are computed in the organization's time zone.
  await db.schema
    .alterTable('organizations')
    .addColumn('timezone', 'text', (c) => c.notNull().defaultTo('UTC'))
    .execute();

  await db.schema
    .createTable('rooms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('archived_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rooms_org_idx').on('rooms').columns(['organization_id', 'name']).execute();

  await db.schema
    .createTable('programs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('template_id', 'text')
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('archived_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('programs_org_idx')
    .on('programs')
    .columns(['organization_id', 'name'])
    .execute();

  await db.schema
    .createTable('program_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('program_versions_unique', ['program_id', 'version'])
    .execute();

  await db.schema
    .createTable('consent_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('consent_documents_unique', ['program_id', 'version'])
    .execute();

  await db.schema
    .createTable('cohorts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('program_version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    /** Calendar date 'YYYY-MM-DD' of program day 0, in the organization's time zone. */
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('room_id', 'text', (c) => c.references('rooms.id'))
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('cancelled_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cohorts_org_idx')
    .on('cohorts')
    .columns(['organization_id', 'program_id', 'start_date'])
    .execute();

  await db.schema
    .createTable('cohort_facilitators')
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id'))
    .addColumn('organization_id', 'text', org)
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('cohort_facilitators_pk', ['cohort_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('enrollments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('program_version', 'integer', (c) => c.notNull())
    .addColumn('cohort_id', 'text', (c) => c.references('cohorts.id'))
    .addColumn('arm', 'text')
    /** 'YYYY-MM-DD' of program day 0 for this client (the cohort's start date in a cohort program). */
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('status_changed_at', timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enrollments_client_idx')
    .on('enrollments')
    .columns(['organization_id', 'client_id'])
    .execute();
  await db.schema
    .createIndex('enrollments_cohort_idx')
    .on('enrollments')
    .columns(['organization_id', 'cohort_id'])
    .execute();

  await db.schema
    .createTable('enrollment_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('enrollment_id', 'text', (c) => c.notNull().references('enrollments.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('user_id', 'text')
    .addColumn('at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enrollment_events_idx')
    .on('enrollment_events')
    .columns(['organization_id', 'enrollment_id', 'at'])
    .execute();

  await db.schema
    .createTable('screenings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('enrollment_id', 'text', (c) => c.notNull().references('enrollments.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('checklist_version', 'text', (c) => c.notNull())
    /** JSON: checklist item id → 'yes' | 'no' | 'unknown'. */
    .addColumn('answers', 'text', (c) => c.notNull())
    /** JSON array of { name, dose, frequency }. */
    .addColumn('medications', 'text', (c) => c.notNull())
    /** JSON: intake vital signs { systolic, diastolic, heartRate, spo2, weightKg, heightCm, measuredAt }. */
    .addColumn('vitals', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('recorded_by_user_id', 'text')
    .addColumn('recorded_at', timestamp, (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('rationale', 'text')
    .addColumn('decided_by_user_id', 'text')
    .addColumn('decided_at', timestamp)
    .execute();
  await db.schema
    .createIndex('screenings_enrollment_idx')
    .on('screenings')
    .columns(['organization_id', 'enrollment_id', 'recorded_at'])
    .execute();

  await db.schema
    .createTable('consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('enrollment_id', 'text', (c) => c.notNull().references('enrollments.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('consent_documents.id'))
    .addColumn('document_version', 'integer', (c) => c.notNull())
    .addColumn('signed_at', timestamp, (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('recorded_by_user_id', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('withdrawn_at', timestamp)
    .execute();
  await db.schema
    .createIndex('consents_enrollment_idx')
    .on('consents')
    .columns(['organization_id', 'enrollment_id'])
    .execute();

  // "sessions" holds sign-in sessions; these are the program's scheduled sessions.
  await db.schema
    .createTable('program_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('cohort_id', 'text', (c) => c.references('cohorts.id'))
    /** Set for a personal session; null for a cohort's group session. */
    .addColumn('enrollment_id', 'text', (c) => c.references('enrollments.id'))
    .addColumn('plan_key', 'text')
    .addColumn('occurrence', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('dosing', 'integer', (c) => c.notNull())
    /** JSON PlannedDose or null. */
    .addColumn('planned_dose', 'text')
    .addColumn('arms', 'text')
    .addColumn('starts_at', timestamp, (c) => c.notNull())
    .addColumn('ends_at', timestamp, (c) => c.notNull())
    .addColumn('room_id', 'text', (c) => c.references('rooms.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('note', 'text')
    .addColumn('note_by_user_id', 'text')
    .addColumn('note_at', timestamp)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('program_sessions_time_idx')
    .on('program_sessions')
    .columns(['organization_id', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('program_sessions_enrollment_idx')
    .on('program_sessions')
    .columns(['organization_id', 'enrollment_id'])
    .execute();
  await db.schema
    .createIndex('program_sessions_cohort_idx')
    .on('program_sessions')
    .columns(['organization_id', 'cohort_id'])
    .execute();

  await db.schema
    .createTable('session_facilitators')
    .addColumn('session_id', 'text', (c) => c.notNull().references('program_sessions.id'))
    .addColumn('organization_id', 'text', org)
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('session_facilitators_pk', ['session_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('session_facilitators_user_idx')
    .on('session_facilitators')
    .columns(['organization_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('session_attendees')
    .addColumn('session_id', 'text', (c) => c.notNull().references('program_sessions.id'))
    .addColumn('organization_id', 'text', org)
    .addColumn('enrollment_id', 'text', (c) => c.notNull().references('enrollments.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    /** 'booked', or 'held' for a dosing session until the client is eligible and consented. */
    .addColumn('booking', 'text', (c) => c.notNull())
    .addColumn('attendance', 'text')
    .addColumn('attendance_at', timestamp)
    .addColumn('attendance_by_user_id', 'text')
    .addPrimaryKeyConstraint('session_attendees_pk', ['session_id', 'enrollment_id'])
    .execute();
  await db.schema
    .createIndex('session_attendees_client_idx')
    .on('session_attendees')
    .columns(['organization_id', 'client_id'])
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    /** 'user' (a facilitator's sessions) or 'client'. */
    .addColumn('owner_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('revoked_at', timestamp)
    .execute();

  await db.schema
    .createTable('dosing_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('session_id', 'text', (c) => c.notNull().references('program_sessions.id'))
    .addColumn('enrollment_id', 'text', (c) => c.notNull().references('enrollments.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('substance', 'text', (c) => c.notNull())
    .addColumn('dose_mg', 'double precision', (c) => c.notNull())
    .addColumn('weight_kg', 'double precision')
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('lot_number', 'text')
    .addColumn('started_at', timestamp, (c) => c.notNull())
    .addColumn('ended_at', timestamp)
    .addColumn('discharge_ready', 'integer', (c) => c.notNull())
    .addColumn('discharged_at', timestamp)
    .addColumn('discharge_note', 'text')
    .addColumn('notes', 'text')
    .addColumn('recorded_by_user_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dosing_records_client_idx')
    .on('dosing_records')
    .columns(['organization_id', 'client_id', 'started_at'])
    .execute();

  await db.schema
    .createTable('vital_signs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('dosing_record_id', 'text', (c) => c.notNull().references('dosing_records.id'))
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('measured_at', timestamp, (c) => c.notNull())
    .addColumn('systolic', 'integer')
    .addColumn('diastolic', 'integer')
    .addColumn('heart_rate', 'integer')
    .addColumn('spo2', 'integer')
    /** JSON array of { field, message }: values outside the organization's limits. */
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('recorded_by_user_id', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('vital_signs_record_idx')
    .on('vital_signs')
    .columns(['organization_id', 'dosing_record_id', 'measured_at'])
    .execute();

  await db.schema
    .createTable('adverse_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('dosing_record_id', 'text', (c) => c.notNull().references('dosing_records.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('grade', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('onset_at', timestamp, (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('recorded_by_user_id', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('adverse_events_record_idx')
    .on('adverse_events')
    .columns(['organization_id', 'dosing_record_id'])
    .execute();
}
