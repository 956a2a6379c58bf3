/**
 * Security headers (CSP, HSTS, frame and referrer policies …) as helmet computes them, computed
 * once at start. @fastify/helmet ran helmet's middleware anew on every request — rebuilding each
 * header from its options and re-parsing the CSP directives, about 5 % of a portal submission's
 * CPU — although the options never change while the server runs. Here helmet writes its headers
 * once onto a stand-in response, and every request gets that fixed set (a route may still set
 * its own, e.g. a stricter CSP, which replaces it).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** The headers helmet sets with `options`, by lower-case name. */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown = null;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (err?: unknown) => {
    failure = err ?? null;
  });
  if (failure) throw failure;
  return headers;
}

export function registerSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const headers = securityHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
