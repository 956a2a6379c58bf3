/**
 * Two-factor secrets at rest: sealed with the installation's key (src/server/secrets), bound to
 * their user, and re-sealed when stored in plain text (before issue 14) or under a previous key.
 */
import { type AppContext, transaction } from '../context.ts';
import { isSealed, secretBox } from '../secrets/secret-box.ts';
import * as users from './users.repository.ts';

const contextOf = (userId: string) => `users.totp:${userId}`;

export const sealTotp = (ctx: AppContext, userId: string, secretBase32: string): string =>
  secretBox(ctx).seal(secretBase32, contextOf(userId));

export const openTotp = (ctx: AppContext, userId: string, sealed: string): string =>
  secretBox(ctx).open(sealed, contextOf(userId));

/**
 * Re-seals every stored two-factor secret that is in plain text (`plainOnly`, at start: no key
 * but the current one is needed) or, for a rotation, every one not sealed with the current key.
 * One transaction, audited; a secret that does not open refuses the whole rotation, naming it.
 */
export async function resealTotpSecrets(
  ctx: AppContext,
  opts: { plainOnly: boolean; actorLabel: string },
): Promise<number> {
  const box = secretBox(ctx);
  return transaction(ctx, async (trx) => {
    const rows = await users.usersWithTotpSecrets(trx);
    const stale = (v: string | null) => v !== null && (opts.plainOnly ? !isSealed(v) : box.needsResealing(v));
    const reseal = (userId: string, v: string | null) => {
      if (v === null || !stale(v)) return v;
      return sealTotp(ctx, userId, isSealed(v) ? openTotp(ctx, userId, v) : v);
    };
    let n = 0;
    for (const r of rows) {
      if (!stale(r.totp_secret) && !stale(r.totp_pending_secret)) continue;
      await users.setTotpSecrets(trx, r.id, reseal(r.id, r.totp_secret), reseal(r.id, r.totp_pending_secret));
      n++;
    }
    if (n === 0) return 0;
    await ctx.audit.append(
      trx,
      { userId: null, label: opts.actorLabel, ip: null },
      {
        organizationId: null,
        action: opts.plainOnly ? 'secrets.encrypt' : 'secrets.rotate',
        entityType: 'user',
        entityId: null,
        details: { users: n, keyId: box.keyRing().current.id },
      },
    );
    return n;
  });
}
