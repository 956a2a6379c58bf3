/**
 * Where the routes' request validators (Ajv) and response serializers (fast-json-stringify) come
 * from. Compiling them was about 40 % of the compiled server's start (docs/PERFORMANCE.md), so the
 * build generates their code once (scripts/build-schemas.mjs writes
 * dist/server/http/precompiled-schemas.cjs, see precompile.ts) and the compiled server loads it.
 * Running from the sources (tsx, tests) there is no such file and everything is compiled at start.
 *
 * A schema is looked up by its content: a hash of its JSON and of the compiler that uses it. A
 * schema that differs from the one built (a stale build) is therefore compiled at start, never
 * given another schema's function; `misses` counts those, and the server warns about them.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ajv, ValidateFunction } from 'ajv';

/** Request bodies are validated as sent; query strings, params and headers with coercion. */
export type ValidatorKind = 'body' | 'coercing';
export type Serialize = (data: unknown) => string;

/** The serializer options and shared schemas Fastify hands its serializer factory. */
export interface SerializerSetting {
  externalSchemas: unknown;
  serializerOpts: unknown;
}

export interface SchemaCompilers {
  /** Whether the Ajv instances must keep each validator's source (to generate code from it). */
  readonly keepSource: boolean;
  validator(kind: ValidatorKind, schema: object, ajv: Ajv): ValidateFunction;
  serializer(schema: object, compile: () => Serialize, setting: SerializerSetting): Serialize;
  /** How many schemas had no precompiled function and were compiled at start. */
  readonly misses: number;
}

/** The generated module: functions by schemaKey. */
export interface PrecompiledSchemas {
  validators: Record<string, ValidateFunction>;
  serializers: Record<string, Serialize>;
}

/** Everything compiled at start (running from the sources). */
export const compileAtStart: SchemaCompilers = {
  keepSource: false,
  validator: (_kind, schema, ajv) => ajv.compile(schema),
  serializer: (_schema, compile) => compile(),
  misses: 0,
};

/** The key of a schema for one compiler: SHA-1 of the compiler's name and the schema's JSON. */
export function schemaKey(compiler: ValidatorKind | 'serializer', schema: object): string {
  return createHash('sha1').update(compiler).update('\0').update(JSON.stringify(schema)).digest('base64url');
}

/**
 * Functions from a generated module; a schema it lacks is compiled at start and counted, or, with
 * `strict` (the build's own check), refused.
 */
export function precompiledCompilers(
  mod: PrecompiledSchemas,
  opts: { strict?: boolean } = {},
): SchemaCompilers {
  let misses = 0;
  const miss = (what: string, key: string) => {
    if (opts.strict) throw new Error(`no precompiled ${what} for schema ${key}`);
    misses++;
  };
  return {
    keepSource: false,
    validator(kind, schema, ajv) {
      const key = schemaKey(kind, schema);
      const fn = mod.validators[key];
      if (fn) return fn;
      miss(`${kind} validator`, key);
      return ajv.compile(schema);
    },
    serializer(schema, compile) {
      const key = schemaKey('serializer', schema);
      const fn = mod.serializers[key];
      if (fn) return fn;
      miss('serializer', key);
      return compile();
    },
    get misses() {
      return misses;
    },
  };
}

/** The generated module's place: beside this module's compiled copy in dist/server/http. */
export const PRECOMPILED_FILE = path.join(import.meta.dirname, 'precompiled-schemas.cjs');

/** The compilers the server starts with: the generated module's when the build wrote one. */
export function defaultSchemaCompilers(file = PRECOMPILED_FILE): SchemaCompilers {
  if (!fs.existsSync(file)) return compileAtStart;
  return precompiledCompilers(createRequire(import.meta.url)(file) as PrecompiledSchemas);
}
