/**
 * Owners' view and edit of the client message templates: every kind in every language, the
 * organization's own wording or the built-in one, checked before it is stored (an unknown
 * placeholder is refused naming the field), reset by deleting the organization's row, previewed
 * with made-up values. Edits are audited with the fields that changed (never the text).
 */

import type { MessageTemplateItem, TemplateInput } from '../../api/messages.ts';
import { defaultTemplate } from '../../domain/messages/defaults.ts';
import {
  allowedPlaceholders,
  KIND_SPECS,
  MESSAGE_KINDS,
  MESSAGE_LANGUAGES,
  type MessageKind,
  type MessageLanguage,
  type MessageTemplate,
  TEMPLATE_FIELDS,
} from '../../domain/messages/kinds.ts';
import { renderMessage, validateTemplate } from '../../domain/messages/render.ts';
import { sampleValues } from '../../domain/messages/samples.ts';
import { type AppContext, type OrgScope, transaction } from '../context.ts';
import { renderHtml } from '../outbox/html.ts';
import * as repo from './repository.ts';

function toItem(
  kind: MessageKind,
  language: MessageLanguage,
  own: repo.TemplateRow | undefined,
): MessageTemplateItem {
  const t = own ?? defaultTemplate(kind, language);
  return {
    kind,
    language,
    subject: t.subject,
    preview: t.preview,
    body: t.body,
    custom: own !== undefined,
    updatedAt: own ? new Date(own.updated_at).toISOString() : null,
    placeholders: {
      subject: [...allowedPlaceholders(kind, 'subject')],
      preview: [...allowedPlaceholders(kind, 'preview')],
      body: [...allowedPlaceholders(kind, 'body')],
      required: [...KIND_SPECS[kind].required],
    },
  };
}

export async function listTemplates(
  ctx: AppContext,
  scope: OrgScope,
): Promise<{ items: MessageTemplateItem[] }> {
  const own = await repo.listTemplates(ctx.db.kysely, scope.organizationId);
  const find = (k: string, l: string) => own.find((r) => r.kind === k && r.language === l);
  return {
    items: MESSAGE_LANGUAGES.flatMap((l) => MESSAGE_KINDS.map((k) => toItem(k, l, find(k, l)))),
  };
}

export async function saveTemplate(
  ctx: AppContext,
  scope: OrgScope,
  kind: MessageKind,
  language: MessageLanguage,
  input: TemplateInput,
): Promise<MessageTemplateItem> {
  const t = validateTemplate(kind, input);
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const before: MessageTemplate =
      (await repo.getTemplate(trx, org, kind, language)) ?? defaultTemplate(kind, language);
    await repo.upsertTemplate(trx, {
      organization_id: org,
      kind,
      language,
      ...t,
      updated_by_user_id: scope.actor.userId,
      updated_at: now,
    });
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'message-template.update',
      entityType: 'organization',
      entityId: org,
      details: { kind, language, fields: TEMPLATE_FIELDS.filter((f) => before[f] !== t[f]) },
    });
    return toItem(kind, language, await repo.getTemplate(trx, org, kind, language));
  });
}

export async function resetTemplate(
  ctx: AppContext,
  scope: OrgScope,
  kind: MessageKind,
  language: MessageLanguage,
): Promise<MessageTemplateItem> {
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const removed = await repo.deleteTemplate(trx, org, kind, language);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'message-template.reset',
      entityType: 'organization',
      entityId: org,
      details: { kind, language, removed },
    });
    return toItem(kind, language, undefined);
  });
}

/** The message a (not yet saved) template makes, with made-up values, as text and HTML. */
export async function previewTemplate(
  ctx: AppContext,
  scope: OrgScope,
  kind: MessageKind,
  language: MessageLanguage,
  input: TemplateInput,
) {
  const t = validateTemplate(kind, input);
  const org = await ctx.db.kysely
    .selectFrom('organizations')
    .select(['name', 'timezone'])
    .where('id', '=', scope.organizationId)
    .executeTakeFirstOrThrow();
  const m = renderMessage(t, sampleValues(language, org.timezone, org.name, ctx.config.publicUrl));
  return {
    ...m,
    html: renderHtml(m.body, {
      lang: language,
      subject: m.subject,
      preview: m.preview,
      linkBase: ctx.config.publicUrl,
    }),
  };
}
