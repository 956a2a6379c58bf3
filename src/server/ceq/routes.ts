/** /api/ceq: the organization's licensed copy of the CEQ and scoring with its key. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CeqCopyPutSchema, CeqCopySchema, CeqScoreRequestSchema, CeqScoreSchema } from '../../api/ceq.ts';
import { responses } from '../../api/common.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { putCeqCopy, scoreWithCopy, viewCeqCopy } from './service.ts';

const tags = ['instruments'];

export function ceqRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/ceq/copy',
      {
        config: { access: { action: 'instrument.read' } },
        schema: {
          tags,
          summary: "The organization's licensed CEQ copy (texts, labels, scoring key, licence), if installed",
          response: responses({ 200: CeqCopySchema }),
        },
      },
      (request) => viewCeqCopy(ctx, scopeOf(request)),
    );

    app.put(
      '/api/ceq/copy',
      {
        config: { access: { action: 'instrument.translate' } },
        schema: {
          tags,
          summary:
            'Install or replace the licensed CEQ copy; checked whole (26 items, 6 labels, a key covering every item once)',
          body: CeqCopyPutSchema,
          response: responses({ 200: CeqCopySchema }),
        },
      },
      (request) => putCeqCopy(ctx, scopeOf(request), request.body),
    );

    app.post(
      '/api/ceq/score',
      {
        config: { access: { action: 'instrument.read' } },
        schema: {
          tags,
          summary:
            "Score CEQ answers with the organization's key (nothing stored; 409 without a licensed copy)",
          body: CeqScoreRequestSchema,
          response: responses({ 200: CeqScoreSchema }),
        },
      },
      (request) => scoreWithCopy(ctx, scopeOf(request), request.body.answers),
    );
  };
}
