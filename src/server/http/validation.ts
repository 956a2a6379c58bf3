/**
 * Request validation with two Ajv instances: query strings and path params are text on the wire,
 * so they are coerced ("50" → 50); JSON bodies are taken as sent, so a number where a string
 * belongs is an error naming the field, not a silent conversion. All errors are collected, so a
 * form learns every bad field at once (inputs are bounded by bodyLimit and schema maxLength).
 */
import Ajv, { type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

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

export function registerValidation(app: FastifyInstance): void {
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
