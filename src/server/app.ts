/**
 * Builds the Fastify application: security plugins, the access guard, problem+json errors, the
 * OpenAPI document, every feature's routes, and the web app. No listening here: see serve.ts.
 */

import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { ProblemSchema } from '../api/common.ts';
import type { Db } from '../db/dialect.ts';
import { problemText } from '../domain/problem-codes.ts';
import { alertRoutes } from './alerts/routes.ts';
import { apiTokenRoutes } from './api-tokens/routes.ts';
import { atHomeRoutes } from './at-home/routes.ts';
import { AuditLog } from './audit/audit-log.ts';
import { auditRoutes } from './audit/routes.ts';
import { registerGuard } from './auth/guard.ts';
import { authRoutes } from './auth/routes.ts';
import { benchmarkRoutes } from './benchmarks/routes.ts';
import { calendarFeedRoutes } from './calendar-feeds/routes.ts';
import { ceqRoutes } from './ceq/routes.ts';
import { clientSummaryRoutes } from './client-summary/routes.ts';
import { clientRoutes } from './clients/routes.ts';
import { cohortRoutes } from './cohorts/routes.ts';
import type { Config } from './config.ts';
import { consentRoutes } from './consents/routes.ts';
import type { AppContext } from './context.ts';
import { crisisLineRoutes } from './crisis-lines/routes.ts';
import { dataRightsRoutes } from './data-rights/routes.ts';
import { doseBandRoutes } from './dose-bands/routes.ts';
import { dosingRoutes } from './dosing/routes.ts';
import { settingRoutes } from './dosing/setting-routes.ts';
import { enrollmentRoutes } from './enrollments/routes.ts';
import { evidenceRoutes } from './evidence/routes.ts';
import { fhirServerRoutes } from './fhir/patient-routes.ts';
import { fhirRoutes } from './fhir/routes.ts';
import { frontOfficeRoutes } from './front-office/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { homeRoutes } from './home/routes.ts';
import { registerCompression } from './http/compression.ts';
import { registerDurableReplies } from './http/durable-replies.ts';
import { type LogStream, loggerOptions } from './http/logging.ts';
import { describeOperation, SECURITY_SCHEMES, TAGS } from './http/openapi.ts';
import { frameworkProblem, PROBLEM_TYPE, registerProblemHandlers, sendProblem } from './http/problem.ts';
import { rateLimitStore } from './http/rate-limit-store.ts';
import { defaultSchemaCompilers, type SchemaCompilers } from './http/schema-compilers.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { sharedSerializers } from './http/serializers.ts';
import { registerValidation } from './http/validation.ts';
import { importRoutes } from './imports/routes.ts';
import { instrumentTranslationRoutes } from './instrument-translations/routes.ts';
import { instrumentRoutes } from './instruments/routes.ts';
import { integrationRoutes } from './integration/routes.ts';
import { invitationRoutes } from './invitations/routes.ts';
import { lodgingRoutes } from './lodging/routes.ts';
import { lotRoutes } from './lots/routes.ts';
import { medicationRoutes } from './medications/routes.ts';
import { messageTemplateRoutes } from './messages/routes.ts';
import { metaRoutes } from './meta/routes.ts';
import { metricsRoutes, registerRequestMetrics } from './metrics/routes.ts';
import { organizationRoutes } from './organizations/routes.ts';
import { outboxRoutes } from './outbox/routes.ts';
import { outcomeRoutes } from './outcomes/routes.ts';
import { WARM_UP_DELAY_MS, warmOutcomes } from './outcomes/warm-up.ts';
import { paymentRoutes } from './payments/routes.ts';
import { portalHomeRoutes } from './portal/home-routes.ts';
import { portalRoutes } from './portal/routes.ts';
import { preArrivalRoutes } from './pre-arrival/routes.ts';
import { programRoutes } from './programs/routes.ts';
import { responseRoutes } from './responses/routes.ts';
import { roomRoutes } from './rooms/routes.ts';
import { sessionRoutes } from './sessions/routes.ts';
import { timelineRoutes } from './timeline/routes.ts';
import { VERSION } from './version.ts';
import { registerWeb } from './web/static.ts';

export interface BuildOptions {
  db: Db;
  config: Config;
  /** Log at this level (to stdout, or to `stream`); tokens, queries and credentials are redacted. */
  logger?: false | { level: string; stream?: LogStream };
  /** Serve the built web app (default true). */
  web?: boolean;
  /** Route validators and serializers: the build's generated ones when present (schema-compilers.ts). */
  schemas?: SchemaCompilers;
}

