/**
 * Where the routes' request validators (Ajv) and response serializers (fast-json-stringify) come
 * from. Compiling them was about 40 % of the compiled server's start (docs/PERFORMANCE.md), so the
 * build generates their code once (scripts/build-schemas.mjs writes
 * dist/cli/precompiled-schemas.cjs and its folder, see precompile.ts) and the compiled server loads it.
 * Running from the sources (tsx, tests) there is no such file and everything is compiled at start.
 *
 * The generated index holds, per schema, a function that loads its validator's or serializer's own
 * module (4 MB of generated code in all): each is read and run when its route first validates or
 * answers, instead of all 229 at every start (about 300 ms of CPU with the Ajv instances below).
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
  /** `ajv` makes the Ajv instance on first use: with every validator generated, none is needed. */
  validator(kind: ValidatorKind, schema: object, ajv: () => Ajv): ValidateFunction;
  serializer(schema: object, compile: () => Serialize, setting: SerializerSetting): Serialize;
  /** How many schemas had no precompiled function and were compiled at start. */
  readonly misses: number;
}

/** The generated module: by schemaKey, the function that makes each validator or serializer. */
export interface PrecompiledSchemas {
  validators: Record<string, () => ValidateFunction>;
  serializers: Record<string, () => Serialize>;
}

/** Everything compiled at start (running from the sources). */
export const compileAtStart: SchemaCompilers = {
  keepSource: false,
  validator: (_kind, schema, ajv) => ajv().compile(schema),
  serializer: (_schema, compile) => compile(),
  misses: 0,
};

/** The key of a schema for one compiler: SHA-1 of the compiler's name and the schema's JSON. */
export function schemaKey(compiler: ValidatorKind | 'serializer', schema: object): string {
  return createHash('sha1').update(compiler).update('\0').update(JSON.stringify(schema)).digest('base64url');
}

/**
 * A validator that runs the generated module's code for it on its first call. Ajv reports a
 * failure's errors on the function itself (`validate.errors`), so the wrapper carries them over.
 */
function lazyValidator(make: () => ValidateFunction): ValidateFunction {
  let fn: ValidateFunction | undefined;
  const validate = function (this: unknown, ...args: Parameters<ValidateFunction>) {
    fn ??= make();
    const ok = fn.apply(this, args);
    validate.errors = fn.errors;
    return ok;
  } as ValidateFunction;
  return validate;
}

function lazySerializer(make: () => Serialize): Serialize {
  let fn: Serialize | undefined;
  return (data) => {
    fn ??= make();
    return fn(data);
  };
}

/**
 * Functions from a generated module; a schema it lacks is compiled at start and counted, or, with
 * `strict` (the build's own check), refused — and then every generated function is made at once,
 * so a broken one fails the build rather than its first request.
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
      const make = mod.validators[key];
      if (make) return opts.strict ? make() : lazyValidator(make);
      miss(`${kind} validator`, key);
      return ajv().compile(schema);
    },
    serializer(schema, compile) {
      const key = schemaKey('serializer', schema);
      const make = mod.serializers[key];
      if (make) return opts.strict ? make() : lazySerializer(make);
      miss('serializer', key);
      return compile();
    },
    get misses() {
      return misses;
    },
  };
}

/** The generated index module's place: beside this module's compiled copy in dist/cli. */
export const PRECOMPILED_FILE = path.join(import.meta.dirname, 'precompiled-schemas.cjs');
/** The folder beside the index that holds one generated module per function. */
export const PRECOMPILED_DIR = 'precompiled-schemas';

/** The compilers the server starts with: the generated module's when the build wrote one. */
export function defaultSchemaCompilers(file = PRECOMPILED_FILE): SchemaCompilers {
  if (!fs.existsSync(file)) return compileAtStart;
  return precompiledCompilers(createRequire(import.meta.url)(file) as PrecompiledSchemas);
}
