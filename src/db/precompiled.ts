/**
 * Queries built and compiled once. Kysely builds a query's operation tree and compiles it to SQL
 * on every call, which on a hot path (a portal submission runs nine statements) costs CPU of the
 * same order as SQLite executing them. `precompiled(build)` runs `build` once per dialect with a
 * placeholder for each named parameter, keeps the SQL and where each parameter lands, and
 * afterwards only fills the values in.
 *
 * `build` must hand each parameter to Kysely as a value, untouched (no `JSON.stringify(p.x)`, no
 * branching on it): each must come out as a bound parameter, which is checked when the query is
 * compiled. Whatever changes the SQL (the dialect, an optional filter) is a precompiled query of
 * its own.
 *
 * On SQLite, inside a transaction, the statement runs on the transaction's connection directly and
 * synchronously (`DirectSqliteAdapter`, src/db/sqlite-gate.ts), without Kysely's per-query chain.
 */
import { type Compilable, CompiledQuery, type Kysely, type QueryResult } from 'kysely';
import type { Database } from './schema.ts';
import { DirectSqliteAdapter } from './sqlite-gate.ts';

type Db = Kysely<Database>;

/** Stands for the parameter `name` while the query is built. */
class Placeholder {
  constructor(readonly name: string) {}
}

interface Template {
  sql: string;
  /** Each bound parameter: a constant of the query, or the placeholder of a named parameter. */
  parameters: readonly unknown[];
}

export type PrecompiledQuery<P, O> = (db: Db, params: P) => Promise<QueryResult<O>>;

export function precompiled<P extends Record<string, unknown>, O>(
  build: (db: Db, params: P) => Compilable<O>,
): PrecompiledQuery<P, O> {
  // One template per dialect (a transaction shares its Kysely instance's adapter).
  const templates = new WeakMap<object, Template>();
  return async (db, params) => {
    const adapter = db.getExecutor().adapter;
    let template = templates.get(adapter);
    if (!template) {
      template = compileTemplate(db, build);
      templates.set(adapter, template);
    }
    const values = template.parameters.map((p) => (p instanceof Placeholder ? params[p.name] : p));
    // SQLite inside a transaction: run on the connection the transaction holds, synchronously.
    if (db.isTransaction && adapter instanceof DirectSqliteAdapter)
      return adapter.run<O>(template.sql, values);
    return db.executeQuery<O>(CompiledQuery.raw(template.sql, values));
  };
}

function compileTemplate<P>(db: Db, build: (db: Db, params: P) => Compilable<unknown>): Template {
  const asked = new Set<string>();
  const placeholders = new Proxy(
    {},
    {
      get(_target, name) {
        if (typeof name !== 'string') return undefined;
        asked.add(name);
        return new Placeholder(name);
      },
    },
  ) as P;
  const compiled = build(db, placeholders).compile();
  const bound = new Set<string>();
  for (const p of compiled.parameters) if (p instanceof Placeholder) bound.add(p.name);
  const unbound = [...asked].filter((name) => !bound.has(name));
  if (unbound.length)
    throw new Error(`precompiled query: ${unbound.join(', ')} not a bound parameter of: ${compiled.sql}`);
  return { sql: compiled.sql, parameters: compiled.parameters };
}

/** The first row, as Kysely's `executeTakeFirst`. */
export const firstRow = <O>(result: QueryResult<O>): O | undefined => result.rows[0];

/** Rows an INSERT, UPDATE or DELETE changed. */
export const changedRows = (result: QueryResult<unknown>): number => Number(result.numAffectedRows ?? 0);
