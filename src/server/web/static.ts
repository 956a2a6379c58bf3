/**
 * Serves the built web app (dist/web) with a fallback to index.html for client-side routes.
 * Unknown /api, /fhir and /ical/ paths stay problem+json 404s. The build writes a brotli (.br) and
 * a gzip (.gz) copy beside each text file (scripts/build-web.mjs), sent to browsers that accept
 * them, so nothing is compressed per request. Hashed files under assets/ are cached for a year.
 * The client portal's addresses (/p/…, /portal…) get portal.html, the portal's own light entry,
 * so a client never downloads the staff app; every other address gets index.html.
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFoundProblem } from '../http/problem.ts';
import { WEB_DIST } from '../paths.ts';
import { isPortalPath, PORTAL_HTML } from './portal-paths.ts';
import { preloadHeaders } from './preload.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A file the build named by its content (assets/name-<hash>.ext): its name changes when it does. */
export function isHashedAsset(relative: string): boolean {
  const [dir, name, ...rest] = relative.split(path.sep);
  return dir === 'assets' && rest.length === 0 && /-[\w-]{8}\.[a-z0-9]+(\.(br|gz))?$/i.test(name ?? '');
}

export async function registerWeb(app: FastifyInstance, root = WEB_DIST): Promise<void> {
  const hasBuild = fs.existsSync(path.join(root, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      // The compressed copies are chosen by Accept-Encoding, not routes of their own.
      globIgnore: ['**/*.br', '**/*.gz'],
      cacheControl: false,
      setHeaders: (res, file) => {
        res.header('cache-control', isHashedAsset(path.relative(root, file)) ? IMMUTABLE : 'no-cache');
      },
    });
  }
  const hasPortal = hasBuild && fs.existsSync(path.join(root, PORTAL_HTML));
  const preloadFor = hasBuild ? preloadHeaders(root) : () => undefined;
  app.setNotFoundHandler((request, reply) => {
    const p = request.url.split('?')[0] ?? '/';
    if (
      hasBuild &&
      request.method === 'GET' &&
      !p.startsWith('/api') &&
      !p.startsWith('/fhir') &&
      !p.startsWith('/metrics') &&
      !p.startsWith('/ical/') &&
      !path.extname(p)
    ) {
      if (hasPortal && isPortalPath(p))
        return reply.type('text/html').header('cache-control', 'no-cache').sendFile(PORTAL_HTML);
      const preload = preloadFor(p);
      if (preload) reply.header('link', preload);
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return notFoundProblem(request, reply);
  });
}
