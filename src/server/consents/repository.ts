/** Queries of e-consent. Every function takes the organization id first. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The client's enrollments that may consent, with their program's name. */
export const consentableEnrollments = (
  db: Kysely<Database>,
  organizationId: string,
  clientId: string,
  statuses: readonly string[],
) =>
  db
    .selectFrom('enrollments as e')
    .innerJoin('programs as p', (j) =>
      j.onRef('p.id', '=', 'e.program_id').onRef('p.organization_id', '=', 'e.organization_id'),
    )
    .selectAll('e')
    .select('p.name as program_name')
    .where('e.organization_id', '=', organizationId)
    .where('e.client_id', '=', clientId)
    .where('e.status', 'in', [...statuses])
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();

/** The client's signature to one document (not withdrawn), latest first. */
export const signatureTo = (
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
  documentId: string,
) =>
  db
    .selectFrom('consents')
    .select(['signed_at', 'document_sha256'])
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .where('document_id', '=', documentId)
    .where('withdrawn_at', 'is', null)
    .orderBy('signed_at', 'desc')
    .limit(1)
    .executeTakeFirst();

/** One consent with the document it is to, the client's name and who recorded it. */
export const getSignedConsent = (db: Kysely<Database>, organizationId: string, id: string) =>
  db
    .selectFrom('consents as c')
    .innerJoin('consent_documents as d', (j) =>
      j.onRef('d.id', '=', 'c.document_id').onRef('d.organization_id', '=', 'c.organization_id'),
    )
    .innerJoin('clients as cl', (j) =>
      j.onRef('cl.id', '=', 'c.client_id').onRef('cl.organization_id', '=', 'c.organization_id'),
    )
    .leftJoin('users as u', 'u.id', 'c.recorded_by_user_id')
    .selectAll('c')
    .select([
      'd.title as document_title',
      'd.body as document_body',
      'd.created_at as document_published_at',
      'cl.given_name',
      'cl.family_name',
      'u.name as recorded_by_name',
    ])
    .where('c.organization_id', '=', organizationId)
    .where('c.id', '=', id)
    .executeTakeFirst();
