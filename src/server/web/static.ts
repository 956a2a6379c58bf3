/**
 * Serves the built web app (dist/web) with a fallback to index.html for client-side routes.
 * Unknown /api, /fhir and /ical/ paths stay problem+json 404s. The build writes a brotli (.br) and
 * a gzip (.gz) copy beside each text file (scripts/build-web.mjs), sent to browsers that accept
 * them, so nothing is compressed per request. Hashed files under assets/ are cached for a year.
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFoundProblem } from '../http/problem.ts';

// src/server/web and its compiled copy dist/server/web are both three levels below the repository.
export const WEB_DIST = path.resolve(import.meta.dirname, '../../../dist/web');

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
        res.header(
          'cache-control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
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
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return notFoundProblem(request, reply);
  });
}
