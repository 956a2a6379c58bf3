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
      let fn = compiled.get(schema);
      if (!fn) {
        fn = compile(route);
        compiled.set(schema, fn);
      }
      return fn;
    };
  };
}
