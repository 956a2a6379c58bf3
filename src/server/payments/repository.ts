/**
 * Payment queries. Every function over an organization's data takes the organization id first;
 * the webhook's lookup of a payment by the provider's id is the one cross-organization read (it
 * finds which organization's credentials verify the delivery).
 */
import type { Kysely } from 'kysely';
import type { Database, PaymentTable } from '../../db/schema.ts';

type Db = Kysely<Database>;

export const getSettings = (db: Db, organizationId: string) =>
  db
    .selectFrom('payment_settings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
export type SettingsRow = NonNullable<Awaited<ReturnType<typeof getSettings>>>;

export const getPayment = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom('payments')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
export type PaymentRow = NonNullable<Awaited<ReturnType<typeof getPayment>>>;

/** Cross-organization: the payment a provider's id names (webhooks). */
export const paymentByProviderRef = (db: Db, method: string, providerRef: string) =>
  db
    .selectFrom('payments')
    .selectAll()
    .where('method', '=', method)
    .where('provider_ref', '=', providerRef)
    .executeTakeFirst();

export const paymentsOfOffer = (db: Db, organizationId: string, offerId: string) =>
  db
    .selectFrom('payments')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('offer_id', '=', offerId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const refundsOf = (db: Db, organizationId: string, paymentIds: string[]) =>
  paymentIds.length
    ? db
        .selectFrom('payment_refunds')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('payment_id', 'in', paymentIds)
        .orderBy('created_at')
        .execute()
    : Promise.resolve([]);

export const invoicesOf = (db: Db, organizationId: string, paymentIds: string[]) =>
  paymentIds.length
    ? db
        .selectFrom('invoices')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('payment_id', 'in', paymentIds)
        .execute()
    : Promise.resolve([]);

export async function insertPayment(db: Db, row: Omit<PaymentTable, 'flagged_for_refund'>) {
  await db.insertInto('payments').values(row).execute();
}

/** Moves a payment if it still has `version`; false when someone else moved it first. */
export async function setPaymentStatus(
  db: Db,
  organizationId: string,
  p: { id: string; version: number },
  set: { status: string; paid_at?: string | null; flagged_for_refund?: number; flag_reason?: string | null },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('payments')
    .set({ ...set, version: p.version + 1, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', p.id)
    .where('version', '=', p.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setCheckout(
  db: Db,
  organizationId: string,
  id: string,
  providerRef: string,
  checkoutUrl: string,
  now: string,
) {
  await db
    .updateTable('payments')
    .set({ provider_ref: providerRef, checkout_url: checkoutUrl, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

/** Records an event as processed; false when it was processed before (a replay). */
export async function recordEvent(
  db: Db,
  e: { provider: string; eventId: string; organizationId: string; paymentId: string },
  now: string,
): Promise<boolean> {
  const r = await db
    .insertInto('payment_events')
    .values({
      provider: e.provider,
      event_id: e.eventId,
      organization_id: e.organizationId,
      payment_id: e.paymentId,
      received_at: now,
    })
    .onConflict((oc) => oc.columns(['provider', 'event_id']).doNothing())
    .returning('event_id')
    .executeTakeFirst();
  return r !== undefined;
}

export async function insertRefund(
  db: Db,
  organizationId: string,
  r: {
    id: string;
    paymentId: string;
    amount: number;
    providerRef: string | null;
    status: string;
    reason: string;
    userId: string | null;
  },
  now: string,
) {
  await db
    .insertInto('payment_refunds')
    .values({
      id: r.id,
      organization_id: organizationId,
      payment_id: r.paymentId,
      amount_minor: r.amount,
      provider_ref: r.providerRef,
      status: r.status,
      reason: r.reason,
      created_by_user_id: r.userId,
      created_at: now,
    })
    .execute();
}

/** Takes the next invoice sequence of a year, in the caller's transaction (gap-free). */
export async function takeInvoiceSequence(db: Db, organizationId: string, year: number): Promise<number> {
  const bumped = await db
    .updateTable('invoice_counters')
    .set((eb) => ({ last_sequence: eb('last_sequence', '+', 1) }))
    .where('organization_id', '=', organizationId)
    .where('year', '=', year)
    .returning('last_sequence')
    .executeTakeFirst();
  if (bumped) return bumped.last_sequence;
  await db
    .insertInto('invoice_counters')
    .values({ organization_id: organizationId, year, last_sequence: 1 })
    .execute();
  return 1;
}

export const getInvoiceOfPayment = (db: Db, organizationId: string, paymentId: string) =>
  db
    .selectFrom('invoices')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('payment_id', '=', paymentId)
    .executeTakeFirst();
