/**
 * GET /metrics in the Prometheus text format, and the hook that counts every request. The endpoint
 * answers a scraper on this machine (loopback) or one that sends `Authorization: Bearer
 * <METRICS_TOKEN>`; anyone else gets a 404 (no token configured: the endpoint does not exist for
 * them) or a 403 (token configured, none or a wrong one sent). The client address is Fastify's
 * `request.ip`, which follows X-Forwarded-For only from the proxies TRUST_PROXY names.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problemResponses } from '../../api/common.ts';
import type { AppContext } from '../context.ts';
import { notFoundProblem, PROBLEM_TYPE, sendProblem } from '../http/problem.ts';
import { metricsFor } from './metrics.ts';

/** 127.0.0.0/8, ::1 and the IPv4-mapped loopback range. */
export function isLoopback(ip: string): boolean {
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return ip === '::1';
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** True when the request carries the configured bearer token (compared in constant time). */
export function hasMetricsToken(request: FastifyRequest, token: string | null): boolean {
  if (!token) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match !== null && timingSafeEqual(digest(match[1]!), digest(token));
}

/** Counts each answered request by its route pattern (requests that matched no route: "unmatched"). */
export function registerRequestMetrics(app: FastifyInstance, ctx: AppContext): void {
  const m = metricsFor(ctx);
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    m.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    m.requestSeconds.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
}

export function metricsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/metrics',
      {
        // Decided here, not by the guard: the scraper has no session, only its address or a token.
        config: { access: 'public' },
        schema: {
          hide: true,
          response: { 200: Type.String(), 403: problemResponses[403], 404: problemResponses[404] },
        },
      },
      async (request, reply) => {
        const token = ctx.config.metricsToken;
        if (!isLoopback(request.ip) && !hasMetricsToken(request, token)) {
          if (!token) return notFoundProblem(request, reply);
          return sendProblem(reply, {
            type: PROBLEM_TYPE('forbidden'),
            title: 'Not allowed',
            status: 403,
            detail: 'Metrics need the bearer token set in METRICS_TOKEN.',
            instance: '/metrics',
          });
        }
        const { registry } = metricsFor(ctx);
        return reply
          .type(registry.contentType)
          .header('cache-control', 'no-store')
          .send(await registry.metrics());
      },
    );
  };
}
