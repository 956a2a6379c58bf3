/**
 * Request validation with two Ajv instances: query strings and path params are text on the wire,
 * so they are coerced ("50" → 50); JSON bodies are taken as sent, so a number where a string
 * belongs is an error naming the field, not a silent conversion. All errors are collected, so a
 * form learns every bad field at once (inputs are bounded by bodyLimit and schema maxLength).
 */
import Ajv, { type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { invalid } from '../../domain/errors.ts';

function makeAjv(coerce: boolean): Ajv {
  const options: Options = {
    allErrors: true,
    removeAdditional: false,
    useDefaults: true,
    coerceTypes: coerce ? 'array' : false,
    strict: false,
  };
  const ajv = new Ajv(options);
  addFormats(ajv);
  return ajv;
}

/** Path of the first string holding a NUL character, which PostgreSQL text cannot store. */
function findNul(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], [...path, String(i)]);
      if (hit) return hit;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = findNul(k, [...path, k]) ?? findNul(v, [...path, k]);
      if (hit) return hit;
    }
  }
  return null;
}

export function registerValidation(app: FastifyInstance): void {
  // Text with NUL characters is refused on every database alike (PostgreSQL cannot store it).
  app.addHook('preValidation', async (request) => {
    for (const where of ['params', 'query', 'body'] as const) {
      const hit = findNul(request[where]);
      if (hit) throw invalid(hit.join('.') || `(${where})`, 'must not contain NUL characters', where);
    }
  });
  const strict = makeAjv(false);
  const coercing = makeAjv(true);
  // Shared schemas (addSchema) must be known to both instances.
  for (const schema of Object.values(app.getSchemas())) {
    strict.addSchema(schema as object);
    coercing.addSchema(schema as object);
  }
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema as object),
  );
}
