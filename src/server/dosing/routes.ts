/** Dosing records: /api/sessions/:id/dosing-records and /api/dosing-records/:id. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { IdParams, responses } from '../http/common-schema.ts';
import {
  AdverseEventCreateSchema,
  AdverseEventSchema,
  DosingRecordCreateSchema,
  DosingRecordSchema,
  DosingRecordUpdateSchema,
  VitalSignSchema,
  VitalsCreateSchema,
} from './schema.ts';
import * as svc from './service.ts';

const tags = ['dosing'];

export function dosingRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/sessions/:id/dosing-records',
      {
        config: { access: { action: 'dosing.record' } },
        schema: {
          tags,
          summary:
            'Record a dose given in a dosing session (409 with the reasons unless the client is booked, eligible and consented)',
          params: IdParams,
          body: DosingRecordCreateSchema,
          response: responses({ 201: DosingRecordSchema }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await svc.createDosingRecord(ctx, scopeOf(request), request.params.id, request.body)),
    );

    app.get(
      '/api/dosing-records/:id',
      {
        config: { access: { action: 'dosing.read' } },
        schema: {
          tags,
          summary: 'A dosing record with vital signs and adverse events (audited)',
          params: IdParams,
          response: responses({ 200: DosingRecordSchema }),
        },
      },
      (request) => svc.viewDosingRecord(ctx, scopeOf(request), request.params.id),
    );

    app.put(
      '/api/dosing-records/:id',
      {
        config: { access: { action: 'dosing.record' } },
        schema: {
          tags,
          summary: 'End time, discharge readiness (needs discharge vitals), discharge and notes',
          params: IdParams,
          body: DosingRecordUpdateSchema,
          response: responses({ 200: DosingRecordSchema }),
        },
      },
      (request) => svc.updateDosingRecord(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/dosing-records/:id/vitals',
      {
        config: { access: { action: 'dosing.record' } },
        schema: {
          tags,
          summary: 'Record vital signs (impossible values: 400; beyond the pre-dose limits: flagged)',
          params: IdParams,
          body: VitalsCreateSchema,
          response: responses({ 201: VitalSignSchema }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await svc.addVitals(ctx, scopeOf(request), request.params.id, request.body)),
    );

    app.post(
      '/api/dosing-records/:id/adverse-events',
      {
        config: { access: { action: 'dosing.record' } },
        schema: {
          tags,
          summary: 'Record an adverse event (CTCAE grade 1–5, action, outcome)',
          params: IdParams,
          body: AdverseEventCreateSchema,
          response: responses({ 201: AdverseEventSchema }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await svc.addAdverseEvent(ctx, scopeOf(request), request.params.id, request.body)),
    );
  };
}
