/**
 * /api/meta: meta-analysis of studies the caller sends (nothing is stored): the fit as JSON, and
 * forest and funnel plots as SVG. Errors name the failing field as `studies[2].ai` (0-based index
 * into `studies`), for schema failures and for bad values the analysis refuses alike.
 *
 * The analysis and the forest plot take an optional `realWorld` entry, the organization's own
 * estimate, drawn and reported beside the pooled one and never pooled (see real-world.ts: with
 * source 'outcomes' the server reads the numbers from the outcome report, given outcome.read).
 *
 * The analysis (with its @stdlib distributions), the plot layouts and the SVG renderer are loaded
 * with the first request that needs them, not with the server.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyError, FastifyReply } from 'fastify';
import { problemResponses, responses } from '../../api/common.ts';
import { AnalysisRequestSchema, FunnelRequestSchema, MetaAnalysisSchema } from '../../api/meta.ts';
import { DomainError, type FieldIssue, fieldIssue } from '../../domain/errors.ts';
import type { AnalysisRequest } from '../../domain/meta/analysis.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { type AjvIssue, issueCode } from '../http/plain-messages.ts';

const tags = ['meta'];
const access = { action: 'meta.run' } as const;
const svgResponse = {
  200: {
    description: 'An SVG image (role="img", with <title> and <desc>)',
    content: { 'image/svg+xml': { schema: Type.String() } },
  },
  ...problemResponses,
};

/** `/studies/2/ai` → `studies[2].ai` */
const fieldOf = (pointer: string, extra?: unknown): string => {
  const parts = pointer.split('/').filter(Boolean);
  if (typeof extra === 'string') parts.push(extra);
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
};

/** A schema failure as a problem naming fields in this API's style. */
function schemaError(error: FastifyError): DomainError {
  const seen = new Set<string>();
  const fields: FieldIssue[] = [];
  for (const v of (error.validation ?? []) as AjvIssue[]) {
    const field =
      fieldOf(v.instancePath, v.params.missingProperty ?? v.params.additionalProperty) || '(body)';
    const message =
      v.keyword === 'required'
        ? 'is required'
        : v.keyword === 'additionalProperties'
          ? 'is not a known field'
          : v.keyword === 'enum' && Array.isArray(v.params.allowedValues)
            ? `must be one of: ${v.params.allowedValues.join(', ')}`
            : (v.message ?? 'is invalid');
    if (seen.has(`${field}|${message}`)) continue;
    seen.add(`${field}|${message}`);
    const { code, params } = issueCode(v);
    fields.push({ field, message, in: 'body', code, params });
  }
  if (fields.length === 0)
    fields.push(fieldIssue('(body)', 'request-unreadable', { reason: error.message }, 'body'));
  return new DomainError('validation', fields.map((f) => `${f.field} ${f.message}`).join('; '), fields);
}

const checked = <T>(request: { body: T; validationError?: Error }): T => {
  if (request.validationError) throw schemaError(request.validationError as FastifyError);
  return request.body;
};

const loadAnalysis = () =>
  Promise.all([import('../../domain/meta/analysis.ts'), import('./real-world.ts')]).then(
    ([analysis, realWorld]) => ({
      ...analysis,
      ...realWorld,
    }),
  );
const loadPlots = () =>
  Promise.all([import('../../domain/meta/plots/index.ts'), import('./render.ts')]).then(
    ([layouts, render]) => ({ ...layouts, ...render }),
  );

const labelsOf = (body: AnalysisRequest, defaultLabel: (index: number) => string) =>
  body.studies.map((s, i) => s.study ?? defaultLabel(i));

const sendSvg = (reply: FastifyReply, svg: string, name: string) =>
  reply
    .type('image/svg+xml; charset=utf-8')
    .header('content-disposition', `inline; filename="${name}"`)
    .send(svg);

export function metaRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/meta/analyze',
      {
        config: { access },
        attachValidation: true,
        schema: {
          tags,
          summary:
            "Meta-analysis of the studies sent (metafor's escalc + rma), optionally with a real-world estimate beside it (not pooled); nothing is stored",
          body: AnalysisRequestSchema,
          response: responses({ 200: MetaAnalysisSchema }),
        },
      },
      async (request) => {
        const body = checked(request);
        const { analyze, resolveRealWorld } = await loadAnalysis();
        const realWorld = body.realWorld
          ? await resolveRealWorld(ctx, scopeOf(request), body.measure, body.realWorld)
          : null;
        return analyze(body, realWorld);
      },
    );

    app.post(
      '/api/meta/forest.svg',
      {
        config: { access },
        attachValidation: true,
        schema: {
          tags,
          summary:
            'Forest plot of the studies sent, as SVG (optionally with a real-world estimate below the pooled one, not pooled)',
          body: AnalysisRequestSchema,
          response: svgResponse,
        },
      },
      async (request, reply) => {
        const body = checked(request);
        const { fitRows, defaultLabel, realWorldEffect, resolveRealWorld, realWorldDetail } =
          await loadAnalysis();
        const input = body.realWorld
          ? await resolveRealWorld(ctx, scopeOf(request), body.measure, body.realWorld)
          : null;
        const fit = fitRows(body);
        const rw = input ? realWorldEffect(body.measure, fit.level, input) : null;
        const { forestLayout, renderForest } = await loadPlots();
        const layout = forestLayout({
          measure: body.measure,
          fit,
          labels: labelsOf(body, defaultLabel),
          realWorld: rw
            ? {
                label: rw.label,
                estimate: rw.yi,
                ciLower: rw.ciLower,
                ciUpper: rw.ciUpper,
                detail: realWorldDetail(rw),
              }
            : null,
        });
        return sendSvg(reply, await renderForest(layout), 'forest.svg');
      },
    );

    app.post(
      '/api/meta/funnel.svg',
      {
        config: { access },
        attachValidation: true,
        schema: {
          tags,
          summary: 'Funnel plot of the studies sent, as SVG',
          body: FunnelRequestSchema,
          response: svgResponse,
        },
      },
      async (request, reply) => {
        const body = checked(request);
        const { fitRows, defaultLabel } = await loadAnalysis();
        const fit = fitRows(body);
        const { funnelLayout, renderFunnel } = await loadPlots();
        const layout = funnelLayout({ measure: body.measure, fit, labels: labelsOf(body, defaultLabel) });
        return sendSvg(reply, await renderFunnel(layout), 'funnel.svg');
      },
    );
  };
}
