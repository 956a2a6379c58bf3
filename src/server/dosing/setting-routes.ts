/** /api/sessions/:id/setting: the setting of a dosing session. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, responses } from '../../api/common.ts';
import { SettingPutSchema, SettingSchema } from '../../api/lots.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { putSetting, viewSetting } from './setting.ts';

const tags = ['dosing'];

export function settingRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/sessions/:id/setting',
      {
        config: { access: { action: 'session.read' } },
        schema: {
          tags,
          summary: "A dosing session's setting: room, music program, sitters, group size, eyeshades",
          params: IdParams,
          response: responses({ 200: SettingSchema }),
        },
      },
      (request) => viewSetting(ctx, scopeOf(request), request.params.id),
    );

    app.put(
      '/api/sessions/:id/setting',
      {
        config: { access: { action: 'session.run' } },
        schema: {
          tags,
          summary: 'Record the setting of a dosing session (the group size covers every attending client)',
          params: IdParams,
          body: SettingPutSchema,
          response: responses({ 200: SettingSchema }),
        },
      },
      (request) => putSetting(ctx, scopeOf(request), request.params.id, request.body),
    );
  };
}
