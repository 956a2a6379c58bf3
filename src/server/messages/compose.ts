/**
 * Writing a client message to the outbox, in the caller's transaction: the client's language
 * picks the template (the organization's own wording, else the built-in one), dates are formatted
 * in the organization's time zone, and the message is queued under a dedupe key — so it exists
 * exactly when the change that caused it was committed, and never twice. A client without an
 * email address, archived or restricted gets nothing.
 */

import type { OutboxMessage } from '../../api/outbox.ts';
import { defaultTemplate } from '../../domain/messages/defaults.ts';
import { isMessageLanguage, type MessageKind, type MessageLanguage } from '../../domain/messages/kinds.ts';
import { renderMessage } from '../../domain/messages/render.ts';
import type { AppContext, Tx } from '../context.ts';
import { enqueue } from '../outbox/service.ts';
import * as repo from './repository.ts';

export interface MessageContext {
  lang: MessageLanguage;
  /** The organization's IANA time zone. */
  zone: string;
}

export interface ClientMessage {
  organizationId: string;
  clientId: string;
  kind: MessageKind;
  /** Why this message exists, once (a second message with the same key is not written). */
  dedupeKey: string;
  /** The outbox kind it is listed under (defaults to the template kind). */
  outboxKind?: OutboxMessage['kind'];
  /** The kind's placeholders, in the client's language. */
  values: (c: MessageContext) => Record<string, string>;
}

/** The template an organization uses for a kind in a language. */
export async function templateFor(trx: Tx, organizationId: string, kind: MessageKind, lang: MessageLanguage) {
  const own = await repo.getTemplate(trx, organizationId, kind, lang);
  return own ? { subject: own.subject, preview: own.preview, body: own.body } : defaultTemplate(kind, lang);
}

/** What became of a message: written, or not (no address to send to; its key was used already). */
export type SendResult = 'written' | 'no-recipient' | 'duplicate';

/** Queues the message in the caller's transaction. */
export async function writeClientMessage(
  ctx: AppContext,
  trx: Tx,
  m: ClientMessage,
  now: string,
): Promise<SendResult> {
  const to = await repo.recipient(trx, m.organizationId, m.clientId);
  if (!to?.email || to.archived_at || to.restricted_at) return 'no-recipient';
  const lang: MessageLanguage = isMessageLanguage(to.language) ? to.language : 'en';
  const template = await templateFor(trx, m.organizationId, m.kind, lang);
  const message = renderMessage(template, {
    clientName: to.preferred_name?.trim() || to.given_name,
    organization: to.organization,
    portalLink: `${ctx.config.publicUrl}/portal`,
    ...m.values({ lang, zone: to.timezone }),
  });
  const written = await enqueue(
    ctx,
    trx,
    {
      organizationId: m.organizationId,
      dedupeKey: m.dedupeKey,
      kind: m.outboxKind ?? (m.kind as OutboxMessage['kind']),
      clientId: m.clientId,
      to: to.email,
      ...message,
    },
    now,
  );
  return written ? 'written' : 'duplicate';
}

/** Queues the message; true when it was written. */
export const sendClientMessage = async (ctx: AppContext, trx: Tx, m: ClientMessage, now: string) =>
  (await writeClientMessage(ctx, trx, m, now)) === 'written';
