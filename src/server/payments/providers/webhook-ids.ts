/**
 * What an unverified webhook delivery says it is about, read without the providers' clients (so
 * the server loads those only when a payment needs them). Nothing here is trusted: Stripe's
 * signature or Mollie's API decides.
 */
/** The id in a Mollie webhook body (`id=tr_…`, form-encoded; a JSON `{ "id" }` is read too). */
export function mollieIdOf(rawBody: string): string | null {
  let id: unknown = null;
  if (rawBody.trimStart().startsWith('{')) {
    try {
      id = (JSON.parse(rawBody) as { id?: unknown }).id;
    } catch {
      return null;
    }
  } else id = new URLSearchParams(rawBody).get('id');
  if (typeof id !== 'string') return null;
  return /^tr_[A-Za-z0-9]{1,64}$/.test(id) ? id : null;
}

/**
 * Which Checkout Session an unverified Stripe delivery names, to find the organization whose
 * signing secret verifies it. Nothing is trusted until `verifyWebhook` succeeds.
 */
export function stripeSessionIdOf(rawBody: string): string | null {
  try {
    const parsed = JSON.parse(rawBody) as { data?: { object?: { id?: unknown } } };
    const id = parsed.data?.object?.id;
    return typeof id === 'string' && id.length <= 255 ? id : null;
  } catch {
    return null;
  }
}
