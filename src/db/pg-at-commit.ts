/**
 * Statements sent with the COMMIT (PostgreSQL). A statement that begins with `AT_COMMIT` may be
 * held back by the connection (src/db/pg-group-commit.ts) and sent in the same round trip as the
 * transaction's COMMIT, instead of a round trip of its own.
 *
 * What it is for: the audit chain's append locks the chain's anchor row until the commit, so every
 * audited write in the whole server waits while one transaction holds it. Sent on its own, the
 * append held that lock for its own execution, the way back to Node, however long the event loop
 * took to get to the next step, and the COMMIT's round trip: a few milliseconds under load, during
 * which no other submission could append. Sent with the COMMIT, the lock is held only while the
 * database server runs the two, without a round trip in between.
 *
 * Such a statement must not return anything the caller needs (the caller gets no rows back), and
 * it is still run before any later statement of the transaction that reads the tables it writes
 * (`readsHeld`), and at once outside a transaction. Anything else behaves as if it had run where
 * it was issued: no other statement of the transaction can see it. A connection that does not know
 * the marker simply runs the statement (the marker is an SQL comment).
 *
 * One simple-protocol query cannot carry bound parameters, so its parameters are written into the
 * SQL as literals by the driver's own quoting (`escapeLiteral`); only strings, finite numbers,
 * booleans and null are accepted, anything else is refused. The connection prepares such a
 * statement once (`PREPARE`, then `EXECUTE` with those literals), so it is planned once per
 * connection, not at every commit: it must return no columns (a prepared statement whose result
 * columns change under it fails, and a statement sent with the COMMIT cannot be sent again).
 */

export const AT_COMMIT = '/* threshold:at-commit */ ';

export const isAtCommit = (sql: string): boolean => sql.startsWith(AT_COMMIT);

/** Whether a statement touches the audit tables, which a held append writes. */
export const readsHeld = (sql: string): boolean => sql.includes('audit_');

/** `sql` with each `$n` replaced by parameter n as a quoted literal. */
export function inlineParameters(
  sql: string,
  parameters: ReadonlyArray<unknown>,
  escapeLiteral: (s: string) => string,
): string {
  return sql.replace(/\$(\d+)\b/g, (_, n: string) => {
    const i = Number(n) - 1;
    if (i < 0 || i >= parameters.length) throw new Error(`inlined statement: no parameter $${n}`);
    return literal(parameters[i], escapeLiteral);
  });
}

/** Whether every parameter can be written as a literal (`inlineParameters`). */
export const inlinable = (parameters: ReadonlyArray<unknown>): boolean =>
  parameters.every((v) => v === null || v === undefined || kinds.has(typeof v));

const kinds = new Set(['string', 'number', 'boolean']);

/**
 * A quoted literal of untyped text, as pg sends a parameter (numbers and booleans as their text, of
 * unknown type): PostgreSQL then infers the type from where it stands, as it does for a parameter.
 */
function literal(value: unknown, escapeLiteral: (s: string) => string): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Error('inlined statement: a number that is not finite');
  if (kinds.has(typeof value)) return escapeLiteral(String(value));
  throw new Error(`inlined statement: a parameter of type ${typeof value} cannot be sent as a literal`);
}
