/** The lookups the FHIR routes need beyond the feature services: a response's client, and a Patient search. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { SortKey } from '../../domain/fhir/search.ts';

export async function clientOfResponse(
  db: Kysely<Database>,
  organizationId: string,
  responseId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('questionnaire_responses')
    .select('client_id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', responseId)
    .executeTakeFirst();
  return row?.client_id;
}

export interface PatientFilter {
  ids?: string[] | undefined;
  /** Lower-case prefix of a given, family or preferred name. */
  name?: string | undefined;
  birth?: { from: string | null; to: string | null; negate: boolean } | undefined;
  sort: SortKey[];
  offset: number;
  limit: number;
}

const SORT_COLUMNS = {
  _id: ['id'],
  name: ['family_name', 'given_name'],
  birthdate: ['date_of_birth'],
} as const;

/** One page of the organization's clients matching a Patient search, and how many match in all. */
export async function searchClients(db: Kysely<Database>, organizationId: string, f: PatientFilter) {
  let q = db.selectFrom('clients').where('organization_id', '=', organizationId);
  if (f.ids) q = q.where('id', 'in', f.ids.length ? f.ids : ['']);
  if (f.name) {
    const pattern = `${f.name.replace(/[%_\\]/g, '')}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['given_name']), 'like', pattern),
        eb(eb.fn('lower', ['family_name']), 'like', pattern),
        eb(eb.fn('lower', ['preferred_name']), 'like', pattern),
      ]),
    );
  }
  const b = f.birth;
  if (b) {
    q = q.where((eb) => {
      const parts = [
        ...(b.from ? [eb('date_of_birth', '>=', b.from)] : []),
        ...(b.to ? [eb('date_of_birth', '<', b.to)] : []),
      ];
      const all = eb.and(parts);
      return b.negate ? eb.not(all) : all;
    });
  }
  let page = q.selectAll();
  for (const k of f.sort.length ? f.sort : [{ name: 'name', descending: false }]) {
    for (const c of SORT_COLUMNS[k.name as keyof typeof SORT_COLUMNS] ?? [])
      page = page.orderBy(c, k.descending ? 'desc' : 'asc');
  }
  const [rows, count] = await Promise.all([
    page.orderBy('id').limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
