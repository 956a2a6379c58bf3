/**
 * `threshold import clients|responses --org <slug> --file <file> [--dry-run]`, and `--template` to
 * print a file to fill in. Every problem of every row is printed with its line and column; one
 * problem and nothing is stored (exit code 2). The import code is loaded only when a command runs.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { DomainError } from '../domain/errors.ts';
import type { ImportIssue } from '../domain/imports/issues.ts';
import type { AppContext, OrgScope } from '../server/context.ts';
import { addDbCommands } from './db-copy.ts';
import { UsageError } from './usage-error.ts';

interface ImportOptions {
  org?: string;
  file?: string;
  dryRun?: boolean;
  template?: boolean;
  instrument?: string;
  skipDuplicates?: boolean;
}

/** Data in: `import clients|responses`, and `db copy` (a whole installation into PostgreSQL). */
export function addImportCommands(program: Command): void {
  addDbCommands(program);
  const imports = program.command('import').description('Import clients and past questionnaires from files');
  imports
    .command('clients')
    .description('Import clients from a CSV file (--template prints the columns); all rows or none')
    .option('--org <slug>', 'organization slug')
    .option('--file <file>', 'the CSV file')
    .option('--dry-run', 'check every row and report; store nothing')
    .option('--skip-duplicates', 'leave out rows that are the same person as an existing client')
    .option('--template', 'print the CSV template and exit')
    .action((o: ImportOptions) => importClientsCommand(o));
  imports
    .command('responses')
    .description('Import past questionnaire responses from CSV or a FHIR Bundle (.json); all or none')
    .option('--org <slug>', 'organization slug')
    .option('--file <file>', 'the CSV file, or a FHIR Bundle of QuestionnaireResponses (.json)')
    .option('--dry-run', 'check every row and report; store nothing')
    .option('--template', 'print the CSV template and exit')
    .option('--instrument <ids>', 'with --template: comma-separated instrument ids (default: all)')
    .action((o: ImportOptions) => importResponsesCommand(o));
}

function need(o: ImportOptions): { org: string; file: string; text: string } {
  if (!o.org) throw new UsageError('--org <slug> is required');
  if (!o.file) throw new UsageError('--file <file> is required (or --template to print the columns)');
  let text: string;
  try {
    text = fs.readFileSync(o.file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${o.file}: ${(err as Error).message}`);
  }
  return { org: o.org, file: o.file, text };
}

async function scopeFor(ctx: AppContext, slug: string): Promise<OrgScope> {
  const { findOrganizationBySlug } = await import('../server/organizations/repository.ts');
  const { systemActor } = await import('../server/audit/audit-log.ts');
  const organization = await findOrganizationBySlug(ctx.db.kysely, slug);
  if (!organization) throw new UsageError(`no organization with slug "${slug}"`);
  return { organizationId: organization.id, role: 'owner', actor: systemActor('cli import') };
}

const where = (i: ImportIssue) => `line ${i.line}${i.column ? `, ${i.column}` : ''}`;

function printIssues(issues: readonly ImportIssue[]): void {
  for (const i of issues) console.log(`  ${where(i)}: ${i.message}`);
}

/** A refused import: its issues printed, then the one-line reason (exit code 2). */
async function reportRefusal<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof DomainError) || !Array.isArray(err.extra.issues)) throw err;
    printIssues(err.extra.issues as ImportIssue[]);
    throw new UsageError(err.message);
  }
}

async function importClientsCommand(o: ImportOptions): Promise<void> {
  if (o.template) {
    const [{ clientTemplateRows }, { writeCsv }] = await Promise.all([
      import('../domain/imports/clients.ts'),
      import('../server/imports/csv.ts'),
    ]);
    process.stdout.write(writeCsv(clientTemplateRows()));
    return;
  }
  const { org, file, text } = need(o);
  const { importClients } = await import('../server/imports/clients.ts');
  const { withContext } = await import('./runtime.ts');
  await withContext(async (ctx) => {
    const scope = await scopeFor(ctx, org);
    const r = await reportRefusal(() =>
      importClients(ctx, scope, text, { dryRun: !!o.dryRun, skipDuplicates: !!o.skipDuplicates }),
    );
    console.log(`${file}: ${r.rows} rows.`);
    if (r.issues.length) {
      console.log(`${r.issues.length} problems:`);
      printIssues(r.issues);
    }
    if (r.duplicates.length) {
      console.log(`${r.duplicates.length} duplicates${o.skipDuplicates ? ' (left out)' : ''}:`);
      for (const d of r.duplicates) console.log(`  line ${d.line}: ${d.message}`);
    }
    if (r.dryRun) {
      const blocked = r.issues.length > 0 || (r.duplicates.length > 0 && !o.skipDuplicates);
      console.log(
        blocked
          ? 'Dry run: nothing stored. Fix the rows above and run again.'
          : `Dry run: ${r.clients.length} clients would be created; nothing stored.`,
      );
      if (blocked) process.exitCode = 2;
      return;
    }
    console.log(`Created ${r.created} clients${r.skipped ? `; left out ${r.skipped} duplicates` : ''}.`);
  });
}

async function importResponsesCommand(o: ImportOptions): Promise<void> {
  if (o.template) {
    const [{ responseTemplateRows }, { findInstrument, INSTRUMENTS }, { writeCsv }] = await Promise.all([
      import('../domain/imports/responses.ts'),
      import('../domain/instruments/registry.ts'),
      import('../server/imports/csv.ts'),
    ]);
    const ids = o.instrument
      ?.split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    const defs = ids?.length ? ids.map((id) => findInstrument(id)) : [...INSTRUMENTS];
    const unknown = ids?.filter((_, i) => !defs[i]) ?? [];
    if (unknown.length) throw new UsageError(`not an instrument Threshold knows: ${unknown.join(', ')}`);
    process.stdout.write(writeCsv(responseTemplateRows(defs.filter((d) => d !== undefined))));
    return;
  }
  const { org, file, text } = need(o);
  const source = file.toLowerCase().endsWith('.json') ? { bundle: parseJson(file, text) } : { csv: text };
  const { importResponses } = await import('../server/imports/responses.ts');
  const { withContext } = await import('./runtime.ts');
  await withContext(async (ctx) => {
    const scope = await scopeFor(ctx, org);
    const r = await reportRefusal(() => importResponses(ctx, scope, source, { dryRun: !!o.dryRun }));
    const unit = 'bundle' in source ? 'entries' : 'rows';
    console.log(`${file}: ${r.rows} ${unit}.`);
    if (r.issues.length) {
      console.log(`${r.issues.length} problems:`);
      printIssues(r.issues);
    }
    if (r.dryRun) {
      console.log(
        r.issues.length
          ? 'Dry run: nothing stored. Fix the rows above and run again.'
          : `Dry run: ${r.responses.length} responses would be stored, raising ${r.alerts} risk alerts; nothing stored.`,
      );
      if (r.issues.length) process.exitCode = 2;
      return;
    }
    console.log(`Stored ${r.created} responses; ${r.alerts} safety alerts raised (marked as imported).`);
  });
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${file} is not JSON: ${(err as Error).message}`);
  }
}