export async function buildApp(opts: BuildOptions): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const ctx: AppContext = { db: opts.db, audit: new AuditLog(opts.db.dialect), config: opts.config };
  const schemas = opts.schemas ?? defaultSchemaCompilers();
  const app = Fastify({
    logger: opts.logger ? loggerOptions(opts.logger.level, opts.logger.stream) : false,
    // The proxies' addresses, never `true` (which believes whatever a client writes in the header).
    trustProxy: opts.config.trustedProxies,
    bodyLimit: 1024 * 1024,
    frameworkErrors: frameworkProblem,
    // The problem responses every route declares are compiled once, not once per route.
    schemaController: { compilersFactory: { buildSerializer: sharedSerializers(schemas) } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addSchema(ProblemSchema);
  registerValidation(app, schemas);
  registerProblemHandlers(app);
  registerRequestMetrics(app, ctx);
  registerDurableReplies(app, ctx);
  await registerCompression(app);

  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: opts.config.trustProxy ? [] : null,
      },
    },
    strictTransportSecurity: opts.config.trustProxy,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    cookieKey: 'threshold_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: opts.config.trustProxy },
  });
  await app.register(fastifyRateLimit, {
    global: false,
    // Sign-in limits count in the database, shared by every server on it (http/rate-limit-store.ts).
    store: rateLimitStore(opts.db),
    errorResponseBuilder: (request, context) => ({
      type: PROBLEM_TYPE('rate-limited'),
      title: 'Too many requests',
      status: 429,
      statusCode: 429,
      detail: problemText('too-many-attempts', { seconds: Math.ceil(context.ttl / 1000) }),
      code: 'too-many-attempts',
      params: { seconds: Math.ceil(context.ttl / 1000) },
      instance: request.url.split('?')[0],
    }),
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (reply.statusCode === 429 && !_request.url.startsWith('/fhir/'))
      reply.type('application/problem+json');
    return payload;
  });

  app.addHook('onRoute', (route) => {
    // The browsable docs are public reading, like the OpenAPI document.
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config ?? {}), access: 'public' };
    describeOperation(route);
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Threshold API',
        version: VERSION,
        description:
          'Errors are RFC 9457 application/problem+json (OperationOutcome under /fhir). Authenticate with a session cookie (writes also need the x-csrf-token header) or an API token as `Authorization: Bearer`.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      servers: [{ url: opts.config.publicUrl, description: 'This installation (PUBLIC_URL)' }],
      components: { securitySchemes: SECURITY_SCHEMES },
      tags: TAGS,
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (json.$id as string) || `def-${i}` },
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { docExpansion: 'list', persistAuthorization: false },
  });

  registerGuard(app, ctx);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  await app.register(healthRoutes(ctx));
  await app.register(metricsRoutes(ctx));
  await app.register(authRoutes(ctx));
  await app.register(organizationRoutes(ctx));
  await app.register(crisisLineRoutes(ctx));
  await app.register(medicationRoutes(ctx));
  await app.register(instrumentTranslationRoutes(ctx));
  await app.register(clientRoutes(ctx));
  await app.register(dataRightsRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(instrumentRoutes(ctx));
  await app.register(responseRoutes(ctx));
  await app.register(fhirRoutes(ctx));
  await app.register(fhirServerRoutes(ctx));
  await app.register(evidenceRoutes(ctx));
  await app.register(metaRoutes(ctx));
  await app.register(programRoutes(ctx));
  await app.register(roomRoutes(ctx));
  await app.register(cohortRoutes(ctx));
  await app.register(frontOfficeRoutes(ctx));
  await app.register(paymentRoutes(ctx));
  await app.register(enrollmentRoutes(ctx));
  await app.register(homeRoutes(ctx));
  await app.register(sessionRoutes(ctx));
  await app.register(calendarFeedRoutes(ctx));
  await app.register(dosingRoutes(ctx));
  await app.register(settingRoutes(ctx));
  await app.register(lotRoutes(ctx));
  await app.register(ceqRoutes(ctx));
  await app.register(integrationRoutes(ctx));
  await app.register(atHomeRoutes(ctx));
  await app.register(doseBandRoutes(ctx));
  await app.register(timelineRoutes(ctx));
  await app.register(clientSummaryRoutes(ctx));
  await app.register(portalRoutes(ctx));
  await app.register(portalHomeRoutes(ctx));
  await app.register(consentRoutes(ctx));
  await app.register(lodgingRoutes(ctx));
  await app.register(preArrivalRoutes(ctx));
  await app.register(alertRoutes(ctx));
  await app.register(outcomeRoutes(ctx));
  await app.register(benchmarkRoutes(ctx));
  await app.register(outboxRoutes(ctx));
  await app.register(invitationRoutes(ctx));
  await app.register(messageTemplateRoutes(ctx));
  await app.register(importRoutes(ctx));
  await app.register(apiTokenRoutes(ctx));

  if (opts.web !== false) await registerWeb(app);
  else
    app.setNotFoundHandler((request, reply) =>
      sendProblem(reply, {
        type: PROBLEM_TYPE('not-found'),
        title: 'Not found',
        status: 404,
        instance: request.url.split('?')[0],
      }),
    );

  // Once listening (never under inject), compile what a program's first outcome view runs.
  let warmUp: NodeJS.Timeout | undefined;
  app.addHook('onListen', (done) => {
    warmUp = setTimeout(() => void warmOutcomes(), WARM_UP_DELAY_MS);
    warmUp.unref();
    done();
  });
  app.addHook('onClose', (_instance, done) => {
    clearTimeout(warmUp);
    done();
  });

  await app.ready();
  if (schemas.misses > 0)
    app.log.warn(
      `${schemas.misses} route schemas were not in the build's precompiled code: rebuild (npm run build)`,
    );
  return { app, ctx };
}
