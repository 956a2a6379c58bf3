/**
 * `threshold rescore`: recomputes every stored score with the registry's current definitions (after
 * a definition fix) and reports what changed. Answers are never changed; each changed score is
 * audited with its old and new values. A flag the fix adds raises its alert as if the response had
 * just been entered (the same domain rule, `alertsForResponse`; an alert already raised for the
 * flag is not raised again), so a corrected definition cannot store a risk no one is told of.
 */
import { DomainError } from '../../domain/errors.ts';
import type { InstrumentDefinition, Score } from '../../domain/instruments/types.ts';
import { alertsForResponse } from '../../domain/safety/alerts.ts';
import { raiseAlerts } from '../alerts/service.ts';
import type { Actor } from '../audit/audit-log.ts';
import { type AppContext, type Tx, transaction } from '../context.ts';
import { instrumentOf } from '../instruments/of-organization.ts';
import * as repo from './repository.ts';

type Summary = Pick<Score, 'instrumentVersion' | 'total' | 'severity' | 'subscales'> & { flags: string[] };

export interface RescoreReport {
  checked: number;
  changed: Array<{
    id: string;
    organizationId: string;
    instrumentId: string;
    before: Summary;
    after: Summary;
  }>;
  failed: Array<{ id: string; instrumentId: string; reason: string }>;
}

const canonical = (s: Summary) =>
  JSON.stringify([
    s.instrumentVersion,
    s.total,
    s.severity,
    Object.entries(s.subscales).sort(),
    [...s.flags].sort(),
  ]);

export async function rescoreAll(
  ctx: AppContext,
  actor: Actor,
  opts: { dryRun: boolean },
): Promise<RescoreReport> {
  const report: RescoreReport = { checked: 0, changed: [], failed: [] };
  // A licensed-copy instrument (the CEQ) is scored with its organization's stored copy.
  const definitions = new Map<string, Promise<InstrumentDefinition | undefined>>();
  const definitionOf = (organizationId: string, instrumentId: string) => {
    const key = `${organizationId} ${instrumentId}`;
    if (!definitions.has(key))
      definitions.set(key, instrumentOf(ctx.db.kysely, organizationId, instrumentId));
    return definitions.get(key)!;
  };
  let after = '';
  for (;;) {
    const rows = await repo.pageOfAllResponses(ctx.db.kysely, after, 500);
    if (!rows.length) break;
    after = rows[rows.length - 1]!.id;
    for (const row of rows) {
      report.checked++;
      const def = await definitionOf(row.organization_id, row.instrument_id);
      if (!def) {
        report.failed.push({
          id: row.id,
          instrumentId: row.instrument_id,
          reason: 'instrument no longer in the registry',
        });
        continue;
      }
      let score: Score;
      try {
        score = def.score(JSON.parse(row.answers) as Record<string, number | null>);
      } catch (e) {
        report.failed.push({
          id: row.id,
          instrumentId: row.instrument_id,
          reason: e instanceof DomainError ? e.message : String(e),
        });
        continue;
      }
      const before: Summary = {
        instrumentVersion: row.instrument_version,
        total: row.total,
        severity: row.severity,
        subscales: JSON.parse(row.subscales) as Record<string, number>,
        flags: (JSON.parse(row.flags) as Array<{ id: string }>).map((f) => f.id),
      };
      const next: Summary = { ...score, flags: score.flags.map((f) => f.id) };
      if (canonical(before) === canonical(next)) continue;
      report.changed.push({
        id: row.id,
        organizationId: row.organization_id,
        instrumentId: row.instrument_id,
        before,
        after: next,
      });
      if (opts.dryRun) continue;
      await transaction(ctx, async (trx) => {
        const now = new Date().toISOString();
        await repo.updateScore(trx, row.organization_id, row.id, score, now);
        await ctx.audit.append(trx, actor, {
          organizationId: row.organization_id,
          action: 'response.rescore',
          entityType: 'client',
          entityId: row.client_id,
          details: { responseId: row.id, instrumentId: row.instrument_id, before, after: next },
        });
        await alertNewFlags(ctx, trx, actor, { row, def, score, before: before.flags, now });
      });
    }
  }
  return report;
}

/** Alerts for the flags a rescore added (none for flags the stored score already had). */
async function alertNewFlags(
  ctx: AppContext,
  trx: Tx,
  actor: Actor,
  v: { row: repo.ResponseBaseline; def: InstrumentDefinition; score: Score; before: string[]; now: string },
): Promise<void> {
  const added = v.score.flags.filter((f) => !v.before.includes(f.id));
  if (added.length === 0) return;
  await raiseAlerts(ctx, trx, actor, {
    organizationId: v.row.organization_id,
    clientId: v.row.client_id,
    drafts: alertsForResponse({
      responseId: v.row.id,
      instrument: v.def,
      score: { ...v.score, flags: added },
      baseline: null,
    }),
    refs: { responseId: v.row.id },
    now: v.now,
  });
}
