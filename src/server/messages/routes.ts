/** /api/organization/message-templates: the wording of client messages, per kind and language. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { responses } from '../../api/common.ts';
import { MessageTemplateSchema, RenderedSchema, TemplateInput, TemplateParams } from '../../api/messages.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as svc from './service.ts';

const tags = ['organization'];
const one = '/api/organization/message-templates/:kind/:language';

export function messageTemplateRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/organization/message-templates',
      {
        config: { access: { action: 'organization.read' } },
        schema: {
          tags,
          summary: 'Every client message in every language: the organization’s wording or the built-in one',
          response: responses({ 200: Type.Object({ items: Type.Array(MessageTemplateSchema) }) }),
        },
      },
      (request) => svc.listTemplates(ctx, scopeOf(request)),
    );

    app.put(
      one,
      {
        config: { access: { action: 'organization.update' } },
        schema: {
          tags,
          summary:
            'Replaces a message’s wording; an unknown placeholder is refused naming the field (audited)',
          params: TemplateParams,
          body: TemplateInput,
          response: responses({ 200: MessageTemplateSchema }),
        },
      },
      (request) =>
        svc.saveTemplate(ctx, scopeOf(request), request.params.kind, request.params.language, request.body),
    );

    app.delete(
      one,
      {
        config: { access: { action: 'organization.update' } },
        schema: {
          tags,
          summary: 'Goes back to the built-in wording (audited)',
          params: TemplateParams,
          response: responses({ 200: MessageTemplateSchema }),
        },
      },
      (request) => svc.resetTemplate(ctx, scopeOf(request), request.params.kind, request.params.language),
    );

    app.post(
      `${one}/preview`,
      {
        config: { access: { action: 'organization.update' } },
        schema: {
          tags,
          summary: 'The message a wording makes with made-up values, as text and HTML (nothing is stored)',
          params: TemplateParams,
          body: TemplateInput,
          response: responses({ 200: RenderedSchema }),
        },
      },
      (request) =>
        svc.previewTemplate(
          ctx,
          scopeOf(request),
          request.params.kind,
          request.params.language,
          request.body,
        ),
    );
  };
}
