/** /api/instrument-translations: the languages installed per instrument, and an organization's own translations. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { responses } from '../../api/common.ts';
import {
  TranslationDetailSchema,
  TranslationListSchema,
  TranslationParams,
  TranslationPutSchema,
} from '../../api/instrument-translations.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as svc from './service.ts';

const tags = ['instruments'];

export function instrumentTranslationRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/instrument-translations',
      {
        config: { access: { action: 'instrument.read' } },
        schema: {
          tags,
          summary:
            'Languages installed per instrument: English, built-in and this organization’s translations',
          response: responses({ 200: TranslationListSchema }),
        },
      },
      (request) => svc.listTranslations(ctx, scopeOf(request)),
    );

    app.get(
      '/api/instrument-translations/:instrumentId/:language',
      {
        config: { access: { action: 'instrument.read' } },
        schema: {
          tags,
          summary: 'The texts of one translation this organization added',
          params: TranslationParams,
          response: responses({ 200: TranslationDetailSchema }),
        },
      },
      (request) =>
        svc.getTranslation(ctx, scopeOf(request), request.params.instrumentId, request.params.language),
    );

    app.put(
      '/api/instrument-translations/:instrumentId/:language',
      {
        config: { access: { action: 'instrument.translate' } },
        schema: {
          tags,
          summary:
            'Adds or replaces a licensed translation for this organization’s clients, checked for completeness (audited)',
          params: TranslationParams,
          body: TranslationPutSchema,
          response: responses({ 200: TranslationDetailSchema }),
        },
      },
      (request) =>
        svc.putTranslation(
          ctx,
          scopeOf(request),
          request.params.instrumentId,
          request.params.language,
          request.body,
        ),
    );

    app.delete(
      '/api/instrument-translations/:instrumentId/:language',
      {
        config: { access: { action: 'instrument.translate' } },
        schema: {
          tags,
          summary: 'Removes one of this organization’s translations (audited)',
          params: TranslationParams,
          response: responses({ 204: Type.Null() }),
        },
      },
      async (request, reply) => {
        await svc.deleteTranslation(
          ctx,
          scopeOf(request),
          request.params.instrumentId,
          request.params.language,
        );
        return reply.code(204).send(null);
      },
    );
  };
}
