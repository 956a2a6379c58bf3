/**
 * Safety alerts: raised in the transaction of the event behind them (a risk answer, vital signs
 * beyond the limit, a missed questionnaire), each once (dedupe key), with an email to the
 * organization's clinicians that names no client and no answer — only that an alert waits in
 * Threshold. Clinicians acknowledge and resolve them with a note; every step is audited.
 */

import { randomUUID } from 'node:crypto';
import type { Alert } from '../../api/alerts.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import type { AlertDraft } from '../../domain/safety/alerts.ts';
import { alertTitleCode, isAlertTriggerCode } from '../../domain/safety/alerts.ts';
import type { Actor } from '../audit/audit-log.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { enqueue } from '../outbox/service.ts';
import * as repo from './repository.ts';

export interface RaiseInput {
  organizationId: string;
  clientId: string;
  drafts: readonly AlertDraft[];
  refs: { responseId?: string; dosingRecordId?: string; invitationId?: string };
  now: string;
}

/** Inserts the alerts that are new, tells the clinicians by email, audits; returns the new ids. */
export async function raiseAlerts(
  ctx: AppContext,
  trx: Tx,
  actor: Actor,
  input: RaiseInput,
): Promise<string[]> {
  const ids: string[] = [];
  for (const d of input.drafts) {
    const id = randomUUID();
    const inserted = await repo.insertAlert(trx, {
      id,
      organization_id: input.organizationId,
      client_id: input.clientId,
      kind: d.kind,
      severity: d.severity,
      title: d.title,
      trigger: d.trigger,
      trigger_code: d.triggerCode,
      trigger_params: d.triggerCode && d.triggerParams ? JSON.stringify(d.triggerParams) : null,
      response_id: input.refs.responseId ?? null,
      dosing_record_id: input.refs.dosingRecordId ?? null,
      invitation_id: input.refs.invitationId ?? null,
      dedupe_key: d.dedupeKey,
      status: 'open',
      created_at: input.now,
      updated_at: input.now,
    });
    if (!inserted) continue;
    ids.push(id);
    await ctx.audit.append(trx, actor, {
      organizationId: input.organizationId,
      action: 'alert.raise',
      entityType: 'client',
      entityId: input.clientId,
      details: { alertId: id, kind: d.kind, severity: d.severity },
    });
    if (d.severity === 'low') continue;
    for (const r of await repo.alertRecipients(trx, input.organizationId)) {
      await enqueue(
        ctx,
        trx,
        {
          organizationId: input.organizationId,
          dedupeKey: `alert:${id}:${r.id}`,
          kind: 'alert',
          clientId: null,
          to: r.email,
          subject: `Threshold: a ${d.severity}-severity alert needs attention`,
          body: [
            `A ${d.severity}-severity safety alert (${d.kind}) was raised in Threshold.`,
            '',
            `Open the alert queue to see it and act: ${ctx.config.publicUrl}/alerts`,
            '',
            'This email names no client and no answer on purpose: read them in Threshold.',
          ].join('\n'),
        },
        input.now,
      );
    }
  }
  return ids;
}

/**
 * The stored trigger code and values as the API gives them: both null for an alert raised before
 * codes were stored, or with a code (or values) this server does not know, which is then read in
 * its stored words.
 */
export function triggerCodeOf(r: {
  trigger_code: string | null;
  trigger_params: string | null;
}): Pick<Alert, 'triggerCode' | 'triggerParams'> {
  if (!isAlertTriggerCode(r.trigger_code)) return { triggerCode: null, triggerParams: null };
  try {
    const params: unknown = JSON.parse(r.trigger_params ?? '{}');
    if (params === null || typeof params !== 'object' || Array.isArray(params))
      return { triggerCode: null, triggerParams: null };
    return { triggerCode: r.trigger_code, triggerParams: params as Record<string, unknown> };
  } catch {
    return { triggerCode: null, triggerParams: null };
  }
}

export function toAlert(r: repo.AlertRow): Alert {
  return {
    id: r.id,
    client: { id: r.client_id, name: `${r.client_preferred?.trim() || r.client_given} ${r.client_family}` },
    kind: r.kind as Alert['kind'],
    severity: r.severity as Alert['severity'],
    title: r.title,
    titleCode: alertTitleCode(r.title),
    trigger: r.trigger,
    ...triggerCodeOf(r),
    responseId: r.response_id,
    dosingRecordId: r.dosing_record_id,
    status: r.status as Alert['status'],
    createdAt: r.created_at,
    acknowledgedAt: r.acknowledged_at,
    acknowledgedBy: r.acknowledged_by_user_id
      ? { id: r.acknowledged_by_user_id, name: r.ack_name ?? '' }
      : null,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by_user_id ? { id: r.resolved_by_user_id, name: r.resolved_name ?? '' } : null,
    resolutionNote: r.resolution_note,
  };
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

export async function listAlerts(
  ctx: AppContext,
  scope: OrgScope,
  status: 'active' | Alert['status'] = 'active',
): Promise<{ items: Alert[] }> {
  const statuses = status === 'active' ? ['open', 'acknowledged'] : [status];
  return transaction(ctx, async (trx) => {
    const rows = await repo.listAlerts(trx, scope.organizationId, statuses, 500);
    const items = rows.map(toAlert);
    if (status === 'active') items.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'alert.list',
      entityType: 'alert',
      entityId: null,
      details: { status, clientIds: [...new Set(items.map((a) => a.client.id))] },
    });
    return { items };
  });
}

export function countAlerts(ctx: AppContext, scope: OrgScope) {
  return repo.countActive(ctx.db.kysely, scope.organizationId);
}

async function change(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  action: 'alert.acknowledge' | 'alert.resolve',
  note?: string,
): Promise<Alert> {
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const before = await repo.getAlert(trx, scope.organizationId, id);
    if (!before) throw notFound('Alert');
    if (before.status === 'resolved')
      throw conflict('alert-resolved-already', {}, { current: toAlert(before) });
    const user = scope.actor.userId;
    const ok =
      action === 'alert.acknowledge'
        ? before.status === 'acknowledged' ||
          (await repo.updateAlert(trx, scope.organizationId, id, ['open'], {
            status: 'acknowledged',
            acknowledged_at: now,
            acknowledged_by_user_id: user,
            updated_at: now,
          }))
        : await repo.updateAlert(trx, scope.organizationId, id, ['open', 'acknowledged'], {
            status: 'resolved',
            acknowledged_at: before.acknowledged_at ?? now,
            acknowledged_by_user_id: before.acknowledged_by_user_id ?? user,
            resolved_at: now,
            resolved_by_user_id: user,
            resolution_note: note ?? null,
            updated_at: now,
          });
    if (!ok) throw conflict('alert-stale');
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action,
      entityType: 'client',
      entityId: before.client_id,
      // Whether a note was written, never its text (free text may name the client).
      details: { alertId: id, noted: Boolean(note) },
    });
    return toAlert((await repo.getAlert(trx, scope.organizationId, id))!);
  });
}

export const acknowledgeAlert = (ctx: AppContext, scope: OrgScope, id: string) =>
  change(ctx, scope, id, 'alert.acknowledge');

export function resolveAlert(ctx: AppContext, scope: OrgScope, id: string, note: string): Promise<Alert> {
  if (!note.trim()) throw invalid('note', 'say-what-was-done');
  return change(ctx, scope, id, 'alert.resolve', note.trim());
}
