/**
 * The app's route table, observed as Fastify builds it.
 *
 * Fastify 5 has no public list of routes: `findRoute` returns only a handler and params,
 * `hasRoute` answers yes/no, and `printRoutes` is a pretty-printed tree whose metadata Fastify
 * sanitises (no `config`, so no declared access). What Fastify does offer is the
 * `fastify.initialization` diagnostics channel: every new instance is published on it before any
 * plugin or route is registered. Subscribing there lets a test add an `onRoute` hook to the
 * instance `buildApp` creates, without changing `buildApp`, and see each route's options exactly as
 * the guard will (method, url, `config.access`, schema). The options object is kept and read after
 * the app is ready, so `onRoute` hooks added later that rewrite `config` are reflected too.
 *
 * Importing this module subscribes; build the app afterwards and call `routesOf(app)`.
 */
import diagnostics from 'node:diagnostics_channel';
import type { FastifyInstance, FastifySchema, RouteOptions } from 'fastify';
import { openDatabase } from '../../src/db/dialect.ts';
import { buildApp } from '../../src/server/app.ts';
import type { RouteAccess } from '../../src/server/auth/guard.ts';
import { loadConfig } from '../../src/server/config.ts';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export interface AppRoute {
  method: HttpMethod;
  /** The URL pattern as declared, e.g. `/api/clients/:id`. */
  url: string;
  /** `config.access` as the guard sees it; undefined when the route declares none. */
  access: RouteAccess | undefined;
  /** The route's validation schema (body, params, querystring), if any. */
  schema: FastifySchema | undefined;
}

const registered = new WeakMap<object, RouteOptions[]>();

diagnostics.subscribe('fastify.initialization', (message) => {
  const { fastify } = message as { fastify: FastifyInstance };
  const list: RouteOptions[] = [];
  registered.set(fastify, list);
  fastify.addHook('onRoute', (route) => {
    list.push(route);
  });
});

/** Every route of an app built after this module was imported: one entry per method. */
export function routesOf(app: FastifyInstance): AppRoute[] {
  const list = registered.get(app);
  if (!list) throw new Error('routesOf: build the app after importing test/support/routes.ts');
  return list.flatMap((r) =>
    [r.method].flat().map((m) => ({
      method: m.toUpperCase() as HttpMethod,
      url: r.url,
      access: r.config?.access,
      schema: r.schema as FastifySchema | undefined,
    })),
  );
}

/** The JSON, FHIR and calendar-feed APIs: every /api, /fhir and /ical route except the browsable docs' pages and assets under /api/docs. */
export function apiRoutes(app: FastifyInstance): AppRoute[] {
  return routesOf(app).filter(isApiRoute);
}

export const isApiRoute = (r: AppRoute): boolean =>
  (r.url.startsWith('/api/') && !r.url.startsWith('/api/docs')) ||
  r.url.startsWith('/fhir/') ||
  r.url.startsWith('/ical/');

export const routeKey = (r: { method: string; url: string }): string => `${r.method} ${r.url}`;

export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `/api/clients/:id` → `/api/clients/{id}`, as OpenAPI writes paths. */
export const openApiPath = (url: string): string => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/**
 * The app's routes, known before any test runs (for `it.each` at collection time): builds the app
 * once over an empty in-memory SQLite database (building touches no tables) and closes it.
 * Suites that use this should also check that their own server has the same routes.
 */
export async function discoverRoutes(): Promise<AppRoute[]> {
  const db = openDatabase('sqlite::memory:');
  const { app } = await buildApp({
    db,
    config: { ...loadConfig({}), databaseUrl: 'sqlite::memory:' },
    web: false,
  });
  try {
    return routesOf(app);
  } finally {
    await app.close();
    await db.close();
  }
}
