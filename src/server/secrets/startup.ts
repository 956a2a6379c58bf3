/**
 * At server start: resolve the secret keys (refusing to start in production without
 * THRESHOLD_SECRET_KEY) and seal any two-factor secret still stored in plain text (installations
 * from before issue 14). Returns the warning to show when a generated key is in use.
 */
import { resealTotpSecrets } from '../auth/totp-secrets.ts';
import type { AppContext } from '../context.ts';
import { secretBox } from './secret-box.ts';

export async function prepareSecrets(ctx: AppContext): Promise<{ notice: string | null; sealed: number }> {
  const ring = secretBox(ctx).keyRing();
  const sealed = await resealTotpSecrets(ctx, { plainOnly: true, actorLabel: 'server start' });
  return { notice: ring.notice, sealed };
}
