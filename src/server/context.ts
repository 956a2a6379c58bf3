/** What every service receives: the database, the audit log and the configuration. */
import type { Kysely } from 'kysely';
import type { Db } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import type { Role } from '../domain/access/roles.ts';
import type { Actor, AuditLog } from './audit/audit-log.ts';
import type { UserRow } from './auth/users.repository.ts';
import type { Config } from './config.ts';

export interface AppContext {
  db: Db;
  audit: AuditLog;
  config: Config;
}

export interface ActiveOrganization {
  id: string;
  slug: string;
  name: string;
  requireTwoFactor: boolean;
}

/** The API token a machine client presented: who it acts for is the rest of the AuthContext. */
export interface ApiTokenPrincipal {
  id: string;
  name: string;
  /** Action names the token may use (each still needs the member's current role). */
  scopes: readonly string[];
}

/** The staff member behind a request: signed in with a session cookie, or via an API token. */
export interface AuthContext {
  /** The browser session; null for a bearer-token request. */
  sessionId: string | null;
  user: UserRow;
  organization: ActiveOrganization | null;
  role: Role | null;
  /** The API token of a bearer-token request; null for a browser session. */
  apiToken: ApiTokenPrincipal | null;
}

/** A browser-session request (the account routes, which an API token never reaches). */
export type SessionAuth = AuthContext & { sessionId: string };

/** An authorised request inside one organization: the scope every org-owned query takes first. */
export interface OrgScope {
  organizationId: string;
  role: Role;
  actor: Actor;
}

export type Tx = Kysely<Database>;

/**
 * Runs `fn` in one transaction and resolves once its commit is durable. Commits share their disk
 * flush with the commits around them (group commit, src/db/group-commit.ts), so the wait is for
 * at most the flush under way and the next one, never for a flush of its own. On SQLite with
 * group commit, transactions that arrive together also share their COMMIT (src/db/sqlite-batch.ts).
 */
export async function transaction<T>(ctx: AppContext, fn: (trx: Tx) => Promise<T>): Promise<T> {
  const { batches } = ctx.db;
  const result = await (batches ? batches.run(fn) : ctx.db.kysely.transaction().execute(fn));
  await ctx.db.sync();
  return result;
}
