/** Routes of /api/alerts: the clinicians' safety-alert queue. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AlertListQuery, AlertSchema, ResolveSchema } from '../../api/alerts.ts';
import { IdParams, responses } from '../../api/common.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as svc from './service.ts';

const tags = ['alerts'];

export function alertRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/alerts',
      {
        config: { access: { action: 'alert.read' } },
        schema: {
          tags,
          summary: 'Safety alerts: active (open and acknowledged, high severity first) or by status',
          querystring: AlertListQuery,
          response: responses({ 200: Type.Object({ items: Type.Array(AlertSchema) }) }),
        },
      },
      (request) => svc.listAlerts(ctx, scopeOf(request), request.query.status),
    );

    app.get(
      '/api/alerts/count',
      {
        config: { access: { action: 'alert.read' } },
        schema: {
          tags,
          summary: 'How many alerts are active, and how many of them are high severity',
          response: responses({ 200: Type.Object({ active: Type.Integer(), high: Type.Integer() }) }),
        },
      },
      (request) => svc.countAlerts(ctx, scopeOf(request)),
    );

    app.post(
      '/api/alerts/:id/acknowledge',
      {
        config: { access: { action: 'alert.manage' } },
        schema: {
          tags,
          summary: 'Acknowledges an alert: someone is on it',
          params: IdParams,
          response: responses({ 200: AlertSchema }),
        },
      },
      (request) => svc.acknowledgeAlert(ctx, scopeOf(request), request.params.id),
    );

    app.post(
      '/api/alerts/:id/resolve',
      {
        config: { access: { action: 'alert.manage' } },
        schema: {
          tags,
          summary: 'Resolves an alert with a note of what was done',
          params: IdParams,
          body: ResolveSchema,
          response: responses({ 200: AlertSchema }),
        },
      },
      (request) => svc.resolveAlert(ctx, scopeOf(request), request.params.id, request.body.note),
    );
  };
}
