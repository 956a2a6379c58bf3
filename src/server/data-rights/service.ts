/**
 * Data subject requests: recording an erasure or restriction request and carrying it out, the
 * organization's retention setting, the report of what is restricted and when it is due, and the
 * scheduler's erasure of records whose retention period ended.
 */
import { randomUUID } from 'node:crypto';
import type { DataRightsReport, ErasureOutcome } from '../../api/data-rights.ts';
import { assertRequest, type RequestInput } from '../../domain/data-rights/requests.ts';
import {
  assertRetentionYears,
  decide,
  retentionEnd,
  retentionEnded,
} from '../../domain/data-rights/retention.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import { type Actor, systemActor } from '../audit/audit-log.ts';
import { getClient } from '../clients/repository.ts';
import { type AppContext, type OrgScope, transaction } from '../context.ts';
import { eraseClient, restrictClient } from './erasure.ts';
import { exportClient } from './export.ts';
import * as repo from './repository.ts';
import { visibleClient } from './visibility.ts';

const today = (now = new Date()) => now.toISOString().slice(0, 10);

export async function requestErasure(
  ctx: AppContext,
  scope: OrgScope,
  clientId: string,
  input: RequestInput,
): Promise<ErasureOutcome> {
  const now = new Date();
  assertRequest(input, today(now));
  const at = now.toISOString();
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const client = await getClient(trx, org, clientId);
    if (!client) throw notFound('Client');
    const years = await repo.retentionYears(trx, org);
    const lastTreatment = await repo.lastTreatmentOn(trx, org, clientId);
    const decision = decide(input.scope, lastTreatment, years, today(now));
    if (decision.kind === 'restrict' && client.restricted_at !== null && input.scope === 'restriction')
      throw conflict('client-restricted-already');
    const id = randomUUID();
    await repo.insertRequest(trx, {
      id,
      organization_id: org,
      client_id: clientId,
      requested_by: input.requestedBy,
      received_on: input.receivedOn,
      scope: input.scope,
      legal_basis: input.legalBasis,
      recorded_by_user_id: scope.actor.userId,
      recorded_at: at,
      last_treatment_on: lastTreatment,
      status: decision.kind === 'erase-now' ? 'erased' : 'restricted',
      erased_at: null,
      summary: null,
    });
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'client.erasure-request',
      entityType: 'client',
      entityId: clientId,
      details: {
        requestId: id,
        requestedBy: input.requestedBy,
        scope: input.scope,
        legalBasis: input.legalBasis,
        decision: decision.kind,
        retainedUntil: decision.kind === 'restrict' ? decision.until : null,
      },
    });
    if (decision.kind === 'erase-now') {
      const erased = await eraseClient(ctx, trx, scope.actor, client, at);
      return { requestId: id, status: 'erased', retainedUntil: null, erased };
    }
    const withdrawn =
      client.restricted_at === null ? await restrictClient(ctx, trx, scope.actor, client, at) : {};
    return { requestId: id, status: 'restricted', retainedUntil: decision.until, withdrawn };
  });
}

export async function report(ctx: AppContext, scope: OrgScope): Promise<DataRightsReport> {
  const db = ctx.db.kysely;
  const years = await repo.retentionYears(db, scope.organizationId);
  const rows = await repo.listRequests(db, scope.organizationId);
  const day = today();
  return {
    retentionYears: years,
    requests: rows.map((r) => {
      const until = r.scope === 'erasure' ? retentionEnd(r.last_treatment_on, years) : null;
      return {
        id: r.id,
        clientId: r.client_id,
        clientName: r.given_name !== null ? `${r.given_name} ${r.family_name}` : null,
        requestedBy: r.requested_by as RequestInput['requestedBy'],
        receivedOn: r.received_on,
        scope: r.scope as RequestInput['scope'],
        legalBasis: r.legal_basis as RequestInput['legalBasis'],
        recordedAt: r.recorded_at,
        recordedBy: r.recorded_by_name,
        status: r.status as 'restricted' | 'erased',
        lastTreatmentOn: r.last_treatment_on,
        retainedUntil: r.status === 'restricted' ? until : null,
        due:
          r.status === 'restricted' &&
          r.scope === 'erasure' &&
          retentionEnded(r.last_treatment_on, years, day),
        erasedAt: r.erased_at,
        erased: r.summary ? (JSON.parse(r.summary) as Record<string, number>) : null,
      };
    }),
  };
}

export async function setRetention(
  ctx: AppContext,
  scope: OrgScope,
  years: number,
): Promise<DataRightsReport> {
  assertRetentionYears(years);
  await transaction(ctx, async (trx) => {
    const before = await repo.retentionYears(trx, scope.organizationId);
    await repo.setRetentionYears(trx, scope.organizationId, years, new Date().toISOString());
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'organization.retention',
      entityType: 'organization',
      entityId: scope.organizationId,
      details: { from: before, to: years },
    });
  });
  return report(ctx, scope);
}

const SCHEDULER: Actor = systemActor('scheduler');

/**
 * Erases every restricted client (erasure requests, all organizations) whose retention period has
 * ended on `now`'s day; each in its own transaction. Returns how many were erased.
 */
export async function eraseDue(ctx: AppContext, now = new Date()): Promise<number> {
  const day = today(now);
  const due = (await repo.pendingErasures(ctx.db.kysely)).filter((p) =>
    retentionEnded(p.last_treatment_on, Number(p.retention_years), day),
  );
  let erased = 0;
  for (const p of due) {
    await transaction(ctx, async (trx) => {
      const client = await getClient(trx, p.organization_id, p.client_id);
      // Erased meanwhile (another process, or a later request): nothing left to do but the record.
      if (!client) {
        await repo.markErased(trx, p.organization_id, p.client_id, now.toISOString(), '{}');
        return;
      }
      await eraseClient(ctx, trx, SCHEDULER, client, now.toISOString());
      erased += 1;
    });
  }
  return erased;
}

/** The export for a signed-in member: a restricted client is exported for the owner only. */
export async function exportForScope(ctx: AppContext, scope: OrgScope, clientId: string, fhirBase: string) {
  if (!(await visibleClient(ctx.db.kysely, scope, clientId))) throw notFound('Client');
  return exportClient(ctx, scope.actor, scope.organizationId, clientId, fhirBase);
}
