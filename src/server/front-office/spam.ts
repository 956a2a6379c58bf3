/**
 * The public form's spam trap, with no third party: a honeypot field people never see, and a form
 * token that says when the form was handed out, signed with a key derived from the server's secret
 * key. An application sent with the honeypot filled, or sooner than MIN_FILL_MS after its form was
 * handed out, or with a forged or stale token, is answered like any other and stored nowhere.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { secretBox } from '../secrets/secret-box.ts';

/** Nobody reads a health self-report and fills it in faster than this. */
export const MIN_FILL_MS = 3_000;
/** A form left open longer than this is handed out again. */
export const MAX_FILL_MS = 24 * 60 * 60 * 1000;

function sign(ctx: AppContext, orgSlug: string, issued: number): string {
  const key = createHmac('sha256', secretBox(ctx).keyRing().current.key)
    .update('threshold:apply-form')
    .digest();
  return createHmac('sha256', key).update(`${orgSlug}|${issued}`).digest('base64url');
}

export function issueFormToken(ctx: AppContext, orgSlug: string, now = Date.now()): string {
  return `${now}.${sign(ctx, orgSlug, now)}`;
}

/** Why a submission is treated as spam, or null when it looks like a person. */
export function spamReason(
  ctx: AppContext,
  orgSlug: string,
  body: { website?: string | undefined; formToken?: string | undefined },
  now = Date.now(),
): string | null {
  if (body.website?.trim()) return 'honeypot';
  // The documented API may be called without the form: the rate limit still applies.
  if (body.formToken === undefined) return null;
  const [issuedText, mac] = body.formToken.split('.');
  const issued = Number(issuedText);
  if (!Number.isSafeInteger(issued) || !mac) return 'bad-token';
  const expected = Buffer.from(sign(ctx, orgSlug, issued));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'bad-token';
  if (now - issued < MIN_FILL_MS) return 'too-fast';
  if (now - issued > MAX_FILL_MS) return 'stale-token';
  return null;
}
