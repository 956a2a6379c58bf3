/** The one lookup the FHIR read-by-id routes need: which client a stored response belongs to. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

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
