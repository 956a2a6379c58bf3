/**
 * Mollie through its official client (`@mollie/api-client`). Mollie's webhook carries only the
 * payment's id: fetching that payment from the API with the organization's key is the
 * verification (a forged id either does not exist or is not ours).
 */
import { createMollieClient, type MollieClient } from '@mollie/api-client';
import { invalid } from '../../../domain/errors.ts';
import { fromDecimalString, toDecimalString } from '../../../domain/payments/money.ts';
import type { PaymentProvider, WebhookEvent } from '../../../domain/payments/provider.ts';
import { fromMollie } from '../../../domain/payments/status.ts';
import { mollieIdOf } from './webhook-ids.ts';

export interface MollieCredentials {
  apiKey: string;
  /** e.g. https://127.0.0.1:4343/v2/ (tests); null: api.mollie.com. */
  apiUrl: string | null;
}

const clientOf = (c: MollieCredentials): MollieClient =>
  createMollieClient({ apiKey: c.apiKey, ...(c.apiUrl ? { apiEndpoint: c.apiUrl } : {}) });

export function mollieProvider(c: MollieCredentials): PaymentProvider {
  const mollie = clientOf(c);
  const provider: PaymentProvider = {
    async createCheckout(r) {
      const payment = await mollie.payments.create({
        amount: { currency: r.amount.currency, value: toDecimalString(r.amount) },
        description: r.description,
        redirectUrl: r.returnUrl,
        webhookUrl: r.webhookUrl,
        metadata: { paymentId: r.paymentId },
        idempotencyKey: `checkout-${r.paymentId}`,
      });
      const url = payment.getCheckoutUrl();
      if (!url) throw new Error('Mollie returned a payment without a checkout link');
      return { providerRef: payment.id, checkoutUrl: url };
    },

    async fetchStatus(ref) {
      const p = await mollie.payments.get(ref);
      const metadata = p.metadata as { paymentId?: unknown } | null;
      return {
        status: fromMollie(p.status),
        amount: fromDecimalString(p.amount.value, p.amount.currency),
        paymentId: typeof metadata?.paymentId === 'string' ? metadata.paymentId : null,
      };
    },

    async refund(ref, amount) {
      const refund = await mollie.paymentRefunds.create({
        paymentId: ref,
        amount: { currency: amount.currency, value: toDecimalString(amount) },
      });
      return { refundRef: refund.id, status: refund.status };
    },

    async verifyWebhook(rawBody): Promise<WebhookEvent> {
      const id = mollieIdOf(rawBody);
      if (!id) throw invalid('id', 'not-mollie-payment-id');
      // Fetching the payment is the verification; the status it has now is the event.
      const { status } = await provider.fetchStatus(id);
      return { eventId: `${id}:${status}`, providerRef: id, status };
    },
  };
  return provider;
}
