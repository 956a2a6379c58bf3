/**
 * Provider webhooks. Stripe: the delivery names its Checkout Session; the organization that made
 * it verifies the Stripe-Signature with its signing secret (the client's `constructEvent`).
 * Mollie: the delivery is only an id; an id no organization made is ignored without calling
 * Mollie, a known one is fetched with that organization's key (the verification). Each event is
 * stored by id: a replay changes nothing, and a stale status never moves a paid payment back.
 */
import { invalid } from '../../domain/errors.ts';
import type { PaymentStatus } from '../../domain/payments/status.ts';
import { systemActor } from '../audit/audit-log.ts';
import { type AppContext, transaction } from '../context.ts';
import { mollieIdOf, stripeSessionIdOf } from './providers/webhook-ids.ts';
import * as repo from './repository.ts';
import { providerFor, settingsOf } from './settings.ts';
import { applyStatus } from './state.ts';

export type WebhookOutcome = 'applied' | 'ignored' | 'replay' | 'unknown';

async function record(
  ctx: AppContext,
  provider: 'stripe' | 'mollie',
  payment: repo.PaymentRow,
  eventId: string,
  status: PaymentStatus,
): Promise<WebhookOutcome> {
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const fresh = await repo.recordEvent(
      trx,
      { provider, eventId, organizationId: payment.organization_id, paymentId: payment.id },
      now,
    );
    if (!fresh) return 'replay';
    const moved = await applyStatus(
      ctx,
      trx,
      systemActor(`${provider} webhook`),
      { organizationId: payment.organization_id, id: payment.id },
      status,
      `${provider} event ${eventId}`,
      now,
    );
    return moved ? 'applied' : 'ignored';
  });
}

export async function stripeWebhook(
  ctx: AppContext,
  rawBody: string,
  headers: Record<string, string | string[] | undefined>,
): Promise<WebhookOutcome> {
  const sessionId = stripeSessionIdOf(rawBody);
  const payment = sessionId ? await repo.paymentByProviderRef(ctx.db.kysely, 'stripe', sessionId) : undefined;
  // Without a payment of ours there is no signing secret to verify with: refuse like a bad signature.
  if (!payment) throw invalid('stripe-signature', 'does-not-verify-any-checkout');
  const settings = await settingsOf(ctx.db.kysely, payment.organization_id);
  const provider = await providerFor(ctx, payment.organization_id, settings, 'stripe');
  const event = await provider.verifyWebhook(rawBody, headers);
  if (event.providerRef !== sessionId) throw invalid('stripe-signature', 'names-another-checkout');
  const status = event.status ?? (await provider.fetchStatus(event.providerRef)).status;
  return record(ctx, 'stripe', payment, event.eventId, status);
}

export async function mollieWebhook(ctx: AppContext, rawBody: string): Promise<WebhookOutcome> {
  const id = mollieIdOf(rawBody);
  if (!id) throw invalid('id', 'not-mollie-payment-id');
  const payment = await repo.paymentByProviderRef(ctx.db.kysely, 'mollie', id);
  if (!payment) return 'unknown';
  const settings = await settingsOf(ctx.db.kysely, payment.organization_id);
  const provider = await providerFor(ctx, payment.organization_id, settings, 'mollie');
  const event = await provider.verifyWebhook(rawBody, {});
  return record(ctx, 'mollie', payment, event.eventId, event.status ?? 'pending');
}
