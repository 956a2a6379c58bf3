/**
 * A JSON body nested deeper than any request of this API is refused before it is parsed or walked:
 * a preParsing stream counts the nesting of `[` and `{` outside strings in one linear pass over the
 * raw bytes (every JSON structural character is ASCII, and no byte of a multi-byte UTF-8 character
 * is), so a 20,000-level body costs one scan and answers 400, instead of recursing through the
 * parse and every walk after it. It applies to every JSON media type (application/json,
 * application/fhir+json, …), whichever parser a route uses.
 *
 * Plain `application/json` — nearly every request, the portal's submissions among them — is checked
 * inside its parser instead, on the text already buffered (`jsonTooDeep`): the same scan without a
 * stream, its pipe and its events per request. Every parser of application/json in the app checks
 * (the default one replaced here, and the payment webhooks' raw one: `jsonDepthProblem`).
 */
import { Transform, type TransformCallback } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { type DomainError, invalid } from '../../domain/errors.ts';

/** Deeper than any body this API takes (FHIR resources and program definitions nest far less). */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/** The 400 for a body nested past `limit`. */
const tooDeep = (limit: number): DomainError =>
  invalid('(body)', 'nested-more-than-levels-deep', { limit }, 'body');

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
          callback(tooDeep(this.limit));
          return;
        }
      } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
        this.depth--;
      }
    }
    callback(null, chunk);
  }
}

/** Whether JSON text nests deeper than `limit` (the guard's scan, over text already read). */
export function jsonTooDeep(text: string, limit: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Skip the string: up to the next quote not escaped.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) i++;
        else if (d === QUOTE) break;
      }
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
    }
  }
  return false;
}

/**
 * The 400 for `application/json` text nested past `limit`, else null. A parser a plugin registers
 * for application/json must ask this before anything parses the text: the stream guard does not
 * run for that media type.
 */
export const jsonDepthProblem = (text: string, limit: number = MAX_JSON_DEPTH): DomainError | null =>
  jsonTooDeep(text, limit) ? tooDeep(limit) : null;

const isJson = (type: string) => /[/+]json\b/i.test(type);
/** Media type application/json (any parameters): parsed by a parser that checks itself. */
export const isPlainJson = (type: string) => /^\s*application\/json\s*(;|$)/i.test(type);

export function registerJsonDepthLimit(app: FastifyInstance, limit = MAX_JSON_DEPTH): void {
  // Fastify's own JSON parser (the same parse and the same errors), behind the depth check.
  const standard = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (typeof body === 'string' && jsonTooDeep(body, limit)) return done(tooDeep(limit), undefined);
    standard(request, body as string, done);
  });
  app.addHook('preParsing', async (request, _reply, payload) => {
    const type = request.headers['content-type'] ?? '';
    return isJson(type) && !isPlainJson(type) ? payload.pipe(new JsonDepthGuard(limit)) : payload;
  });
}
