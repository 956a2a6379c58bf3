/** Routes of a program's outcomes: the report behind the dashboard, and the tidy CSV. */
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, responses } from '../../api/common.ts';
import { DoseExperienceQuery, DoseExperienceSchema } from '../../api/dose-experience.ts';
import { OutcomeQuery, OutcomesSchema } from '../../api/outcomes.ts';
import { TrajectoriesSchema } from '../../api/outcomes-trajectory.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { plainJsonResponse } from '../http/serializers.ts';
import { doseExperience } from './dose-experience.ts';
import { exportCsv } from './export.ts';
import { programOutcomes } from './service.ts';
import { summaryCsv } from './summary-csv.ts';
import { clientTrajectories } from './trajectory-service.ts';

const tags = ['outcomes'];

export function outcomeRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/clients/:id/trajectories',
      {
        config: { access: { action: 'response.read' } },
        schema: {
          tags,
          summary:
            "A client's scores over time per instrument, compared with the baseline, with severity bands and dosing sessions (audited)",
          params: IdParams,
          response: responses({ 200: TrajectoriesSchema }),
        },
      },
      (request) => clientTrajectories(ctx, scopeOf(request), request.params.id),
    );

    app.get(
      '/api/programs/:id/outcomes',
      {
        config: { access: { action: 'outcome.read' } },
        schema: {
          tags,
          summary:
            "A program's outcomes for one instrument: each timepoint's statistics, missing-data views, durability, subgroups and the flow",
          params: IdParams,
          querystring: OutcomeQuery,
          response: responses({ 200: plainJsonResponse(OutcomesSchema) }),
        },
      },
      (request) => programOutcomes(ctx, scopeOf(request), request.params.id, request.query),
    );

    app.get(
      '/api/programs/:id/outcomes/dose-experience',
      {
        config: { access: { action: 'outcome.read' } },
        schema: {
          tags,
          summary:
            "Dose, setting, experience and outcome: the MEQ-30 complete mystical experience and total by dose band, lot and setting, and later response and remission by acute experience with the mixed model (audited; researchers' small cells withheld)",
          params: IdParams,
          querystring: DoseExperienceQuery,
          response: responses({ 200: DoseExperienceSchema }),
        },
      },
      (request) => doseExperience(ctx, scopeOf(request), request.params.id, request.query),
    );

    app.get(
      '/api/programs/:id/outcomes/summary.csv',
      {
        config: { access: { action: 'outcome.read' } },
        schema: {
          tags,
          summary:
            "The report's summary tables as tidy CSV: one row per table × group × timepoint × statistic (n, estimate, 95% interval); researchers' small cells withheld",
          params: IdParams,
          querystring: OutcomeQuery,
          produces: ['text/csv'],
          response: responses({ 200: Type.String({ description: 'text/csv' }) }),
        },
      },
      async (request, reply) => {
        const csv = await summaryCsv(ctx, scopeOf(request), request.params.id, request.query);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${csv.filename}"`)
          .header('cache-control', 'no-store')
          .send(csv.text);
      },
    );

    app.get(
      '/api/programs/:id/outcomes.csv',
      {
        config: { access: { action: 'outcome.read' } },
        schema: {
          tags,
          summary:
            'Tidy CSV: one row per client × timepoint × instrument (de-identified for researchers); filters as for the report',
          params: IdParams,
          querystring: OutcomeQuery,
          produces: ['text/csv'],
          response: responses({ 200: Type.String({ description: 'text/csv' }) }),
        },
      },
      async (request, reply) => {
        const csv = await exportCsv(ctx, scopeOf(request), request.params.id, request.query);
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${csv.filename}"`)
          .header('cache-control', 'no-store');
        return reply.send(Readable.from(csv.rows));
      },
    );
  };
}
