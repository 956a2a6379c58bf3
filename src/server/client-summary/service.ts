/**
 * A client's clinical header: open alerts and risk flags first, then dosing clearance, the latest
 * score per instrument with its band, the next session and its facilitators. Each part only for a
 * role the permission matrix lets read it; every view is audited as a read of the client's record.
 */

import type { ClientSummary } from '../../api/client-summary.ts';
import { type Action, can } from '../../domain/access/roles.ts';
import { notFound } from '../../domain/errors.ts';
import { findInstrument } from '../../domain/instruments/registry.ts';
import type { SafetyFlag } from '../../domain/instruments/types.ts';
import { alertTitleCode, RISK_FLAGS } from '../../domain/safety/alerts.ts';
import { triggerCodeOf } from '../alerts/service.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { clearanceFor } from '../enrollments/clearance.ts';
import * as repo from './repository.ts';

type Alert = NonNullable<ClientSummary['alerts']>[number];
type Flag = NonNullable<ClientSummary['flags']>[number];
type Score = NonNullable<ClientSummary['scores']>[number];

const SEVERITY_ORDER: Record<string, number> = { high: 0, medium: 1, low: 2 };

async function alertsOf(trx: Tx, org: string, clientId: string): Promise<Alert[]> {
  const rows = await repo.activeAlerts(trx, org, clientId);
  return rows
    .map((a) => ({
      id: a.id,
      kind: a.kind,
      severity: a.severity as Alert['severity'],
      status: a.status as Alert['status'],
      title: a.title,
      titleCode: alertTitleCode(a.title),
      trigger: a.trigger,
      ...triggerCodeOf(a),
      createdAt: a.created_at,
    }))
    .sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3));
}

/** The latest response on each instrument: its score and its safety flags (risk flags first). */
async function scoresAndFlags(trx: Tx, org: string, clientId: string) {
  const rows = await repo.responsesNewestFirst(trx, org, clientId);
  const seen = new Set<string>();
  const scores: Score[] = [];
  const flags: Flag[] = [];
  for (const r of rows) {
    if (seen.has(r.instrument_id)) continue;
    seen.add(r.instrument_id);
    const instrument = findInstrument(r.instrument_id);
    const shortName = instrument?.shortName ?? r.instrument_id;
    scores.push({
      instrumentId: r.instrument_id,
      shortName,
      total: r.total,
      severity: r.severity,
      range: instrument?.totalRange ?? { min: 0, max: r.total },
      bands: instrument?.bands?.value ?? [],
      responseId: r.id,
      administeredAt: r.administered_at,
    });
    for (const f of JSON.parse(r.flags) as SafetyFlag[]) {
      flags.push({
        instrumentId: r.instrument_id,
        shortName,
        flag: f.id,
        risk: RISK_FLAGS.has(f.id),
        reason: f.reason,
        responseId: r.id,
        administeredAt: r.administered_at,
      });
    }
  }
  flags.sort((a, b) => Number(b.risk) - Number(a.risk));
  return { scores, flags };
}

export async function clientSummary(
  ctx: AppContext,
  scope: OrgScope,
  clientId: string,
): Promise<ClientSummary> {
  const may = (action: Action) => can(scope.role, action);
  const org = scope.organizationId;
  return transaction(ctx, async (trx) => {
    const client = await repo.getClient(trx, org, clientId);
    if (!client) throw notFound('Client');
    const out: ClientSummary = {
      client: {
        id: client.id,
        name: `${client.preferred_name?.trim() || client.given_name} ${client.family_name}`,
        archived: client.archived_at !== null,
      },
    };
    if (may('alert.read')) out.alerts = await alertsOf(trx, org, clientId);
    if (may('response.read')) Object.assign(out, await scoresAndFlags(trx, org, clientId));
    const enrollments = await repo.currentEnrollments(trx, org, clientId);
    if (may('enrollment.read')) {
      out.clearance = [];
      for (const e of enrollments) {
        const c = await clearanceFor(trx, org, e);
        out.clearance.push({
          enrollmentId: e.id,
          program: { id: e.program_id, name: e.program_name },
          status: e.status,
          cleared: c.cleared,
          reasons: c.reasons,
          codes: c.codes,
        });
      }
    }
    if (may('session.read')) {
      const next = await repo.nextSession(trx, org, clientId, new Date().toISOString());
      out.nextSession = next
        ? {
            id: next.id,
            name: next.name,
            programName: next.program_name,
            startsAt: next.starts_at,
            endsAt: next.ends_at,
            dosing: next.dosing === 1,
            booking: next.booking,
          }
        : null;
      const cohort = enrollments.find((e) => e.cohort_id)?.cohort_id;
      const bySession = next ? await repo.sessionFacilitators(trx, org, next.id) : [];
      out.facilitators =
        bySession.length || !cohort ? bySession : await repo.cohortFacilitators(trx, org, cohort);
    }
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'client.summary.view',
      entityType: 'client',
      entityId: clientId,
      details: { parts: Object.keys(out).filter((k) => k !== 'client') },
    });
    return out;
  });
}
