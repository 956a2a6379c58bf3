/**
 * Importing clients from CSV: every row checked (every problem listed with its line and column),
 * duplicates of existing clients or of earlier rows reported, then — unless it is a dry run — all
 * rows created in one transaction, each audited as `client.create` like a client created by hand,
 * and the import itself as one `client.import` event with its counts. One bad row: nothing stored.
 */
import { randomUUID } from 'node:crypto';
import type { ClientImportResult } from '../../api/imports.ts';
import {
  checkClientRow,
  findDuplicates,
  type ImportedClient,
  isClientColumn,
  personKey,
  REQUIRED_CLIENT_COLUMNS,
} from '../../domain/imports/clients.ts';
import { checkHeader, type ImportIssue, refuseImport } from '../../domain/imports/issues.ts';
import { insertClient } from '../clients/repository.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { readCsv } from './csv.ts';
import { clientsLike } from './repository.ts';

export interface ClientImportOptions {
  dryRun?: boolean | undefined;
  skipDuplicates?: boolean | undefined;
}

interface Plan {
  rows: number;
  issues: ImportIssue[];
  valid: { line: number; value: ImportedClient }[];
  duplicates: ClientImportResult['duplicates'];
}

async function plan(db: Tx, scope: OrgScope, csv: string, now: Date): Promise<Plan> {
  const table = readCsv(csv);
  const issues = [...table.issues];
  if (table.header.length)
    issues.push(...checkHeader(table.header, isClientColumn, REQUIRED_CLIENT_COLUMNS, 'client'));
  const valid: Plan['valid'] = [];
  // Without a required column every row would fail on it: the header problem says it once.
  if (REQUIRED_CLIENT_COLUMNS.every((c) => table.header.includes(c)))
    for (const row of table.rows) {
      const r = checkClientRow(row, scope.role, now);
      if (r.ok) valid.push({ line: r.line, value: r.value });
      else issues.push(...r.issues);
    }
  const keys = valid.map((v) => personKey(v.value));
  const existing = await clientsLike(db, scope.organizationId, {
    emails: keys.flatMap((k) => (k.email ? [k.email] : [])),
    birthDates: valid.map((v) => v.value.dateOfBirth),
  });
  issues.sort((a, b) => a.line - b.line);
  return { rows: table.rows.length, issues, valid, duplicates: findDuplicates(valid, existing) };
}

const summary = (c: ImportedClient, line: number, id: string | null) => ({
  line,
  id,
  givenName: c.givenName,
  familyName: c.familyName,
  dateOfBirth: c.dateOfBirth,
});

export async function importClients(
  ctx: AppContext,
  scope: OrgScope,
  csv: string,
  opts: ClientImportOptions = {},
): Promise<ClientImportResult> {
  const now = new Date();
  if (opts.dryRun) {
    const p = await plan(ctx.db.kysely, scope, csv, now);
    const dup = new Set(p.duplicates.map((d) => d.line));
    return {
      dryRun: true,
      rows: p.rows,
      created: 0,
      skipped: opts.skipDuplicates ? dup.size : 0,
      issues: p.issues,
      duplicates: p.duplicates,
      clients: p.valid.filter((v) => !dup.has(v.line)).map((v) => summary(v.value, v.line, null)),
    };
  }
  return transaction(ctx, async (trx) => {
    const p = await plan(trx, scope, csv, now);
    const problems = [...p.issues];
    if (!opts.skipDuplicates)
      problems.push(
        ...p.duplicates.map((d) => ({
          line: d.line,
          column: null,
          message: `${d.message}: remove the row, or import with skipDuplicates to leave such rows out`,
        })),
      );
    if (problems.length)
      throw refuseImport(
        'client',
        problems.sort((a, b) => a.line - b.line),
      );
    const dup = new Set(p.duplicates.map((d) => d.line));
    const at = now.toISOString();
    const created: ClientImportResult['clients'] = [];
    for (const { line, value } of p.valid) {
      if (dup.has(line)) continue;
      const id = randomUUID();
      await insertClient(trx, scope.organizationId, id, value, at);
      await ctx.audit.append(trx, scope.actor, {
        organizationId: scope.organizationId,
        action: 'client.create',
        entityType: 'client',
        entityId: id,
        details: { via: 'import', line },
      });
      created.push(summary(value, line, id));
    }
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'client.import',
      entityType: 'client',
      entityId: null,
      details: { rows: p.rows, created: created.length, skippedDuplicates: dup.size },
    });
    return {
      dryRun: false,
      rows: p.rows,
      created: created.length,
      skipped: dup.size,
      issues: [],
      duplicates: p.duplicates,
      clients: created,
    };
  });
}
