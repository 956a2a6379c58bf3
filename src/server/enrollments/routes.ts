/** /api/enrollments and /api/screening-checklists: clients in programs, screening, eligibility and consent. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, responses } from '../../api/common.ts';
import {
  ChecklistParams,
  ChecklistSchema,
  ConsentCreateSchema,
  DecisionSchema,
  EnrollmentCreateSchema,
  EnrollmentFacilitatorSchema,
  EnrollmentListQuerySchema,
  EnrollmentListSchema,
  EnrollmentSchema,
  ScreeningCreateSchema,
  ScreeningDraftBodySchema,
  ScreeningDraftSchema,
  ScreeningParams,
  ScreeningSchema,
  TransitionSchema,
} from '../../api/enrollments.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { setEnrollmentFacilitator } from './facilitator.ts';
import * as screening from './screening.ts';
import * as drafts from './screening-drafts.ts';
import * as enrollments from './service.ts';

const tags = ['enrollments'];
const NoContent = Type.Null({ description: 'No content' });

export function enrollmentRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/enrollments',
      {
        config: { access: { action: 'enrollment.read' } },
        schema: {
          tags,
          summary: 'Enrollments by client, cohort, program or status (audited: the list names clients)',
          querystring: EnrollmentListQuerySchema,
          response: responses({ 200: EnrollmentListSchema }),
        },
      },
      async (request) => ({ items: await enrollments.listEnrollments(ctx, scopeOf(request), request.query) }),
    );

    app.post(
      '/api/enrollments',
      {
        config: { access: { action: 'enrollment.manage' } },
        schema: {
          tags,
          summary:
            "Refer a client to a program: schedules their personal sessions and books them onto their cohort's group sessions",
          body: EnrollmentCreateSchema,
          response: responses({ 201: EnrollmentSchema }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await enrollments.createEnrollment(ctx, scopeOf(request), request.body)),
    );

    app.get(
      '/api/enrollments/:id',
      {
        config: { access: { action: 'enrollment.read' } },
        schema: {
          tags,
          summary: 'An enrollment with its history, screenings, consents and dosing clearance (audited)',
          params: IdParams,
          response: responses({ 200: EnrollmentSchema }),
        },
      },
      (request) => enrollments.viewEnrollment(ctx, scopeOf(request), request.params.id),
    );

    app.put(
      '/api/enrollments/:id/facilitator',
      {
        config: { access: { action: 'session.schedule' } },
        schema: {
          tags,
          summary:
            "Set who runs the client's personal sessions: their future sessions that had the previous default (or no one) move too (a double booking: 409 with conflicts)",
          params: IdParams,
          body: EnrollmentFacilitatorSchema,
          response: responses({ 200: EnrollmentSchema }),
        },
      },
      (request) => setEnrollmentFacilitator(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/enrollments/:id/transitions',
      {
        config: { access: { action: 'enrollment.manage' } },
        schema: {
          tags,
          summary:
            'Move an enrollment on (start screening, activate, complete, withdraw with a reason); eligibility and consent have their own actions',
          params: IdParams,
          body: TransitionSchema,
          response: responses({ 200: EnrollmentSchema }),
        },
      },
      (request) => enrollments.transition(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/enrollments/:id/screenings',
      {
        config: { access: { action: 'screening.record' } },
        schema: {
          tags,
          summary: 'Record a contraindication screening (a referred client moves to screening)',
          params: IdParams,
          body: ScreeningCreateSchema,
          response: responses({ 201: ScreeningSchema }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await screening.recordScreening(ctx, scopeOf(request), request.params.id, request.body)),
    );

    app.get(
      '/api/enrollments/:id/screening-draft',
      {
        config: { access: { action: 'screening.record' } },
        schema: {
          tags,
          summary: 'The screening being filled in for this enrollment, if any (audited)',
          params: IdParams,
          response: responses({ 200: ScreeningDraftSchema }),
        },
      },
      (request) => drafts.getScreeningDraft(ctx, scopeOf(request), request.params.id),
    );

    app.put(
      '/api/enrollments/:id/screening-draft',
      {
        config: { access: { action: 'screening.record' } },
        schema: {
          tags,
          summary:
            'Save the screening as filled in so far (replaces the draft; removed when the screening is recorded)',
          params: IdParams,
          body: ScreeningDraftBodySchema,
          response: responses({ 200: ScreeningDraftSchema }),
        },
      },
      (request) => drafts.saveScreeningDraft(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.delete(
      '/api/enrollments/:id/screening-draft',
      {
        config: { access: { action: 'screening.record' } },
        schema: {
          tags,
          summary: 'Discard the screening draft',
          params: IdParams,
          response: responses({ 204: NoContent }),
        },
      },
      async (request, reply) => {
        await drafts.discardScreeningDraft(ctx, scopeOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/enrollments/:id/screenings/:screeningId/decision',
      {
        config: { access: { action: 'screening.decide' } },
        schema: {
          tags,
          summary: "A clinician's eligibility decision on the latest screening, with a rationale",
          params: ScreeningParams,
          body: DecisionSchema,
          response: responses({ 200: EnrollmentSchema }),
        },
      },
      (request) =>
        screening.decideScreening(
          ctx,
          scopeOf(request),
          request.params.id,
          request.params.screeningId,
          request.body,
        ),
    );

    app.post(
      '/api/enrollments/:id/consents',
      {
        config: { access: { action: 'enrollment.manage' } },
        schema: {
          tags,
          summary:
            "Record the client's consent to the program's current consent document; once cleared, held dosing bookings are booked",
          params: IdParams,
          body: ConsentCreateSchema,
          response: responses({ 201: EnrollmentSchema }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await screening.recordConsent(ctx, scopeOf(request), request.params.id, request.body)),
    );

    app.get(
      '/api/screening-checklists/:modality',
      {
        config: { access: { action: 'enrollment.read' } },
        schema: {
          tags,
          summary: 'The contraindication checklist for a modality',
          params: ChecklistParams,
          response: responses({ 200: ChecklistSchema }),
        },
      },
      (request) => screening.checklist(request.params.modality),
    );
  };
}
