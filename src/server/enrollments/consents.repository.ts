/** An enrollment's consents: the list, the one that counts for clearance, a new one. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export const listConsents = (db: Kysely<Database>, organizationId: string, enrollmentId: string) =>
  db
    .selectFrom('consents as c')
    .innerJoin('consent_documents as d', 'd.id', 'c.document_id')
    .leftJoin('users as u', 'u.id', 'c.recorded_by_user_id')
    .selectAll('c')
    .select(['d.title as document_title', 'u.name as recorded_by_name'])
    .where('c.organization_id', '=', organizationId)
    .where('c.enrollment_id', '=', enrollmentId)
    .orderBy('c.signed_at', 'desc')
    .orderBy('c.id')
    .execute();

/** The highest document version the client consented to (consents not withdrawn). */
export async function consentedVersion(
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
): Promise<number | null> {
  const r = await db
    .selectFrom('consents')
    .select((eb) => eb.fn.max('document_version').as('v'))
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return r?.v === null || r?.v === undefined ? null : Number(r.v);
}

/**
 * The consent that counts for clearance: the latest not withdrawn to the highest version consented
 * to, with the document hash recorded for it (null when the client consented to none).
 */
export async function heldConsent(
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
): Promise<{ version: number; sha256: string | null } | null> {
  const r = await db
    .selectFrom('consents')
    .select(['document_version', 'document_sha256'])
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .where('withdrawn_at', 'is', null)
    .orderBy('document_version', 'desc')
    .orderBy('signed_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return r ? { version: Number(r.document_version), sha256: r.document_sha256 } : null;
}

export async function insertConsent(
  db: Kysely<Database>,
  organizationId: string,
  c: {
    id: string;
    enrollmentId: string;
    clientId: string;
    documentId: string;
    documentVersion: number;
    signedAt: string;
    method: string;
    userId: string | null;
    documentSha256: string;
    /** A signature the client made in the portal. */
    signature?: { name: string; ip: string | null; userAgent: string | null };
  },
  now: string,
): Promise<void> {
  await db
    .insertInto('consents')
    .values({
      id: c.id,
      organization_id: organizationId,
      enrollment_id: c.enrollmentId,
      client_id: c.clientId,
      document_id: c.documentId,
      document_version: c.documentVersion,
      signed_at: c.signedAt,
      method: c.method,
      recorded_by_user_id: c.userId,
      created_at: now,
      withdrawn_at: null,
      document_sha256: c.documentSha256,
      signature_name: c.signature?.name ?? null,
      signature_confirmed: c.signature ? 1 : null,
      signature_ip: c.signature?.ip ?? null,
      signature_user_agent: c.signature?.userAgent ?? null,
    })
    .execute();
}
