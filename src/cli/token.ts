/**
 * `threshold token create|revoke|list`: API tokens for machine clients, from the server's shell.
 * `create` prints the token alone on its last line (so `| tail -n1` captures it); it is shown once.
 * The service is imported when a token command runs, not when the CLI starts.
 */
import { type Command, InvalidArgumentError } from 'commander';
import type { Actor } from '../server/audit/audit-log.ts';
import type { AppContext } from '../server/context.ts';
import { UsageError } from './usage-error.ts';

// The database and the server's modules load only when a command runs, so `--help` stays light.
async function withContext<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  return (await import('./runtime.ts')).withContext(fn);
}
const cliActor = async (): Promise<Actor> =>
  (await import('../server/audit/audit-log.ts')).systemActor('cli');

const days = (value: string): number => {
  if (!/^\d{1,4}$/.test(value)) throw new InvalidArgumentError('must be a whole number of days');
  return Number(value);
};

async function organizationId(ctx: AppContext, slug: string) {
  const { findOrganizationBySlug } = await import('../server/organizations/repository.ts');
  const organization = await findOrganizationBySlug(ctx.db.kysely, slug);
  if (!organization) throw new UsageError(`no organization with slug "${slug}"`);
  return organization.id;
}

interface CreateOptions {
  org: string;
  email: string;
  name: string;
  scopes?: string;
  expiresDays?: number;
}

export function addTokenCommand(program: Command): void {
  const token = program
    .command('token')
    .description('API tokens for machine clients (Authorization: Bearer)');
  token
    .command('create')
    .description('Issue an API token acting for a member; prints the token (once) on the last line')
    .requiredOption('--org <slug>', 'organization slug')
    .requiredOption('--email <email>', 'the member the token acts for')
    .requiredOption('--name <label>', 'what the token is for, e.g. "EHR sync"')
    .option(
      '--scopes <actions>',
      "comma-separated action names (default: every action the member's role allows)",
    )
    .option('--expires-days <n>', 'days until the token expires (1 to 365, default 90)', days)
    .action((o: CreateOptions) =>
      withContext(async (ctx) => {
        const svc = await import('../server/api-tokens/service.ts');
        const orgId = await organizationId(ctx, o.org);
        const scopes = o.scopes
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const { token: secret, apiToken } = await svc.createTokenForEmail(ctx, orgId, await cliActor(), {
          email: o.email,
          name: o.name,
          scopes,
          expiresInDays: o.expiresDays,
        });
        console.log(
          `API token "${apiToken.name}" (${apiToken.id}) for ${apiToken.userEmail}, expires ${apiToken.expiresAt}`,
        );
        console.log(`Scopes: ${apiToken.scopes.join(', ')}`);
        console.log('Store it now: it is not shown again.');
        console.log(secret);
      }),
    );
  token
    .command('revoke <id>')
    .description('Revoke an API token (it stops working at once)')
    .requiredOption('--org <slug>', 'organization slug')
    .action((id: string, o: { org: string }) =>
      withContext(async (ctx) => {
        const svc = await import('../server/api-tokens/service.ts');
        if (!/^[0-9a-f-]{36}$/i.test(id)) throw new UsageError(`"${id}" is not an API token id`);
        const revoked = await svc.revokeToken(
          ctx,
          await organizationId(ctx, o.org),
          await cliActor(),
          id.toLowerCase(),
        );
        console.log(`Revoked API token "${revoked.name}" (${revoked.id}).`);
      }),
    );
  token
    .command('list')
    .description("The organization's API tokens")
    .requiredOption('--org <slug>', 'organization slug')
    .action((o: { org: string }) =>
      withContext(async (ctx) => {
        const svc = await import('../server/api-tokens/service.ts');
        for (const t of await svc.listTokens(ctx, await organizationId(ctx, o.org)))
          console.log(`${t.id}  ${t.status.padEnd(7)}  ${t.userEmail}  "${t.name}"  expires ${t.expiresAt}`);
      }),
    );
}
