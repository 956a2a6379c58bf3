/** A program's own dose bands (issue 19 part 3): read with the program, set by those who manage it. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, responses } from '../../api/common.ts';
import { DoseBandsPutSchema, DoseBandsSchema } from '../../api/dose-bands.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { putDoseBands, viewDoseBands } from './service.ts';

const tags = ['programs'];

export function doseBandRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/programs/:id/dose-bands',
      {
        config: { access: { action: 'program.read' } },
        schema: {
          tags,
          summary: "The program's own dose bands per substance (none: the analysis derives them)",
          params: IdParams,
          response: responses({ 200: DoseBandsSchema }),
        },
      },
      (request) => viewDoseBands(ctx, scopeOf(request), request.params.id),
    );

    app.put(
      '/api/programs/:id/dose-bands',
      {
        config: { access: { action: 'program.manage' } },
        schema: {
          tags,
          summary:
            "Sets the program's dose bands per substance: edges increasing, positive, in the substance's unit",
          params: IdParams,
          body: DoseBandsPutSchema,
          response: responses({ 200: DoseBandsSchema }),
        },
      },
      (request) => putDoseBands(ctx, scopeOf(request), request.params.id, request.body),
    );
  };
}
