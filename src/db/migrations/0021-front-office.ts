import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * The retreat front office (issue 16, parts 1, 2 and 5): what a cohort offers the public, who
 * applied, the offers made to eligible applicants and the waitlist.
 *
 * - `cohort_listings`: one row per cohort an organization has set up for the public page. Amounts
 *   are integer minor units (cents) with an ISO 4217 currency; the cancellation policy is a JSON
 *   array of tiers `{ minDaysBefore, refundPercent }`; `places` is what the public page sells
 *   (at most the cohort's capacity), `waitlist_size` how many may wait (0: no waitlist),
 *   `hold_days` how long an offer holds a place. Only `published = 1` rows are public.
 * - `applications`: one per person per cohort (`applicant_key` = SHA-256 of the normalised email
 *   and date of birth, unique per cohort, so a second submission updates rather than adds). The
 *   self-report answers are what the client reported, never a clinician's decision; the decision
 *   (`eligible` | `ineligible`) with its reasons is the clinician's, with who and when.
 * - `offers`: a place held for an eligible applicant until `expires_at`; `source` says whether a
 *   decision or the waitlist made it. Payments (migration 0022) attach to these rows.
 * - `waitlist_entries`: who waits for a full cohort, in `position` order.
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  const org = (c: import('kysely').ColumnDefinitionBuilder) => c.notNull().references('organizations.id');

  await db.schema
    .createTable('cohort_listings')
    .addColumn('cohort_id', 'text', (c) => c.primaryKey().references('cohorts.id'))
    .addColumn('organization_id', 'text', org)
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', timestamp)
    /** 'YYYY-MM-DD' of the last day; null: not stated. */
    .addColumn('end_date', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('price_minor', 'integer', (c) => c.notNull())
    .addColumn('deposit_minor', 'integer', (c) => c.notNull())
    /** 'YYYY-MM-DD' the balance falls due; null: with the deposit. */
    .addColumn('balance_due_date', 'text')
    /** JSON array of { minDaysBefore, refundPercent }. */
    .addColumn('cancellation_tiers', 'text', (c) => c.notNull())
    .addColumn('places', 'integer', (c) => c.notNull())
    .addColumn('waitlist_size', 'integer', (c) => c.notNull())
    .addColumn('hold_days', 'integer', (c) => c.notNull())
    .addColumn('updated_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cohort_listings_org_idx')
    .on('cohort_listings')
    .columns(['organization_id', 'published'])
    .execute();

  await db.schema
    .createTable('applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('applicant_key', 'text', (c) => c.notNull())
    /** 'submitted' | 'eligible' | 'ineligible' | 'withdrawn'. */
    .addColumn('status', 'text', (c) => c.notNull())
    /** 'en' | 'nl': the language the applicant used, and of every message to them. */
    .addColumn('language', 'text', (c) => c.notNull())
    /** The screening checklist the self-report was built from. */
    .addColumn('checklist_version', 'text', (c) => c.notNull())
    /** JSON: checklist item id → 'yes' | 'no' | 'unknown', as reported by the client. */
    .addColumn('answers', 'text', (c) => c.notNull())
    /** JSON array of { name, dose, frequency }, as reported by the client. */
    .addColumn('medications', 'text', (c) => c.notNull())
    .addColumn('submitted_at', timestamp, (c) => c.notNull())
    /** 'eligible' | 'ineligible'; null: not decided. */
    .addColumn('decision', 'text')
    /** JSON array of reason strings. */
    .addColumn('decision_reasons', 'text')
    .addColumn('decided_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', timestamp)
    /** The enrollment the decision opened (its screening carries the self-report); null before. */
    .addColumn('enrollment_id', 'text', (c) => c.references('enrollments.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('applications_applicant_unique', ['organization_id', 'cohort_id', 'applicant_key'])
    .execute();
  await db.schema
    .createIndex('applications_queue_idx')
    .on('applications')
    .columns(['organization_id', 'status', 'submitted_at'])
    .execute();
  await db.schema
    .createIndex('applications_client_idx')
    .on('applications')
    .columns(['organization_id', 'client_id'])
    .execute();

  await db.schema
    .createTable('offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id'))
    /** 'offered' | 'accepted' | 'declined' | 'expired' | 'withdrawn'. */
    .addColumn('status', 'text', (c) => c.notNull())
    /** 'decision' | 'waitlist'. */
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('hold_days', 'integer', (c) => c.notNull())
    .addColumn('offered_at', timestamp, (c) => c.notNull())
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .addColumn('responded_at', timestamp)
    .addColumn('status_reason', 'text')
    /** SHA-256 (hex) of the token in the offer email's accept/decline link. */
    .addColumn('response_token_hash', 'text', (c) => c.unique())
    .addColumn('created_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('offers_cohort_idx')
    .on('offers')
    .columns(['organization_id', 'cohort_id', 'status'])
    .execute();
  await db.schema.createIndex('offers_expiry_idx').on('offers').columns(['status', 'expires_at']).execute();
  await db.schema
    .createIndex('offers_application_idx')
    .on('offers')
    .columns(['organization_id', 'application_id'])
    .execute();

  await db.schema
    .createTable('waitlist_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id'))
    .addColumn('application_id', 'text', (c) => c.notNull().unique().references('applications.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    /** Order on the list: lower goes first; gaps are fine. */
    .addColumn('position', 'integer', (c) => c.notNull())
    /** 'waiting' | 'offered' | 'left'. */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('joined_at', timestamp, (c) => c.notNull())
    .addColumn('left_at', timestamp)
    .addColumn('left_reason', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('waitlist_entries_cohort_idx')
    .on('waitlist_entries')
    .columns(['organization_id', 'cohort_id', 'status', 'position'])
    .execute();
}
