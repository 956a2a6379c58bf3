/** Client records. Every method takes the organization id first: no query can forget whose data it is. */
import type { Kysely, Selectable } from 'kysely';
import type { PortalLanguage } from '../../api/portal.ts';
import type { ClientTable, Database } from '../../db/schema.ts';
import { type ClientFields, clientSearchText } from '../../domain/clients/client.ts';

export type ClientRow = Selectable<ClientTable>;

/** What a client record stores: the normalized fields and the portal language. */
export type ClientRecord = ClientFields & { language: PortalLanguage };

function columns(f: ClientRecord) {
  return {
    given_name: f.givenName,
    family_name: f.familyName,
    preferred_name: f.preferredName,
    date_of_birth: f.dateOfBirth,
    sex_at_birth: f.sexAtBirth,
    gender: f.gender,
    email: f.email,
    phone: f.phone,
    address: f.address,
    emergency_contact_name: f.emergencyContact.name,
    emergency_contact_relationship: f.emergencyContact.relationship,
    emergency_contact_phone: f.emergencyContact.phone,
    notes: f.notes,
    language: f.language,
    search_text: clientSearchText(f),
  };
}

export async function insertClient(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  f: ClientRecord,
  now: string,
) {
  await db
    .insertInto('clients')
    .values({
      id,
      organization_id: organizationId,
      ...columns(f),
      version: 1,
      created_at: now,
      updated_at: now,
      archived_at: null,
    })
    .execute();
}

export const getClient = (db: Kysely<Database>, organizationId: string, id: string) =>
  db
    .selectFrom('clients')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

/** Writes only if the stored version is still `version`; returns false when someone saved first. */
export async function updateClient(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  version: number,
  f: ClientRecord,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('clients')
    .set({ ...columns(f), version: version + 1, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setArchived(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  version: number,
  archivedAt: string | null,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('clients')
    .set({ archived_at: archivedAt, version: version + 1, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface ClientListFilter {
  q?: string | undefined;
  status: 'active' | 'archived' | 'all';
  limit: number;
  offset: number;
}

/** A term that may be (the start of) a client id. */
const ID_PREFIX = /^[0-9a-f][0-9a-f-]{7,35}$/;

export async function listClients(db: Kysely<Database>, organizationId: string, f: ClientListFilter) {
  // Restricted clients (an erasure waiting for its retention period, or a restriction) are kept out
  // of every list and search; the owner reaches them from the data rights report.
  let base = db
    .selectFrom('clients')
    .where('organization_id', '=', organizationId)
    .where('restricted_at', 'is', null);
  if (f.status === 'active') base = base.where('archived_at', 'is', null);
  if (f.status === 'archived') base = base.where('archived_at', 'is not', null);
  for (const term of (f.q ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
    const digits = term.replace(/\D/g, '');
    const pattern = `%${term.replace(/[%_\\]/g, '')}%`;
    base = base.where((eb) => {
      const text =
        digits.length >= 3 && digits === term.replace(/[\s()+-]/g, '')
          ? eb('search_text', 'like', `%${digits}%`)
          : eb('search_text', 'like', pattern);
      // A client's identifier (its id, as FHIR's urn:threshold:client|<id>): the whole id or its first 8+ characters.
      return ID_PREFIX.test(term) ? eb.or([text, eb('id', 'like', `${term}%`)]) : text;
    });
  }
  const [items, count] = await Promise.all([
    base
      .select([
        'id',
        'given_name',
        'family_name',
        'preferred_name',
        'date_of_birth',
        'email',
        'phone',
        'archived_at',
        'updated_at',
      ])
      .orderBy('family_name')
      .orderBy('given_name')
      .orderBy('id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
