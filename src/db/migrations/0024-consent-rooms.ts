import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * E-consent, accommodation and pre-arrival messages (issue 16, parts 3, 6 and 7).
 *
 * - `consent_documents.sha256`: the SHA-256 (hex) of the document's body as stored, set when a
 *   version is published; existing versions get theirs here. `consents` record what was signed:
 *   `document_sha256` (the hash of the text the client read), and for a signature in the portal the
 *   typed name, the explicit tick, the client's address and user agent. Staff-recorded consents get
 *   the hash of the document they recorded (existing ones here, from their document).
 * - Accommodation: `lodging_rooms` (separate from the treatment `rooms` sessions use) with their
 *   `lodging_beds`; per cohort the nights (`lodging_stays`), each client's needs on their booking
 *   (`lodging_guests`: diet, access, roommate wish) and the allocation (`bed_assignments`). A bed
 *   holds one guest per cohort and a guest one bed per cohort (unique constraints); beds shared by
 *   cohorts whose nights overlap are refused by the service under a lock on the bed.
 * - `pre_arrival_messages`: per cohort and language, what to bring, travel, arrival time and
 *   preparation reading, sent `days_before` the start through the outbox (dedupe key per client).
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  const org = (c: import('kysely').ColumnDefinitionBuilder) => c.notNull().references('organizations.id');
  await db.schema.alterTable('consent_documents').addColumn('sha256', 'text').execute();
  await db.schema.alterTable('consents').addColumn('document_sha256', 'text').execute();
  await db.schema.alterTable('consents').addColumn('signature_name', 'text').execute();
  await db.schema.alterTable('consents').addColumn('signature_confirmed', 'integer').execute();
  await db.schema.alterTable('consents').addColumn('signature_ip', 'text').execute();
  await db.schema.alterTable('consents').addColumn('signature_user_agent', 'text').execute();

  const k = db as unknown as Kysely<{
    consent_documents: { id: string; body: string; sha256: string | null };
    consents: { id: string; document_id: string; document_sha256: string | null };
  }>;
  const docs = await k.selectFrom('consent_documents').select(['id', 'body']).execute();
  for (const d of docs) {
    const sha256 = createHash('sha256').update(d.body, 'utf8').digest('hex');
    await k.updateTable('consent_documents').set({ sha256 }).where('id', '=', d.id).execute();
    await k
      .updateTable('consents')
      .set({ document_sha256: sha256 })
      .where('document_id', '=', d.id)
      .execute();
  }

  await db.schema
    .createTable('lodging_rooms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('name', 'text', (c) => c.notNull())
    /** 'any' | 'same-gender': who may share the room. */
    .addColumn('sharing', 'text', (c) => c.notNull())
    .addColumn('accessible', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('archived_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('lodging_rooms_name_unique', ['organization_id', 'name'])
    .execute();
  await db.schema
    .createTable('lodging_beds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('room_id', 'text', (c) => c.notNull().references('lodging_rooms.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('archived_at', timestamp)
    .addUniqueConstraint('lodging_beds_label_unique', ['room_id', 'label'])
    .execute();
  await db.schema
    .createTable('lodging_stays')
    .addColumn('cohort_id', 'text', (c) => c.primaryKey().references('cohorts.id'))
    .addColumn('organization_id', 'text', org)
    /** 'YYYY-MM-DD': the first night and the morning of departure. */
    .addColumn('arrival_date', 'text', (c) => c.notNull())
    .addColumn('departure_date', 'text', (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('lodging_guests')
    .addColumn('enrollment_id', 'text', (c) => c.primaryKey().references('enrollments.id'))
    .addColumn('organization_id', 'text', org)
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('diet', 'text')
    .addColumn('access_needs', 'text')
    .addColumn('needs_accessible_room', 'integer', (c) => c.notNull())
    /** The client they wish to share a room with (no foreign key: erasure clears it). */
    .addColumn('roommate_client_id', 'text')
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('bed_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id'))
    .addColumn('bed_id', 'text', (c) => c.notNull().references('lodging_beds.id'))
    .addColumn('enrollment_id', 'text', (c) => c.notNull().references('enrollments.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('assigned_by_user_id', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('bed_assignments_bed_unique', ['cohort_id', 'bed_id'])
    .addUniqueConstraint('bed_assignments_guest_unique', ['cohort_id', 'enrollment_id'])
    .execute();
  await db.schema.createIndex('bed_assignments_bed_idx').on('bed_assignments').column('bed_id').execute();
  await db.schema
    .createIndex('bed_assignments_client_idx')
    .on('bed_assignments')
    .columns(['organization_id', 'client_id'])
    .execute();
  await db.schema
    .createTable('pre_arrival_messages')
    .addColumn('organization_id', 'text', org)
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('days_before', 'integer', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('what_to_bring', 'text', (c) => c.notNull())
    .addColumn('travel', 'text', (c) => c.notNull())
    .addColumn('arrival', 'text', (c) => c.notNull())
    .addColumn('reading', 'text', (c) => c.notNull())
    .addColumn('updated_by_user_id', 'text')
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('pre_arrival_messages_pk', ['cohort_id', 'language'])
    .execute();
}
