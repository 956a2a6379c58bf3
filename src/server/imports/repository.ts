/** Reads imports need: clients that may be the same person, and clients named in a file. Organization first. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ExistingClient } from '../../domain/imports/clients.ts';

const CHUNK = 500;

function chunks<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(values.slice(i, i + CHUNK));
  return out;
}

/** Clients (archived too) with one of these emails (compared lower-case) or born on one of these dates. */
export async function clientsLike(
  db: Kysely<Database>,
  organizationId: string,
  match: { emails: readonly string[]; birthDates: readonly string[] },
): Promise<ExistingClient[]> {
  const rows = new Map<string, ExistingClient>();
  const base = () =>
    db
      .selectFrom('clients')
      .select(['id', 'given_name', 'family_name', 'date_of_birth', 'email', 'archived_at'])
      .where('organization_id', '=', organizationId);
  const add = (r: Awaited<ReturnType<ReturnType<typeof base>['execute']>>) => {
    for (const c of r)
      rows.set(c.id, {
        id: c.id,
        givenName: c.given_name,
        familyName: c.family_name,
        dateOfBirth: c.date_of_birth,
        email: c.email,
        archived: c.archived_at !== null,
      });
  };
  for (const part of chunks([...new Set(match.emails)]))
    add(
      await base()
        .where((eb) => eb(eb.fn('lower', ['email']), 'in', part))
        .execute(),
    );
  for (const part of chunks([...new Set(match.birthDates)]))
    add(await base().where('date_of_birth', 'in', part).execute());
  return [...rows.values()];
}

export interface NamedClient {
  id: string;
  email: string | null;
  archived: boolean;
}

/** The organization's clients with these ids or (lower-case) emails. */
export async function clientsNamed(
  db: Kysely<Database>,
  organizationId: string,
  refs: { ids: readonly string[]; emails: readonly string[] },
): Promise<NamedClient[]> {
  const out: NamedClient[] = [];
  const base = () =>
    db
      .selectFrom('clients')
      .select(['id', 'email', 'archived_at'])
      .where('organization_id', '=', organizationId);
  const add = (r: { id: string; email: string | null; archived_at: string | null }[]) => {
    for (const c of r) out.push({ id: c.id, email: c.email, archived: c.archived_at !== null });
  };
  for (const part of chunks([...new Set(refs.ids)])) add(await base().where('id', 'in', part).execute());
  for (const part of chunks([...new Set(refs.emails)]))
    add(
      await base()
        .where((eb) => eb(eb.fn('lower', ['email']), 'in', part))
        .execute(),
    );
  return out;
}
