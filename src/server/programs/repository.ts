/** Programs, their definition versions and consent documents. Every function takes the organization id first. */
import type { Kysely, Selectable } from 'kysely';
import type { ConsentDocumentTable, Database, ProgramTable } from '../../db/schema.ts';
import { documentSha256 } from '../consents/hash.ts';

export type ProgramRow = Selectable<ProgramTable>;
export type ConsentDocumentRow = Selectable<ConsentDocumentTable> & { created_by_name: string | null };

export function listPrograms(
  db: Kysely<Database>,
  organizationId: string,
  status: 'active' | 'archived' | 'all',
) {
  let q = db.selectFrom('programs').selectAll().where('organization_id', '=', organizationId);
  if (status === 'active') q = q.where('archived_at', 'is', null);
  if (status === 'archived') q = q.where('archived_at', 'is not', null);
  return q.orderBy('name').orderBy('id').execute();
}

export const getProgram = (db: Kysely<Database>, organizationId: string, id: string) =>
  db
    .selectFrom('programs')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

export async function insertProgram(
  db: Kysely<Database>,
  organizationId: string,
  p: { id: string; name: string; modality: string; format: string; templateId: string | null },
  now: string,
): Promise<void> {
  await db
    .insertInto('programs')
    .values({
      id: p.id,
      organization_id: organizationId,
      name: p.name,
      modality: p.modality,
      format: p.format,
      template_id: p.templateId,
      current_version: 1,
      archived_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** Moves the program to `version` only if its current version is still `baseVersion`. */
export async function advanceVersion(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  baseVersion: number,
  p: { name: string; modality: string; format: string },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('programs')
    .set({ ...p, current_version: baseVersion + 1, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('current_version', '=', baseVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setArchived(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  archivedAt: string | null,
  now: string,
): Promise<void> {
  await db
    .updateTable('programs')
    .set({ archived_at: archivedAt, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function insertVersion(
  db: Kysely<Database>,
  organizationId: string,
  v: { id: string; programId: string; version: number; definition: string; userId: string | null },
  now: string,
): Promise<void> {
  await db
    .insertInto('program_versions')
    .values({
      id: v.id,
      organization_id: organizationId,
      program_id: v.programId,
      version: v.version,
      definition: v.definition,
      created_by_user_id: v.userId,
      created_at: now,
    })
    .execute();
}

export const getVersion = (
  db: Kysely<Database>,
  organizationId: string,
  programId: string,
  version: number,
) =>
  db
    .selectFrom('program_versions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', programId)
    .where('version', '=', version)
    .executeTakeFirst();

/** One version's stored definition text with its program's name (for the definition reader). */
export const getStoredDefinition = (
  db: Kysely<Database>,
  organizationId: string,
  programId: string,
  version: number,
) =>
  db
    .selectFrom('program_versions as v')
    .innerJoin('programs as p', 'p.id', 'v.program_id')
    .select(['v.definition', 'p.name'])
    .where('v.organization_id', '=', organizationId)
    .where('v.program_id', '=', programId)
    .where('v.version', '=', version)
    .executeTakeFirst();

export const listVersions = (db: Kysely<Database>, organizationId: string, programId: string) =>
  db
    .selectFrom('program_versions as v')
    .leftJoin('users as u', 'u.id', 'v.created_by_user_id')
    .select(['v.version', 'v.created_at', 'v.created_by_user_id', 'u.name as created_by_name'])
    .where('v.organization_id', '=', organizationId)
    .where('v.program_id', '=', programId)
    .orderBy('v.version', 'desc')
    .execute();

/** How many cohorts and enrollments use a program (a format change is refused once it is in use). */
export async function usage(db: Kysely<Database>, organizationId: string, programId: string) {
  const [c, e] = await Promise.all([
    db
      .selectFrom('cohorts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', organizationId)
      .where('program_id', '=', programId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('enrollments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', organizationId)
      .where('program_id', '=', programId)
      .executeTakeFirstOrThrow(),
  ]);
  return { cohorts: Number(c.n), enrollments: Number(e.n) };
}

const consentDocuments = (db: Kysely<Database>, organizationId: string, programId: string) =>
  db
    .selectFrom('consent_documents as d')
    .leftJoin('users as u', 'u.id', 'd.created_by_user_id')
    .selectAll('d')
    .select('u.name as created_by_name')
    .where('d.organization_id', '=', organizationId)
    .where('d.program_id', '=', programId);

export const listConsentDocuments = (db: Kysely<Database>, organizationId: string, programId: string) =>
  consentDocuments(db, organizationId, programId).orderBy('d.version', 'desc').execute();

/** The program's current consent document: its highest version. */
export const currentConsentDocument = (db: Kysely<Database>, organizationId: string, programId: string) =>
  consentDocuments(db, organizationId, programId).orderBy('d.version', 'desc').limit(1).executeTakeFirst();

export async function insertConsentDocument(
  db: Kysely<Database>,
  organizationId: string,
  d: { id: string; programId: string; version: number; title: string; body: string; userId: string | null },
  now: string,
): Promise<void> {
  await db
    .insertInto('consent_documents')
    .values({
      id: d.id,
      organization_id: organizationId,
      program_id: d.programId,
      version: d.version,
      title: d.title,
      body: d.body,
      sha256: documentSha256(d.body),
      created_by_user_id: d.userId,
      created_at: now,
    })
    .execute();
}

/**
 * Takes the program row's write lock for the rest of the transaction (a no-op update), so two
 * writers deriving a next version number from it cannot both take the same one.
 */
export async function lockProgram(db: Kysely<Database>, organizationId: string, id: string): Promise<void> {
  await db
    .updateTable('programs')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}
