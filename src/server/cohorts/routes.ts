/** /api/cohorts: clients who start a cohort program together. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CohortCreateSchema,
  CohortListQuerySchema,
  CohortListSchema,
  CohortSchema,
  CohortUpdateSchema,
  FacilitatorChoicesSchema,
} from '../../api/cohorts.ts';
import { IdParams, responses } from '../../api/common.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as cohorts from './service.ts';

const tags = ['cohorts'];

export function cohortRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/cohorts',
      {
        config: { access: { action: 'session.read' } },
        schema: {
          tags,
          summary: 'Cohorts, newest start first',
          querystring: CohortListQuerySchema,
          response: responses({ 200: CohortListSchema }),
        },
      },
      async (request) => ({
        items: await cohorts.listCohorts(ctx, scopeOf(request), request.query.programId),
      }),
    );

    app.post(
      '/api/cohorts',
      {
        config: { access: { action: 'cohort.manage' } },
        schema: {
          tags,
          summary: 'Start a cohort of a cohort program: its group sessions are scheduled from the start date',
          body: CohortCreateSchema,
          response: responses({ 201: CohortSchema }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await cohorts.createCohort(ctx, scopeOf(request), request.body)),
    );

    app.get(
      '/api/cohort-facilitators',
      {
        // Whoever may put a facilitator on a session (a cohort's group sessions or a client's
        // personal ones) must see the candidates: session.schedule, held by the same roles as
        // cohort.manage. Id, name and role only (member.read stays with owners).
        config: { access: { action: 'session.schedule' } },
        schema: {
          tags,
          summary:
            'Members who can facilitate sessions (roles that run sessions): name and role only, for staffing cohorts and personal sessions',
          response: responses({ 200: FacilitatorChoicesSchema }),
        },
      },
      (request) => cohorts.facilitatorChoices(ctx, scopeOf(request)),
    );

    app.get(
      '/api/cohorts/:id',
      {
        config: { access: { action: 'session.read' } },
        schema: {
          tags,
          summary: 'A cohort with its roster and group sessions (audited)',
          params: IdParams,
          response: responses({ 200: CohortSchema }),
        },
      },
      (request) => cohorts.viewCohort(ctx, scopeOf(request), request.params.id),
    );

    app.put(
      '/api/cohorts/:id',
      {
        config: { access: { action: 'cohort.manage' } },
        schema: {
          tags,
          summary:
            'Edit a cohort; a new room or facilitators apply to its future group sessions (409 with the current cohort when stale)',
          params: IdParams,
          body: CohortUpdateSchema,
          response: responses({ 200: CohortSchema }),
        },
      },
      (request) => cohorts.updateCohort(ctx, scopeOf(request), request.params.id, request.body),
    );
  };
}
