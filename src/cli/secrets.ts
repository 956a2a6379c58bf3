/**
 * `threshold secrets rotate`: re-encrypts every stored secret (two-factor secrets) with
 * THRESHOLD_SECRET_KEY, opening those sealed with the previous key from
 * THRESHOLD_SECRET_KEY_PREVIOUS (and sealing any still in plain text). All or nothing, audited.
 */
import type { Command } from 'commander';

export function addSecretsCommand(program: Command): void {
  program
    .command('secrets')
    .description('Secrets encrypted at rest (two-factor secrets)')
    .command('rotate')
    .description(
      'Re-encrypt with THRESHOLD_SECRET_KEY, reading the old key from THRESHOLD_SECRET_KEY_PREVIOUS',
    )
    .action(async () => {
      // Loaded when the command runs, so `threshold --help` stays light.
      const { withContext } = await import('./runtime.ts');
      const { resealTotpSecrets } = await import('../server/auth/totp-secrets.ts');
      const { secretBox } = await import('../server/secrets/secret-box.ts');
      return withContext(async (ctx) => {
        const { current } = secretBox(ctx).keyRing();
        const n = await resealTotpSecrets(ctx, { plainOnly: false, actorLabel: 'cli' });
        console.log(
          n
            ? `Re-encrypted the two-factor secrets of ${n} ${n === 1 ? 'user' : 'users'} with key ${current.id}.`
            : `Every secret is encrypted with key ${current.id} already.`,
        );
      });
    });
}
