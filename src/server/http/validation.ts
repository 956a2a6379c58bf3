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
import { registerJsonDepthLimit } from './json-depth.ts';

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

/** A step on the way to a value: its key and the step before it (shared, never copied). */
interface Step {
  key: string;
  parent: Step | null;
}

const pathOf = (step: Step | null): string[] => {
  const keys: string[] = [];
  for (let s = step; s; s = s.parent) keys.push(s.key);
  return keys.reverse();
};

/**
 * Path of the first string holding a NUL character, which PostgreSQL text cannot store. Iterative
 * with an explicit stack, and a path is built only for a hit, so the walk costs one visit per value
 * whatever the nesting (bodies are also refused past MAX_JSON_DEPTH before they are parsed).
 */
export function findNul(value: unknown): string[] | null {
  const stack: Array<{ value: unknown; at: Step | null }> = [{ value, at: null }];
  while (stack.length > 0) {
    const { value: v, at } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return pathOf(at);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], at: { key: String(i), parent: at } });
    } else if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        const step = { key: k, parent: at };
        stack.push({ value: child, at: step }, { value: k, at: step });
      }
    }
  }
  return null;
}

export function registerValidation(app: FastifyInstance): void {
  registerJsonDepthLimit(app);
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
