/**
 * The outbox: every message is written here first, in the same transaction as the event that
 * causes it (an invitation, a reminder, an alert), under a dedupe key — so a message is never
 * created twice, and never lost if the server stops before sending. A sender claims queued rows
 * and delivers them over SMTP; without an SMTP server they are kept for staff to read.
 */
import { randomUUID } from 'node:crypto';
import type { OutboxMessage } from '../../api/outbox.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { renderHtml } from './html.ts';
import type { Mailer } from './mailer.ts';
import * as repo from './repository.ts';

/** Attempts before a message is marked failed (each a scheduler run apart). */
export const MAX_ATTEMPTS = 5;

export interface Enqueue {
  organizationId: string;
  dedupeKey: string;
  kind: OutboxMessage['kind'];
  clientId: string | null;
  to: string;
  subject: string;
  body: string;
  /** The line a mail list shows beside the subject (hidden at the top of the HTML part). */
  preview?: string | null;
}

/** Writes a message in the caller's transaction; false when its dedupe key was already used. */
export function enqueue(ctx: AppContext, trx: Tx, m: Enqueue, now: string): Promise<boolean> {
  return repo.insertMessage(trx, {
    id: randomUUID(),
    ...m,
    status: ctx.config.smtpUrl ? 'queued' : 'kept',
    now,
  });
}

export async function listOutbox(
  ctx: AppContext,
  scope: OrgScope,
  query: { status?: OutboxMessage['status']; limit?: number },
): Promise<{ items: OutboxMessage[]; smtpConfigured: boolean }> {
  return transaction(ctx, async (trx) => {
    const rows = await repo.listMessages(trx, scope.organizationId, {
      ...(query.status ? { status: query.status } : {}),
      limit: query.limit ?? 100,
    });
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'outbox.list',
      entityType: 'outbox',
      entityId: null,
      details: {
        count: rows.length,
        clientIds: [...new Set(rows.flatMap((r) => (r.client_id ? [r.client_id] : [])))],
      },
    });
    return {
      smtpConfigured: ctx.config.smtpUrl !== null,
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind as OutboxMessage['kind'],
        client: r.client_id
          ? { id: r.client_id, name: `${r.client_given ?? ''} ${r.client_family ?? ''}`.trim() }
          : null,
        to: r.to_address,
        subject: r.subject,
        body: r.body,
        preview: r.preview,
        status: r.status as OutboxMessage['status'],
        attempts: r.attempts,
        lastError: r.last_error,
        createdAt: r.created_at,
        sentAt: r.sent_at,
      })),
    };
  });
}

/**
 * Sends what is queued; returns how many were sent. Safe to run in several processes at once: each
 * claims its own messages until LEASE_SECONDS from now; the messages of a sender that died are sent
 * by another once that claim lapsed, and a sender whose claim lapsed meanwhile records nothing over
 * the new claimant's. SMTP has no two-phase commit: a sender that dies after the relay accepted a
 * message and before recording it sent leaves it to be sent again (its Message-ID, the outbox id,
 * shows the copy for what it is).
 */
export async function deliverOutbox(ctx: AppContext, mailer: Mailer, limit = 50): Promise<number> {
  const now = new Date();
  const claimedUntil = new Date(now.getTime() + ctx.config.leaseSeconds * 1000).toISOString();
  const claimed = await repo.claimMessages(ctx.db.kysely, ctx.db.dialect, {
    now: now.toISOString(),
    claimedUntil,
    limit,
  });
  // The claim is on disk before anything is sent, as a transaction through `transaction()` would be.
  await ctx.db.sync();
  // A client's message is in their portal language; alerts go to staff in English.
  const languages = await repo.clientLanguages(ctx.db.kysely, claimed);
  let sent = 0;
  for (const m of claimed) {
    try {
      const lang = (m.client_id && languages.get(m.client_id)) || 'en';
      const html = renderHtml(m.body, {
        lang,
        subject: m.subject,
        linkBase: ctx.config.publicUrl,
        preview: m.preview,
      });
      await mailer.send({ to: m.to_address, subject: m.subject, text: m.body, html, messageId: m.id });
      await repo.markSent(ctx.db.kysely, m.id, claimedUntil, new Date().toISOString());
      sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await repo.markFailed(ctx.db.kysely, m.id, claimedUntil, message, m.attempts >= MAX_ATTEMPTS);
    }
  }
  return sent;
}
