/**
 * `threshold secrets rotate`: re-encrypts every stored secret (two-factor secrets) with
 * THRESHOLD_SECRET_KEY, opening those sealed with the previous key from
 * THRESHOLD_SECRET_KEY_PREVIOUS (and sealing any still in plain text). All or nothing, audited.
 */
import type { Command } from 'commander';
import { resealTotpSecrets } from '../server/auth/totp-secrets.ts';
import { secretBox } from '../server/secrets/secret-box.ts';
import { withContext } from './runtime.ts';

export function addSecretsCommand(program: Command): void {
  program
    .command('secrets')
    .description('Secrets encrypted at rest (two-factor secrets)')
    .command('rotate')
    .description(
      'Re-encrypt with THRESHOLD_SECRET_KEY, reading the old key from THRESHOLD_SECRET_KEY_PREVIOUS',
    )
    .action(() =>
      withContext(async (ctx) => {
        const { current } = secretBox(ctx).keyRing();
        const n = await resealTotpSecrets(ctx, { plainOnly: false, actorLabel: 'cli' });
        console.log(
          n
            ? `Re-encrypted the two-factor secrets of ${n} ${n === 1 ? 'user' : 'users'} with key ${current.id}.`
            : `Every secret is encrypted with key ${current.id} already.`,
        );
      }),
    );
}
