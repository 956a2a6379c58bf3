/** Dosing records: /api/sessions/:id/dosing-records and /api/dosing-records/:id. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, responses } from '../../api/common.ts';
import {
  AdverseEventCreateSchema,
  AdverseEventSchema,
  BaselineVitalsCreateSchema,
  DayParams,
  DosingDaySchema,
  DosingRecordCreateSchema,
  DosingRecordSchema,
  DosingRecordUpdateSchema,
  OverrideCreateSchema,
  VitalSignSchema,
  VitalsCreateSchema,
} from '../../api/dosing.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as day from './day.ts';
import * as svc from './service.ts';

const tags = ['dosing'];

export function dosingRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/sessions/:id/dosing-day/:enrollmentId',
      {
        config: { access: { action: 'dosing.read' } },
        schema: {
          tags,
          summary:
            "One client's dosing day: clearance, pre-dose limits, planned dose, baseline vitals and whether they allow a dose (audited)",
          params: DayParams,
          response: responses({ 200: DosingDaySchema }),
        },
      },
      (request) => day.viewDosingDay(ctx, scopeOf(request), request.params.id, request.params.enrollmentId),
    );

    app.post(
      '/api/sessions/:id/dosing-day/:enrollmentId/vitals',
      {
        config: { access: { action: 'dosing.record' } },
        schema: {
          tags,
          summary:
            'Record baseline (pre-dose) vital signs, before any dose exists; flagged above the program limits',
          params: DayParams,
          body: BaselineVitalsCreateSchema,
          response: responses({ 201: VitalSignSchema }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await day.addBaselineVitals(
              ctx,
              scopeOf(request),
              request.params.id,
              request.params.enrollmentId,
              request.body,
            ),
          ),
    );

    app.post(
      '/api/vital-signs/:id/override',
      {
        config: { access: { action: 'dosing.override' } },
        schema: {
          tags,
          summary:
            "A clinician's override of a baseline blood pressure above the limits, with a reason (audited)",
          params: IdParams,
          body: OverrideCreateSchema,
          response: responses({ 200: VitalSignSchema }),
        },
      },
      (request) => day.overrideBaseline(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/sessions/:id/dosing-records',
      {
        config: { access: { action: 'dosing.record' } },
        schema: {
          tags,
          summary:
            'Record a dose (409 unless the client is booked and cleared, the baseline blood pressure is within the limits or overridden, and a dose at 2x the planned mg/kg or more is confirmed)',
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
          summary: 'Record vital signs during the session or at discharge (impossible values: 400)',
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
