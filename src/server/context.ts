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

/** The signed-in staff member behind a request. */
export interface AuthContext {
  sessionId: string;
  user: UserRow;
  organization: ActiveOrganization | null;
  role: Role | null;
}

/** An authorised request inside one organization: the scope every org-owned query takes first. */
export interface OrgScope {
  organizationId: string;
  role: Role;
  actor: Actor;
}

export type Tx = Kysely<Database>;

export function transaction<T>(ctx: AppContext, fn: (trx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.kysely.transaction().execute(fn);
}
