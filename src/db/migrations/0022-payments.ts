import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Booking payments (issue 16 part 4; src/domain/payments, src/server/payments).
 *
 * - `payment_settings`: one row per organization: VAT (rate in basis points, whether prices
 *   include it, VAT number), the invoice prefix, balance reminder days (JSON array), the methods
 *   offered, the bank account for transfers, and provider credentials sealed with the secret box
 *   (src/server/secrets): never returned by the API, only whether each is set.
 * - `payments`: one attempt to pay part of an offer (deposit, balance or the full price), by a
 *   method; `provider_ref` is the provider's id (unique per method), `reference` the bank
 *   transfer's ISO 11649 reference. `flagged_for_refund` marks a payment that arrived when nothing
 *   was due (a double payment, or a payment for an offer no longer open): kept, never lost.
 * - `payment_refunds`: money given back, per payment.
 * - `payment_events`: every provider event processed, by (provider, event id): a replay is a no-op.
 * - `invoice_counters` / `invoices`: a gap-free number series per organization and year; an
 *   invoice is issued in the transaction that marks a payment paid.
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  const org = (c: import('kysely').ColumnDefinitionBuilder) => c.notNull().references('organizations.id');

  await db.schema
    .createTable('payment_settings')
    .addColumn('organization_id', 'text', (c) => c.primaryKey().references('organizations.id'))
    .addColumn('vat_rate_bp', 'integer', (c) => c.notNull())
    .addColumn('prices_include_vat', 'integer', (c) => c.notNull())
    .addColumn('vat_number', 'text')
    .addColumn('invoice_prefix', 'text', (c) => c.notNull())
    /** JSON array of whole days before the balance due date. */
    .addColumn('reminder_days', 'text', (c) => c.notNull())
    /** JSON array of 'mollie' | 'stripe' | 'bank_transfer'. */
    .addColumn('methods', 'text', (c) => c.notNull())
    .addColumn('bank_iban', 'text')
    .addColumn('bank_account_name', 'text')
    .addColumn('mollie_api_key', 'text')
    .addColumn('stripe_secret_key', 'text')
    .addColumn('stripe_webhook_secret', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('offer_id', 'text', (c) => c.notNull().references('offers.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id'))
    /** 'deposit' | 'balance' | 'full'. */
    .addColumn('kind', 'text', (c) => c.notNull())
    /** 'mollie' | 'stripe' | 'bank_transfer'. */
    .addColumn('method', 'text', (c) => c.notNull())
    /** 'open' | 'pending' | 'paid' | 'failed' | 'cancelled' | 'expired'. */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('provider_ref', 'text')
    .addColumn('checkout_url', 'text')
    .addColumn('reference', 'text')
    .addColumn('flagged_for_refund', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('flag_reason', 'text')
    .addColumn('paid_at', timestamp)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('payments_provider_ref_unique', ['method', 'provider_ref'])
    .execute();
  await db.schema
    .createIndex('payments_offer_idx')
    .on('payments')
    .columns(['organization_id', 'offer_id'])
    .execute();

  await db.schema
    .createTable('payment_refunds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('payment_id', 'text', (c) => c.notNull().references('payments.id'))
    .addColumn('amount_minor', 'integer', (c) => c.notNull())
    .addColumn('provider_ref', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('payment_refunds_payment_idx')
    .on('payment_refunds')
    .columns(['organization_id', 'payment_id'])
    .execute();

  await db.schema
    .createTable('payment_events')
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', org)
    .addColumn('payment_id', 'text', (c) => c.notNull().references('payments.id'))
    .addColumn('received_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('payment_events_pk', ['provider', 'event_id'])
    .execute();

  await db.schema
    .createTable('invoice_counters')
    .addColumn('organization_id', 'text', org)
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_sequence', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('invoice_counters_pk', ['organization_id', 'year'])
    .execute();

  await db.schema
    .createTable('invoices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('payment_id', 'text', (c) => c.notNull().unique().references('payments.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('net_minor', 'integer', (c) => c.notNull())
    .addColumn('vat_minor', 'integer', (c) => c.notNull())
    .addColumn('gross_minor', 'integer', (c) => c.notNull())
    .addColumn('vat_rate_bp', 'integer', (c) => c.notNull())
    .addColumn('vat_number', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('issued_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('invoices_number_unique', ['organization_id', 'number'])
    .addUniqueConstraint('invoices_sequence_unique', ['organization_id', 'year', 'sequence'])
    .execute();
}
