/**
 * The app's route table, observed as Fastify builds it.
 *
 * Fastify 5 has no public list of routes: `findRoute` returns only the handler and params, and
 * `printRoutes` is a pretty-printed tree whose metadata is sanitised (no `config`). But Fastify
 * publishes every new instance on the `fastify.initialization` diagnostics channel before any
 * plugin or route is registered, so subscribing there lets a test add an `onRoute` hook to the
 * instance `buildApp` creates, without changing `buildApp`. The hook keeps each route's options
 * object; its `config` is read after the app is ready, so later `onRoute` hooks that rewrite the
 * config (app.ts marks /api/docs public that way) are reflected.
 *
 * Import this module before starting a server (importing it subscribes); `routesOf(app)` then
 * returns what was registered.
 */
import diagnostics from 'node:diagnostics_channel';
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { RouteAccess } from '../../src/server/auth/guard.ts';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export interface AppRoute {
  method: HttpMethod;
  /** The URL pattern as declared, e.g. `/api/clients/:id`. */
  url: string;
  /** `config.access` as the guard will see it (undefined: no declaration). */
  access: RouteAccess | undefined;
  /** The route's schema (body, params, querystring …), if any. */
  schema: RouteOptions['schema'];
  /** A HEAD route Fastify added for a GET route by itself. */
  autoHead: boolean;
}

const seen = new WeakMap<object, RouteOptions[]>();

diagnostics.subscribe('fastify.initialization', (message) => {
  const { fastify } = message as { fastify: FastifyInstance };
  const list: RouteOptions[] = [];
  seen.set(fastify, list);
  fastify.addHook('onRoute', (route) => {
    list.push(route);
  });
});

/** Every route of an app built after this module was imported, one entry per method. */
export function routesOf(app: FastifyInstance): AppRoute[] {
  const list = seen.get(app);
  if (!list) throw new Error('routesOf: this app was built before test/support/routes.ts was imported');
  const gets = new Set<string>();
  for (const r of list) for (const m of [r.method].flat()) if (m === 'GET') gets.add(r.url);
  const out: AppRoute[] = [];
  for (const r of list) {
    for (const m of [r.method].flat()) {
      const method = m.toUpperCase() as HttpMethod;
      const autoHead =
        method === 'HEAD' &&
        gets.has(r.url) &&
        !!(r as { exposeHeadRoute?: boolean }).exposeHeadRoute !== true &&
        isAutoHead(r);
      out.push({ method, url: r.url, access: r.config?.access, schema: r.schema, autoHead });
    }
  }
  return out;
}

function isAutoHead(r: RouteOptions): boolean {
  // Fastify copies the GET route's options for the HEAD route it adds, under the same handler.
  return [r.method].flat().length === 1;
}
