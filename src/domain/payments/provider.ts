/**
 * The one small interface every online payment provider implements (Mollie, Stripe; bank transfer
 * needs none). Pure types: the implementations live in src/server/payments/providers.
 */
import type { Money } from './money.ts';
import type { PaymentStatus } from './status.ts';

export interface CheckoutRequest {
  /** Our payment id: sent as metadata and as the idempotency key. */
  paymentId: string;
  organizationId: string;
  amount: Money;
  description: string;
  /** Where the client's browser returns after the checkout. */
  returnUrl: string;
  /** Where the provider reports changes (Mollie takes it per payment). */
  webhookUrl: string;
}

export interface Checkout {
  /** The provider's id for this checkout (Mollie `tr_…`, Stripe `cs_…`). */
  providerRef: string;
  checkoutUrl: string;
}

export interface ProviderStatus {
  status: PaymentStatus;
  amount: Money;
  /** Our payment id as the provider echoes it back (metadata); null when absent. */
  paymentId: string | null;
}

export interface ProviderRefund {
  refundRef: string;
  /** The provider's word for it, kept as given ('pending', 'succeeded', …). */
  status: string;
}

export interface WebhookEvent {
  /** Unique per delivery kind: a replay has the same id. */
  eventId: string;
  /** Which checkout it is about. */
  providerRef: string;
  /** The status the event itself states; null: fetch it from the provider. */
  status: PaymentStatus | null;
}

export interface PaymentProvider {
  createCheckout(request: CheckoutRequest): Promise<Checkout>;
  fetchStatus(providerRef: string): Promise<ProviderStatus>;
  refund(providerRef: string, amount: Money): Promise<ProviderRefund>;
  /** Checks a delivery is genuine and says what it is about; throws when it is not. */
  verifyWebhook(
    rawBody: string,
    headers: Record<string, string | string[] | undefined>,
  ): Promise<WebhookEvent>;
}
