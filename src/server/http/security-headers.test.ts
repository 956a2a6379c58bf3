import fastifyHelmet from '@fastify/helmet';
import Fastify from 'fastify';
import type { HelmetOptions } from 'helmet';
import { describe, expect, it } from 'vitest';
import { registerSecurityHeaders, securityHeaders } from './security-headers.ts';

const OPTIONS = (trustProxy: boolean): HelmetOptions => ({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: trustProxy ? [] : null,
    },
  },
  strictTransportSecurity: trustProxy,
});

/** The headers a response gets from `register`, without Fastify's own. */
async function headersFrom(register: (app: ReturnType<typeof Fastify>) => unknown) {
  const app = Fastify();
  await register(app);
  app.get('/', async () => ({ ok: true }));
  app.get('/own', async (_request, reply) =>
    reply.header('content-security-policy', "default-src 'none'").send('x'),
  );
  const res = await app.inject({ method: 'GET', url: '/' });
  const own = await app.inject({ method: 'GET', url: '/own' });
  await app.close();
  const { date, connection, 'content-length': _l, 'content-type': _t, ...rest } = res.headers;
  return { headers: rest, ownCsp: own.headers['content-security-policy'] };
}

describe('security headers', () => {
  it.each([false, true])(
    'are what @fastify/helmet sends (behind a proxy: %s), computed once',
    async (trustProxy) => {
      const helmet = await headersFrom((app) => app.register(fastifyHelmet, OPTIONS(trustProxy)));
      const fixed = await headersFrom((app) => registerSecurityHeaders(app, OPTIONS(trustProxy)));
      expect(fixed.headers).toEqual(helmet.headers);
      expect(Object.keys(fixed.headers).length).toBeGreaterThan(8);
      expect(fixed.headers['strict-transport-security'] !== undefined).toBe(trustProxy);
      // A route's own header replaces the fixed one, as with @fastify/helmet.
      expect(fixed.ownCsp).toBe("default-src 'none'");
      expect(helmet.ownCsp).toBe("default-src 'none'");
    },
  );

  it('refuses options helmet refuses', () => {
    expect(() =>
      securityHeaders({
        contentSecurityPolicy: { directives: { defaultSrc: ["'self'; script-src *"] } },
      } as HelmetOptions),
    ).toThrow();
  });
});
