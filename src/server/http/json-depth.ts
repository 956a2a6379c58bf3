/**
 * A JSON body nested deeper than any request of this API is refused before it is parsed or walked:
 * a preParsing stream counts the nesting of `[` and `{` outside strings in one linear pass over the
 * raw bytes (every JSON structural character is ASCII, and no byte of a multi-byte UTF-8 character
 * is), so a 20,000-level body costs one scan and answers 400, instead of recursing through the
 * parse and every walk after it. It applies to every JSON media type (application/json,
 * application/fhir+json, …), whichever parser a route uses.
 */
import { Transform, type TransformCallback } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid } from '../../domain/errors.ts';

/** Deeper than any body this API takes (FHIR resources and program definitions nest far less). */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/** Scans JSON text as it streams past, failing as soon as nesting passes `limit`. */
export class JsonDepthGuard extends Transform {
  private depth = 0;
  private inString = false;
  private escaped = false;
  receivedEncodedLength = 0;

  constructor(private readonly limit: number = MAX_JSON_DEPTH) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.receivedEncodedLength += chunk.length;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) this.inString = false;
      } else if (byte === QUOTE) {
        this.inString = true;
      } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
        if (++this.depth > this.limit) {
          callback(invalid('(body)', 'nested-more-than-levels-deep', { limit: this.limit }, 'body'));
          return;
        }
      } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
        this.depth--;
      }
    }
    callback(null, chunk);
  }
}

const isJson = (request: FastifyRequest) => /[/+]json\b/i.test(request.headers['content-type'] ?? '');

export function registerJsonDepthLimit(app: FastifyInstance, limit = MAX_JSON_DEPTH): void {
  app.addHook('preParsing', async (request, _reply, payload) =>
    isJson(request) ? payload.pipe(new JsonDepthGuard(limit)) : payload,
  );
}
