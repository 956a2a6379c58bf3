/**
 * The `threshold` command line. Wrong arguments print one line and exit with code 2; other
 * failures exit with code 1.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DatabaseUrlError } from '../db/database-url.ts';
import { isRole, ROLES, type Role } from '../domain/access/roles.ts';
import { DomainError } from '../domain/errors.ts';
import { VERSION } from '../server/version.ts';
import { addAuditCommand } from './audit.ts';
import { addImportCommands } from './import.ts';
import { addMetaCommand } from './meta.ts';
import { addSecretsCommand } from './secrets.ts';
import type { SeedCommandOptions } from './seed-synthetic.ts';
import { addTokenCommand } from './token.ts';
import { UsageError } from './usage-error.ts';

// Each command loads what it needs when it runs (`await import`), so `threshold --version` and
// `--help` start in a few tens of milliseconds instead of loading the server, both database
// drivers and every migration first.

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
  .action(async (o: { demo?: boolean }) => (await import('./serve.ts')).serve({ demo: !!o.demo }));

program
  .command('migrate')
  .description('Bring the database schema up to date')
  .action(async () => {
    const { withContext } = await import('./runtime.ts');
    const { migrateToLatest } = await import('../db/migrate.ts');
    return withContext(
      async (ctx) => {
        const { applied } = await migrateToLatest(ctx.db);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      },
      { migrate: false },
    );
  });

program
  .command('seed')
  .description('Add seed data: the demo organization (--demo) or synthetic outcome data (--synthetic)')
  .option('--demo', 'the demo organization with one user per role and demo clients')
  .option('--synthetic', 'clearly synthetic outcome data for tests and benchmarks (docs/SYNTHETIC-DATA.md)')
  .option('--clients <n>', 'with --synthetic: how many clients to add (1 to 1,000,000)')
  .option('--org <slug>', 'with --synthetic: the organization, created when missing (default: synthetic)')
  .option('--seed <n>', 'with --synthetic: the random seed (default: 1)')
  .action(async (o: SeedCommandOptions) => {
    const { parseSeedOptions, seedSyntheticCommand } = await import('./seed-synthetic.ts');
    const req = parseSeedOptions(o);
    if (req.kind === 'synthetic') return seedSyntheticCommand(req);
    const { withContext } = await import('./runtime.ts');
    const { seedDemo } = await import('../server/demo/seed.ts');
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
  .action(async (name: string, o: { slug?: string }) => {
    const { withContext } = await import('./runtime.ts');
    const { systemActor } = await import('../server/audit/audit-log.ts');
    const { createOrganization } = await import('../server/organizations/service.ts');
    return withContext(async (ctx) => {
      const created = await createOrganization(ctx, systemActor('cli'), { name, slug: o.slug });
      console.log(`Created organization "${created.name}" (slug: ${created.slug}).`);
    });
  });

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
  .action(async (o: { org: string; role: string; email: string; password: string; name?: string }) => {
    const { withContext } = await import('./runtime.ts');
    const { systemActor } = await import('../server/audit/audit-log.ts');
    const { findOrganizationBySlug } = await import('../server/organizations/repository.ts');
    const { addMember } = await import('../server/organizations/service.ts');
    return withContext(async (ctx) => {
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
    });
  });

user
  .command('set-password')
  .description("Reset a staff user's password (ends their sessions)")
  .requiredOption('--email <email>', 'sign-in email')
  .requiredOption('--password <password>', 'new password (at least 12 characters)')
  .action(async (o: { email: string; password: string }) => {
    const { withContext } = await import('./runtime.ts');
    const { systemActor } = await import('../server/audit/audit-log.ts');
    const { resetPassword } = await import('../server/organizations/service.ts');
    return withContext(async (ctx) => {
      await resetPassword(ctx, systemActor('cli'), o.email, o.password);
      console.log(`Password of ${o.email.trim().toLowerCase()} reset; their sessions have ended.`);
    });
  });

program
  .command('client')
  .description('Client records')
  .command('export <id>')
  .description(
    "A client's copy of their data (GDPR Art. 15): a ZIP of JSON, FHIR R4 and an HTML summary; audited",
  )
  .option('--org <slug>', "the client's organization (default: found from the id)")
  .option('--out <file>', 'where to write the ZIP (default: client-<id>.zip)')
  .action(async (id: string, o: { org?: string; out?: string }) =>
    (await import('./client-export.ts')).clientExport(id, o),
  );

addAuditCommand(program);
addSecretsCommand(program);

program
  .command('score <instrument-id> [answers...]')
  .description(
    'Score one questionnaire: answers in item order (- for unanswered), e.g. threshold score phq-9 2 2 2 2 1 1 2 0 0',
  )
  .option('--json', 'print {"instrument","total","severity","subscales","flags"}')
  // A negative answer ("-1") is an answer to refuse by name, not an unknown option.
  .allowUnknownOption()
  .action(async (id: string, answers: string[], o: { json?: boolean }) =>
    (await import('./score.ts')).score(id, answers, o),
  );

program
  .command('rescore')
  .description('Recompute every stored score with the current instrument definitions and report what changed')
  .option('--dry-run', 'report without writing')
  .action(async (o: { dryRun?: boolean }) => (await import('./score.ts')).rescore(o));

const evidence = program.command('evidence').description('The evidence library: export and import citations');
evidence
  .command('export')
  .description('Export studies (all, or --ids) as BibTeX, RIS or CSL-JSON (or APA / Vancouver references)')
  .requiredOption('--format <format>', 'bibtex, ris or csl-json (also apa, vancouver)')
  .option('--out <file>', 'write to a file (default: standard output)')
  .option('--ids <ids>', 'comma-separated study ids, e.g. feder-2025,moore-2025')
  .action(async (o: { format: string; out?: string; ids?: string }) =>
    (await import('./evidence.ts')).evidenceExport(o),
  );
evidence
  .command('import <file>')
  .description('Import citations (.bib, .ris or CSL-JSON .json); duplicates are reported, not added')
  .option('--format <format>', 'bibtex, ris or csl-json (default: from the extension)')
  .action(async (file: string, o: { format?: string }) =>
    (await import('./evidence.ts')).evidenceImport(file, o),
  );

program
  .command('backup <file>')
  .description('Back up the SQLite database while the server runs (PostgreSQL: prints the pg_dump command)')
  .action(async (file: string) => (await import('./backup.ts')).backup(file));

addMetaCommand(program);
addImportCommands(program);
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
  if (err instanceof UsageError || err instanceof DatabaseUrlError) fail(err.message, 2);
  if (err instanceof DomainError && (err.kind === 'validation' || err.kind === 'conflict'))
    fail(err.message, 2);
  fail(err instanceof Error ? err.message : String(err), 1);
}
