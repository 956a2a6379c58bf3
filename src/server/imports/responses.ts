/**
 * Importing past questionnaire responses from CSV (or a FHIR Bundle, from the command line): every
 * row checked against its instrument's definition and its client looked up, every problem listed;
 * then — unless it is a dry run — every response stored through `recordResponse`, the one path
 * (scores, flags, alerts, invitation closing, audit) with source `import`, all in one transaction
 * and in the order they were answered (so reliable change is judged against the right baseline).
 * Risk answers raise their alerts like any other; `record.ts` marks them as imported history.
 */

import type { ResponseImportResult } from '../../api/imports.ts';
import type { RowCheck } from '../../domain/imports/clients.ts';
import { checkBundle } from '../../domain/imports/fhir-bundle.ts';
import { checkHeader, type ImportIssue, refuseImport } from '../../domain/imports/issues.ts';
import { checkResponseRow, type ImportedResponse, RESPONSE_COLUMNS } from '../../domain/imports/responses.ts';
import { findInstrument, INSTRUMENTS } from '../../domain/instruments/registry.ts';
import { alertsForResponse, alertTitleCode, asImported } from '../../domain/safety/alerts.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { recordResponse } from '../responses/record.ts';
import { readCsv } from './csv.ts';
import { clientsNamed } from './repository.ts';

export type ResponseSourceFile = { csv: string } | { bundle: unknown };

interface Row {
  line: number;
  clientId: string;
  value: ImportedResponse;
}

const LINK_IDS = new Set(INSTRUMENTS.flatMap((d) => d.items.map((i) => i.linkId)));
const isResponseColumn = (name: string) =>
  (RESPONSE_COLUMNS as readonly string[]).includes(name) || LINK_IDS.has(name);

function checkFile(
  file: ResponseSourceFile,
  now: Date,
): { rows: RowCheck<ImportedResponse>[]; issues: ImportIssue[] } {
  if ('bundle' in file) {
    const r = checkBundle(file.bundle, findInstrument, now);
    return { rows: r.rows, issues: r.fileIssues };
  }
  const table = readCsv(file.csv);
  const issues = [...table.issues];
  if (table.header.length)
    issues.push(...checkHeader(table.header, isResponseColumn, RESPONSE_COLUMNS, 'questionnaire'));
  if (!RESPONSE_COLUMNS.every((c) => table.header.includes(c))) return { rows: [], issues };
  return { rows: table.rows.map((row) => checkResponseRow(row, findInstrument, now)), issues };
}

/** Looks up each row's client in the organization; a client that is unknown, ambiguous or archived is the row's problem. */
async function resolveClients(
  db: Tx,
  scope: OrgScope,
  valid: { line: number; value: ImportedResponse }[],
  clientColumn: (line: number) => string,
): Promise<{ rows: Row[]; issues: ImportIssue[] }> {
  const refs = valid.map((v) => v.value.client);
  const found = await clientsNamed(db, scope.organizationId, {
    ids: refs.flatMap((r) => (r.kind === 'id' ? [r.id] : [])),
    emails: refs.flatMap((r) => (r.kind === 'email' ? [r.email] : [])),
  });
  const rows: Row[] = [];
  const issues: ImportIssue[] = [];
  for (const { line, value } of valid) {
    const ref = value.client;
    const matches =
      ref.kind === 'id'
        ? found.filter((c) => c.id === ref.id)
        : found.filter((c) => c.email?.toLowerCase() === ref.email);
    const named = ref.kind === 'id' ? `client id ${ref.id}` : ref.email;
    const fail = (message: string) => issues.push({ line, column: clientColumn(line), message });
    const unique = [...new Map(matches.map((c) => [c.id, c])).values()];
    if (unique.length === 0)
      fail(`no client of this organization has ${ref.kind === 'id' ? 'the' : 'the email'} ${named}`);
    else if (unique.length > 1)
      fail(`${unique.length} clients have the email ${named}: use the client id instead`);
    else if (unique[0]!.archived) fail(`${named} is an archived client: restore the client first`);
    else rows.push({ line, clientId: unique[0]!.id, value });
  }
  return { rows, issues };
}

/** The risk alerts a row raises, titled as `record.ts` will title them (reliable change needs the stored baseline). */
const previewAlerts = (r: ImportedResponse) =>
  asImported(
    alertsForResponse({ responseId: 'preview', instrument: r.instrument, score: r.score, baseline: null }),
    r.administeredAt,
  ).map((a) => ({ severity: a.severity, title: a.title, titleCode: alertTitleCode(a.title) }));

export async function importResponses(
  ctx: AppContext,
  scope: OrgScope,
  file: ResponseSourceFile,
  opts: { dryRun?: boolean | undefined } = {},
): Promise<ResponseImportResult> {
  const now = new Date();
  const clientColumn = (line: number) =>
    'bundle' in file ? `entry[${line - 1}].resource.subject.reference` : 'client';
  const checkAll = async (db: Tx) => {
    const checked = checkFile(file, now);
    const issues = [...checked.issues];
    const valid: { line: number; value: ImportedResponse }[] = [];
    for (const r of checked.rows) {
      if (r.ok) valid.push({ line: r.line, value: r.value });
      else issues.push(...r.issues);
    }
    const resolved = await resolveClients(db, scope, valid, clientColumn);
    issues.push(...resolved.issues);
    issues.sort((a, b) => a.line - b.line);
    // Oldest first: each response's reliable change is judged against the responses before it.
    const rows = resolved.rows.sort(
      (a, b) => a.value.administeredAt.localeCompare(b.value.administeredAt) || a.line - b.line,
    );
    return { count: checked.rows.length, issues, rows };
  };
  const line = (r: Row, id: string | null, alerts: ResponseImportResult['responses'][number]['alerts']) => ({
    line: r.line,
    id,
    clientId: r.clientId,
    instrumentId: r.value.instrument.id,
    administeredAt: r.value.administeredAt,
    total: r.value.score.total,
    severity: r.value.score.severity,
    alerts,
  });

  if (opts.dryRun) {
    const p = await checkAll(ctx.db.kysely);
    const responses = p.rows
      .map((r) => line(r, null, previewAlerts(r.value)))
      .sort((a, b) => a.line - b.line);
    return {
      dryRun: true,
      rows: p.count,
      created: 0,
      issues: p.issues,
      alerts: responses.reduce((n, r) => n + r.alerts.length, 0),
      responses,
    };
  }
  return transaction(ctx, async (trx) => {
    const p = await checkAll(trx);
    if (p.issues.length) throw refuseImport('questionnaire', p.issues);
    const stored: ResponseImportResult['responses'] = [];
    let alerts = 0;
    for (const r of p.rows) {
      const rec = await recordResponse(ctx, trx, {
        organizationId: scope.organizationId,
        clientId: r.clientId,
        instrument: r.value.instrument,
        answers: r.value.answers,
        administeredAt: r.value.administeredAt,
        language: 'en',
        origin: { source: 'import', actor: scope.actor },
        now: now.toISOString(),
      });
      alerts += rec.alertIds.length;
      stored.push(line(r, rec.responseId, previewAlerts(r.value)));
    }
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'response.import',
      entityType: 'client',
      entityId: null,
      details: { rows: p.count, created: stored.length, alerts },
    });
    return {
      dryRun: false,
      rows: p.count,
      created: stored.length,
      issues: [],
      alerts,
      responses: stored.sort((a, b) => a.line - b.line),
    };
  });
}
