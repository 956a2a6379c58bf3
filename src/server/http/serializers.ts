/**
 * Response serializers compiled once per schema. Every route lists the same problem responses
 * (400, 401, 403, 404, 409 and 429, all the shared Problem schema), and Fastify compiles a
 * fast-json-stringify function for each route and status: about a thousand identical functions,
 * some 30 MB of the server's memory. Here a schema object that several routes use is compiled
 * once and the function shared; what each route sends is unchanged, since every route sees the
 * same shared schemas (addSchema) and serializer options.
 */
import { createRequire } from 'node:module';
import type { FastifyServerOptions } from 'fastify';

type SerializerFactory = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>['buildSerializer'];
type Factory = NonNullable<SerializerFactory>;
type Compiler = ReturnType<Factory>;
type Serializer = ReturnType<Compiler>;

/**
 * Fastify's own default builder, resolved from Fastify's install so it is the very compiler (and
 * version) Fastify would use without this option.
 */
function fastifyDefault(): Factory {
  const fromFastify = createRequire(createRequire(import.meta.url).resolve('fastify'));
  const { SerializerSelector } = fromFastify('@fastify/fast-json-stringify-compiler') as {
    SerializerSelector: () => Factory;
  };
  return SerializerSelector();
}

/** Response schemas whose bodies are sent with JSON.stringify (see plainJsonResponse). */
const plainJson = new WeakSet<object>();

/**
 * Marks a response schema to be serialized with JSON.stringify instead of fast-json-stringify.
 * fast-json-stringify picks a branch of every `anyOf` by validating the value with Ajv, and
 * compiles those validators on first use: for a schema with many nested unions (the outcome
 * report's "or suppressed" figures) the first response after start spent about 2 s compiling
 * them. Use it only for a body the server builds field by field, so that nothing beyond the
 * schema can be in it (a test compares the two serializations: test/integration/outcomes-*.test.ts).
 * The schema still documents the response and types it.
 */
export function plainJsonResponse<T extends object>(schema: T): T {
  plainJson.add(schema);
  return schema;
}

const stringify: Serializer = (data: unknown) => JSON.stringify(data);

/**
 * For Fastify's `schemaController.compilersFactory.buildSerializer`. The default compiler reads
 * only the schema (not the route, status or content type), so the schema alone is the cache key.
 */
export function sharedSerializers(): Factory {
  const base = fastifyDefault();
  return (externalSchemas, serializerOpts) => {
    const compile = base(externalSchemas, serializerOpts);
    // One cache per set of shared schemas: Fastify builds a compiler per set.
    const compiled = new WeakMap<object, Serializer>();
    return (route) => {
      const { schema } = route;
      if (typeof schema !== 'object' || schema === null) return compile(route);
      if (plainJson.has(schema)) return stringify;
      let fn = compiled.get(schema);
      if (!fn) {
        fn = compile(route);
        compiled.set(schema, fn);
      }
      return fn;
    };
  };
}
