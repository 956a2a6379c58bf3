/**
 * E-consent: the client reads their program's current consent document in the portal and signs it
 * (typed name, tick, the version and text hash they were shown, their address and device), and staff
 * read the signed copy — the text exactly as signed with the signature record. Every read and
 * signature is audited.
 */

import type { PortalConsent, SignConsent, SignedConsent } from '../../api/consents.ts';
import { notFound } from '../../domain/errors.ts';
import { consentReason } from '../../domain/programs/consent-current.ts';
import { checkSignature } from '../../domain/programs/signature.ts';
import { type Actor, systemActor } from '../audit/audit-log.ts';
import { type AppContext, type OrgScope, transaction } from '../context.ts';
import { CONSENTABLE, currentDocumentFor, storeConsent } from '../enrollments/consent-store.ts';
import { getEnrollment } from '../enrollments/repository.ts';
import type { PortalPrincipal } from '../portal/home-service.ts';
import { currentConsentDocument } from '../programs/repository.ts';
import { documentSha256 } from './hash.ts';
import * as repo from './repository.ts';

const clientActor = (p: PortalPrincipal, ip: string | null): Actor => ({
  ...systemActor(`portal:client:${p.clientId}`),
  ip,
});

/** The consent documents of the client's programs, each with whether it still needs their signature. */
export async function portalConsents(ctx: AppContext, p: PortalPrincipal): Promise<PortalConsent[]> {
  return transaction(ctx, async (trx) => {
    const org = p.organizationId;
    const out: PortalConsent[] = [];
    for (const e of await repo.consentableEnrollments(trx, org, p.clientId, CONSENTABLE)) {
      const doc = await currentConsentDocument(trx, org, e.program_id);
      if (!doc) continue;
      const sha256 = documentSha256(doc.body);
      const signed = await repo.signatureTo(trx, org, e.id, doc.id);
      const reason = consentReason({
        consentedVersion: signed ? doc.version : null,
        consentedSha256: signed?.document_sha256,
        currentConsentVersion: doc.version,
        currentConsentSha256: doc.sha256,
      });
      out.push({
        enrollmentId: e.id,
        program: e.program_name,
        document: {
          id: doc.id,
          version: doc.version,
          title: doc.title,
          body: doc.body,
          sha256,
          publishedAt: doc.created_at,
        },
        signedAt: signed && reason === null ? signed.signed_at : null,
        needsSignature: reason !== null,
      });
    }
    await ctx.audit.append(trx, clientActor(p, null), {
      organizationId: org,
      action: 'portal.consents.view',
      entityType: 'client',
      entityId: p.clientId,
      details: { enrollmentIds: out.map((c) => c.enrollmentId) },
    });
    return out;
  });
}

/** The client signs their program's current consent document; returns the updated list item. */
export async function signConsent(
  ctx: AppContext,
  p: PortalPrincipal,
  enrollmentId: string,
  input: SignConsent,
  device: { ip: string | null; userAgent: string | null },
): Promise<void> {
  const now = new Date().toISOString();
  await transaction(ctx, async (trx) => {
    const org = p.organizationId;
    const e = await getEnrollment(trx, org, enrollmentId);
    // Another client's enrollment is as unknown as a missing one.
    if (!e || e.client_id !== p.clientId) throw notFound('Enrollment');
    const client = await trx
      .selectFrom('clients')
      .select(['given_name', 'family_name'])
      .where('organization_id', '=', org)
      .where('id', '=', p.clientId)
      .executeTakeFirstOrThrow();
    const doc = await currentDocumentFor(trx, org, e, input.documentVersion);
    const name = checkSignature(
      input,
      { givenName: client.given_name, familyName: client.family_name },
      { version: doc.version, sha256: documentSha256(doc.body) },
    );
    // The client acts for themselves; storeConsent reads the organization and actor from the scope.
    const scope: OrgScope = { organizationId: org, role: 'owner', actor: clientActor(p, device.ip) };
    await storeConsent(
      ctx,
      trx,
      scope,
      e,
      doc,
      {
        signedAt: now,
        method: 'electronic signature',
        signature: { name, ip: device.ip, userAgent: device.userAgent?.slice(0, 500) ?? null },
      },
      now,
    );
  });
}

/** The signed copy: the text exactly as signed, its hash check and the signature record (audited). */
export async function signedConsent(ctx: AppContext, scope: OrgScope, id: string): Promise<SignedConsent> {
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const c = await repo.getSignedConsent(trx, org, id);
    if (!c) throw notFound('Consent');
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'consent.view',
      entityType: 'consent',
      entityId: c.id,
      details: { clientId: c.client_id, enrollmentId: c.enrollment_id },
    });
    return {
      id: c.id,
      enrollmentId: c.enrollment_id,
      client: { id: c.client_id, name: `${c.given_name} ${c.family_name}` },
      method: c.method,
      signedAt: c.signed_at,
      document: {
        id: c.document_id,
        version: c.document_version,
        title: c.document_title,
        body: c.document_body,
        publishedAt: c.document_published_at,
      },
      documentSha256: c.document_sha256,
      textVerified: c.document_sha256 !== null && c.document_sha256 === documentSha256(c.document_body),
      signature:
        c.signature_name === null
          ? null
          : {
              typedName: c.signature_name,
              agreed: c.signature_confirmed === 1,
              ip: c.signature_ip,
              userAgent: c.signature_user_agent,
            },
      recordedBy:
        c.recorded_by_user_id && c.recorded_by_name
          ? { id: c.recorded_by_user_id, name: c.recorded_by_name }
          : null,
      withdrawnAt: c.withdrawn_at,
    };
  });
}
