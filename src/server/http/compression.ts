/**
 * API responses compressed per request (@fastify/compress): brotli or gzip, whichever the client
 * prefers, for JSON (including problem+json, FHIR JSON and CSL-JSON), CSV, RIS, BibTeX, iCalendar,
 * HTML and plain text over 1 kB. Brotli runs at quality 4: the default 11 costs far more CPU than
 * it saves bytes on responses made once. The built web app is compressed at build time and sent by
 * @fastify/static with `preCompressed`; such a response already has a Content-Encoding, which
 * @fastify/compress leaves alone, so nothing is compressed twice.
 */
import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Content types worth compressing (images and already-compressed formats are left out). */
export const COMPRESSIBLE =
  /^(application\/([a-z0-9.+-]*\+)?json|application\/(x-research-info-systems|x-bibtex|javascript)|text\/)/i;

export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    globalCompression: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    customTypes: COMPRESSIBLE,
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
    // Request bodies are not decompressed: they are small JSON, and a zip bomb is not worth inviting.
    globalDecompression: false,
  });
}
