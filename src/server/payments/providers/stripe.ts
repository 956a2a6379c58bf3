/**
 * Stripe through its official client: a Checkout Session per payment, its status read back, a
 * refund on its PaymentIntent, and webhooks checked with the client's own `constructEvent`
 * (Stripe-Signature, HMAC-SHA256 with the endpoint's secret and a time tolerance).
 */
import Stripe from 'stripe';
import { invalid } from '../../../domain/errors.ts';
import type { PaymentProvider, ProviderStatus, WebhookEvent } from '../../../domain/payments/provider.ts';
import { fromStripeEvent, fromStripeSession } from '../../../domain/payments/status.ts';

export interface StripeCredentials {
  secretKey: string;
  webhookSecret: string | null;
  /** e.g. http://127.0.0.1:4242 (tests); null: api.stripe.com. */
  apiUrl: string | null;
}

function clientOf(c: StripeCredentials): Stripe {
  if (!c.apiUrl) return new Stripe(c.secretKey, { maxNetworkRetries: 2 });
  const url = new URL(c.apiUrl);
  return new Stripe(c.secretKey, {
    host: url.hostname,
    port: url.port || (url.protocol === 'https:' ? 443 : 80),
    protocol: url.protocol === 'https:' ? 'https' : 'http',
    maxNetworkRetries: 0,
  });
}

type SessionLike = {
  id: string;
  status: string | null;
  payment_status: string;
  amount_total: number | null;
  currency: string | null;
  metadata: Record<string, string> | null;
};

export function stripeProvider(c: StripeCredentials): PaymentProvider {
  const stripe = clientOf(c);
  return {
    async createCheckout(r) {
      const session = await stripe.checkout.sessions.create(
        {
          mode: 'payment',
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: r.amount.currency.toLowerCase(),
                unit_amount: r.amount.amount,
                product_data: { name: r.description },
              },
            },
          ],
          success_url: r.returnUrl,
          cancel_url: r.returnUrl,
          client_reference_id: r.paymentId,
          metadata: { paymentId: r.paymentId, organizationId: r.organizationId },
        },
        { idempotencyKey: `checkout-${r.paymentId}` },
      );
      if (!session.url) throw new Error('Stripe returned a Checkout Session without a URL');
      return { providerRef: session.id, checkoutUrl: session.url };
    },

    async fetchStatus(ref): Promise<ProviderStatus> {
      const s = (await stripe.checkout.sessions.retrieve(ref)) as unknown as SessionLike;
      return {
        status: fromStripeSession(s.status, s.payment_status),
        amount: { amount: s.amount_total ?? 0, currency: (s.currency ?? '').toUpperCase() },
        paymentId: s.metadata?.paymentId ?? null,
      };
    },

    async refund(ref, amount) {
      const s = await stripe.checkout.sessions.retrieve(ref);
      const intent = typeof s.payment_intent === 'string' ? s.payment_intent : s.payment_intent?.id;
      if (!intent) throw new Error(`Stripe Checkout Session ${ref} has no payment to refund`);
      const refund = await stripe.refunds.create(
        { payment_intent: intent, amount: amount.amount },
        { idempotencyKey: `refund-${ref}-${amount.amount}-${Date.now()}` },
      );
      return { refundRef: refund.id, status: refund.status ?? 'pending' };
    },

    async verifyWebhook(rawBody, headers): Promise<WebhookEvent> {
      const signature = headers['stripe-signature'];
      if (typeof signature !== 'string' || !c.webhookSecret) {
        throw invalid('stripe-signature', 'missing');
      }
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(rawBody, signature, c.webhookSecret);
      } catch {
        throw invalid('stripe-signature', 'does-not-match-endpoints-signing');
      }
      const object = event.data.object as unknown as Partial<SessionLike> & { object?: string };
      if (object.object !== 'checkout.session' || typeof object.id !== 'string') {
        throw invalid('type', 'not-about-checkout-session', { type: event.type });
      }
      return {
        eventId: event.id,
        providerRef: object.id,
        status: fromStripeEvent(event.type, object.payment_status ?? null),
      };
    },
  };
}
