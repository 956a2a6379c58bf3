/** GET /api/health: liveness with a real database round trip. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { sql } from 'kysely';
import { responses } from '../../api/common.ts';
import type { AppContext } from '../context.ts';
import { VERSION } from '../version.ts';

const HealthSchema = Type.Object({
  status: Type.Literal('ok'),
  database: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]),
  version: Type.String(),
});

export function healthRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/health',
      {
        config: { access: 'public' },
        schema: {
          tags: ['health'],
          summary: 'Server and database are up',
          response: responses({ 200: HealthSchema }),
        },
      },
      async () => {
        await sql`select 1`.execute(ctx.db.kysely);
        return { status: 'ok' as const, database: ctx.db.dialect, version: VERSION };
      },
    );
  };
}
