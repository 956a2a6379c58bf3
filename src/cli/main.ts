/**
 * The `threshold` command line. Wrong arguments print one line and exit with code 2; other
 * failures exit with code 1.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { migrateToLatest } from '../db/migrate.ts';
import { isRole, ROLES, type Role } from '../domain/access/roles.ts';
import { DomainError } from '../domain/errors.ts';
import { systemActor } from '../server/audit/audit-log.ts';
import { verifyAuditChain } from '../server/audit/verify.ts';
import { seedDemo } from '../server/demo/seed.ts';
import { findOrganizationBySlug } from '../server/organizations/repository.ts';
import { addMember, createOrganization, resetPassword } from '../server/organizations/service.ts';
import { VERSION } from '../server/version.ts';
import { backup } from './backup.ts';
import { evidenceExport, evidenceImport } from './evidence.ts';
import { addMetaCommand } from './meta.ts';
import { UsageError, withContext } from './runtime.ts';
import { rescore, score } from './score.ts';
import { parseSeedOptions, type SeedCommandOptions, seedSyntheticCommand } from './seed-synthetic.ts';
import { serve } from './serve.ts';
import { addTokenCommand } from './token.ts';

const program = new Command('threshold')
  .description('Threshold: programs, outcomes and safety for psychedelic-assisted therapy')
  .version(VERSION, '-v, --version')
  .showSuggestionAfterError(true)
  .exitOverride()
  // Commander's own error text (and help shown for a missing subcommand) is replaced by one line.
  .configureOutput({ outputError: () => {}, writeErr: () => {} });

program
  .command('serve')
  .description('Start the server (migrates first). Settings: PORT, HOST, DATABASE_URL, TRUST_PROXY')
  .option('--demo', 'create the demo organization when the database has none, and print the demo sign-ins')
  .action((o: { demo?: boolean }) => serve({ demo: !!o.demo }));

program
  .command('migrate')
  .description('Bring the database schema up to date')
  .action(() =>
    withContext(
      async (ctx) => {
        const { applied } = await migrateToLatest(ctx.db);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      },
      { migrate: false },
    ),
  );

program
  .command('seed')
  .description('Add seed data: the demo organization (--demo) or synthetic outcome data (--synthetic)')
  .option('--demo', 'the demo organization with one user per role and demo clients')
  .option('--synthetic', 'clearly synthetic outcome data for tests and benchmarks (docs/SYNTHETIC-DATA.md)')
  .option('--clients <n>', 'with --synthetic: how many clients to add (1 to 1,000,000)')
  .option('--org <slug>', 'with --synthetic: the organization, created when missing (default: synthetic)')
  .option('--seed <n>', 'with --synthetic: the random seed (default: 1)')
  .action((o: SeedCommandOptions) => {
    const req = parseSeedOptions(o);
    if (req.kind === 'synthetic') return seedSyntheticCommand(req);
    return withContext(async (ctx) => {
      console.log(
        (await seedDemo(ctx)) ? 'Created the demo organization.' : 'The demo organization exists already.',
      );
    });
  });

const org = program.command('org').description('Organizations');
org
  .command('create <name>')
  .description('Create an organization')
  .option('--slug <slug>', 'short name for --org (default: from the name)')
  .action((name: string, o: { slug?: string }) =>
    withContext(async (ctx) => {
      const created = await createOrganization(ctx, systemActor('cli'), { name, slug: o.slug });
      console.log(`Created organization "${created.name}" (slug: ${created.slug}).`);
    }),
  );

const parseRole = (value: string): Role => {
  if (!isRole(value)) throw new InvalidArgumentError(`must be one of ${ROLES.join(', ')}`);
  return value;
};

const user = program.command('user').description('Staff users');
user
  .command('create')
  .description('Create a staff user in an organization (or add an existing one with a role)')
  .requiredOption('--org <slug>', 'organization slug')
  .addOption(new Option('--role <role>', 'role in the organization').choices(ROLES).makeOptionMandatory())
  .requiredOption('--email <email>', 'sign-in email')
  .requiredOption('--password <password>', 'initial password (at least 12 characters)')
  .option('--name <name>', 'display name (default: from the email)')
  .action((o: { org: string; role: string; email: string; password: string; name?: string }) =>
    withContext(async (ctx) => {
      const organization = await findOrganizationBySlug(ctx.db.kysely, o.org);
      if (!organization) throw new UsageError(`no organization with slug "${o.org}"`);
      const m = await addMember(
        ctx,
        organization.id,
        systemActor('cli'),
        {
          email: o.email,
          name: o.name ?? o.email.split('@')[0] ?? o.email,
          role: parseRole(o.role),
          password: o.password,
        },
        { allowExisting: true },
      );
      console.log(`${m.email} is ${m.role} in ${organization.name}.`);
    }),
  );

user
  .command('set-password')
  .description("Reset a staff user's password (ends their sessions)")
  .requiredOption('--email <email>', 'sign-in email')
  .requiredOption('--password <password>', 'new password (at least 12 characters)')
  .action((o: { email: string; password: string }) =>
    withContext(async (ctx) => {
      await resetPassword(ctx, systemActor('cli'), o.email, o.password);
      console.log(`Password of ${o.email.trim().toLowerCase()} reset; their sessions have ended.`);
    }),
  );

program
  .command('audit')
  .description('The audit trail')
  .command('verify')
  .description("Check the audit trail's hash chain; names the first broken link")
  .action(() =>
    withContext(async (ctx) => {
      const r = await verifyAuditChain(ctx.db.kysely);
      if (r.ok) {
        console.log(`Audit trail intact: ${r.checked} entries checked.`);
      } else {
        console.log(
          `Audit trail BROKEN at entry ${r.firstBroken!.seq} (${r.firstBroken!.reason}); ${r.checked} entries before it are intact.`,
        );
        process.exitCode = 1;
      }
    }),
  );

program
  .command('score <instrument-id> [answers...]')
  .description(
    'Score one questionnaire: answers in item order (- for unanswered), e.g. threshold score phq-9 2 2 2 2 1 1 2 0 0',
  )
  .option('--json', 'print {"instrument","total","severity","subscales","flags"}')
  // A negative answer ("-1") is an answer to refuse by name, not an unknown option.
  .allowUnknownOption()
  .action((id: string, answers: string[], o: { json?: boolean }) => score(id, answers, o));

program
  .command('rescore')
  .description('Recompute every stored score with the current instrument definitions and report what changed')
  .option('--dry-run', 'report without writing')
  .action((o: { dryRun?: boolean }) => rescore(o));

const evidence = program.command('evidence').description('The evidence library: export and import citations');
evidence
  .command('export')
  .description('Export studies (all, or --ids) as BibTeX, RIS or CSL-JSON (or APA / Vancouver references)')
  .requiredOption('--format <format>', 'bibtex, ris or csl-json (also apa, vancouver)')
  .option('--out <file>', 'write to a file (default: standard output)')
  .option('--ids <ids>', 'comma-separated study ids, e.g. feder-2025,moore-2025')
  .action((o: { format: string; out?: string; ids?: string }) => evidenceExport(o));
evidence
  .command('import <file>')
  .description('Import citations (.bib, .ris or CSL-JSON .json); duplicates are reported, not added')
  .option('--format <format>', 'bibtex, ris or csl-json (default: from the extension)')
  .action((file: string, o: { format?: string }) => evidenceImport(file, o));

program
  .command('backup <file>')
  .description('Back up the SQLite database while the server runs (PostgreSQL: prints the pg_dump command)')
  .action((file: string) => backup(file));

addMetaCommand(program);
addTokenCommand(program);

function fail(message: string, code: number): never {
  console.error(`threshold: ${message}`);
  process.exit(code);
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    if (err.exitCode === 0) process.exit(0);
    if (err.code === 'commander.help')
      fail(`missing command; see "threshold ${process.argv.slice(2).join(' ')} --help"`, 2);
    fail(err.message.replace(/^error: /, '').split('\n')[0] ?? err.message, 2);
  }
  if (err instanceof UsageError) fail(err.message, 2);
  if (err instanceof DomainError && (err.kind === 'validation' || err.kind === 'conflict'))
    fail(err.message, 2);
  fail(err instanceof Error ? err.message : String(err), 1);
}
