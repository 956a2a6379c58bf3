/**
 * Published outcome summaries. Staff: a program's publishing settings, publish, withdraw. Public
 * (no sign-in, rate-limited): an organization's published programs, one program's summary as JSON,
 * and the same as a server-rendered page at /results/<orgSlug>/<programId>.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  BenchmarkBodySchema,
  BenchmarkPageQuery,
  BenchmarkParams,
  BenchmarkSettingsSchema,
  PublicBenchmarkListSchema,
  PublicBenchmarkSchema,
} from '../../api/benchmarks.ts';
import { IdParams, responses } from '../../api/common.ts';
import { OrgSlugParams } from '../../api/front-office.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { PAGE_CSP, pageLanguage, renderBenchmarkPage } from './page.ts';
import * as service from './service.ts';

const tags = ['outcomes'];
const NoContent = Type.Null({ description: 'No content' });

export function benchmarkRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    const publicLimit = { max: ctx.config.portalPerMinute, timeWindow: '1 minute' };

    app.get(
      '/api/programs/:id/benchmark',
      {
        config: { access: { action: 'outcome.read' } },
        schema: {
          tags,
          summary: "Whether the program's outcomes are published, and how",
          params: IdParams,
          response: responses({ 200: BenchmarkSettingsSchema }),
        },
      },
      (request) => service.benchmarkSettings(ctx, scopeOf(request), request.params.id),
    );

    app.put(
      '/api/programs/:id/benchmark',
      {
        config: { access: { action: 'outcome.publish' } },
        schema: {
          tags,
          summary: "Publish the program's outcome summary (or change what is published)",
          params: IdParams,
          body: BenchmarkBodySchema,
          response: responses({ 200: BenchmarkSettingsSchema }),
        },
      },
      (request) => service.publishBenchmark(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.delete(
      '/api/programs/:id/benchmark',
      {
        config: { access: { action: 'outcome.publish' } },
        schema: {
          tags,
          summary: "Withdraw the program's published outcome summary",
          params: IdParams,
          response: responses({ 204: NoContent }),
        },
      },
      async (request, reply) => {
        await service.withdrawBenchmark(ctx, scopeOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/public/organizations/:orgSlug/benchmarks',
      {
        config: { access: 'public', rateLimit: publicLimit },
        schema: {
          tags,
          summary: "The organization's published outcome summaries",
          params: OrgSlugParams,
          response: responses({ 200: PublicBenchmarkListSchema }),
        },
      },
      (request) => service.publicBenchmarkList(ctx, request.params.orgSlug),
    );

    app.get(
      '/api/public/organizations/:orgSlug/benchmarks/:programId',
      {
        config: { access: 'public', rateLimit: publicLimit },
        schema: {
          tags,
          summary:
            "A program's published outcomes: response, remission, durability, n assessed of expected, criteria, studies beside",
          params: BenchmarkParams,
          response: responses({ 200: PublicBenchmarkSchema }),
        },
      },
      (request) => service.publicBenchmark(ctx, request.params.orgSlug, request.params.programId),
    );

    app.get(
      '/results/:orgSlug/:programId',
      {
        config: { access: 'public', rateLimit: publicLimit },
        schema: { hide: true, params: BenchmarkParams, querystring: BenchmarkPageQuery },
      },
      async (request, reply) => {
        const b = await service.publicBenchmark(ctx, request.params.orgSlug, request.params.programId);
        const lang = pageLanguage(
          request.query.lang,
          request.headers['accept-language'],
          b.organization.locale,
        );
        const self = service.publicLinks(b.organization.slug, b.program.id).page;
        return reply
          .header('content-security-policy', PAGE_CSP)
          .header('cache-control', 'no-cache')
          .type('text/html; charset=utf-8')
          .send(renderBenchmarkPage(b, lang, self));
      },
    );
  };
}
