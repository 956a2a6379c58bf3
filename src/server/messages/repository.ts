/** An organization's own message templates. Every query names the organization. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, MessageTemplateTable } from '../../db/schema.ts';

type Db = Kysely<Database>;
export type TemplateRow = Selectable<MessageTemplateTable>;

export const listTemplates = (db: Db, organizationId: string) =>
  db.selectFrom('message_templates').selectAll().where('organization_id', '=', organizationId).execute();

export const getTemplate = (db: Db, organizationId: string, kind: string, language: string) =>
  db
    .selectFrom('message_templates')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .where('language', '=', language)
    .executeTakeFirst();

export async function upsertTemplate(db: Db, row: TemplateRow): Promise<void> {
  await db
    .insertInto('message_templates')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['organization_id', 'kind', 'language']).doUpdateSet({
        subject: row.subject,
        preview: row.preview,
        body: row.body,
        updated_by_user_id: row.updated_by_user_id,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function deleteTemplate(db: Db, organizationId: string, kind: string, language: string) {
  const r = await db
    .deleteFrom('message_templates')
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .where('language', '=', language)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The client a message goes to, in their organization, with that organization's name and zone. */
export const recipient = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('clients as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .select([
      'c.given_name',
      'c.preferred_name',
      'c.email',
      'c.language',
      'c.archived_at',
      'c.restricted_at',
      'o.name as organization',
      'o.timezone',
    ])
    .where('c.organization_id', '=', organizationId)
    .where('c.id', '=', clientId)
    .executeTakeFirst();
