/**
 * Storing a consent, the one way for both paths: staff recording a signed document
 * (screening.ts: recordConsent) and the client signing in the portal (consents/portal-service.ts).
 * In the caller's transaction it checks the document version, records the consent with the hash of
 * the text consented to, audits it, moves an eligible enrollment to consented and releases held
 * dosing bookings once the client is cleared.
 */

import { randomUUID } from 'node:crypto';
import { conflict } from '../../domain/errors.ts';
import { checkSignedAfterPublication } from '../../domain/programs/consent.ts';
import type { EnrollmentStatus } from '../../domain/programs/types.ts';
import { STORED_REASONS } from '../../domain/stored-reasons.ts';
import { documentSha256 } from '../consents/hash.ts';
import type { AppContext, OrgScope, Tx } from '../context.ts';
import { bookingsReleased } from '../messages/client-messages.ts';
import { type ConsentDocumentRow, currentConsentDocument } from '../programs/repository.ts';
import { releaseHeldBookings } from '../sessions/writer.ts';
import { advanceEnrollment } from './auto-status.ts';
import { clearanceFor } from './clearance.ts';
import * as consentRepo from './consents.repository.ts';
import type * as repo from './repository.ts';
import { applyTransition } from './service.ts';

export const CONSENTABLE: EnrollmentStatus[] = ['eligible', 'consented', 'active'];

/** The program's current consent document, which `documentVersion` must name (409 otherwise). */
export async function currentDocumentFor(
  trx: Tx,
  org: string,
  e: repo.EnrollmentRow,
  documentVersion: number,
): Promise<ConsentDocumentRow> {
  const doc = await currentConsentDocument(trx, org, e.program_id);
  if (!doc) {
    throw conflict('consent-document-missing');
  }
  if (documentVersion !== doc.version) {
    throw conflict(
      'consent-document-outdated',
      { version: doc.version, title: doc.title, documentVersion },
      { currentVersion: doc.version },
    );
  }
  return doc;
}

export interface ConsentFields {
  signedAt: string;
  method: string;
  /** A signature the client made in the portal. */
  signature?: { name: string; ip: string | null; userAgent: string | null };
}

/** Records the consent (see the file comment); returns its id. */
export async function storeConsent(
  ctx: AppContext,
  trx: Tx,
  scope: OrgScope,
  e: repo.EnrollmentRow,
  doc: ConsentDocumentRow,
  fields: ConsentFields,
  now: string,
): Promise<string> {
  const org = scope.organizationId;
  const id = randomUUID();
  checkSignedAfterPublication(fields.signedAt, {
    version: doc.version,
    title: doc.title,
    publishedAt: doc.created_at,
  });
  // The text as stored now is what was consented to; a stored hash that disagrees is refused.
  const sha256 = documentSha256(doc.body);
  if (doc.sha256 !== null && doc.sha256 !== sha256) {
    throw conflict('consent-document-altered', { version: doc.version });
  }
  const held = await consentRepo.heldConsent(trx, org, e.id);
  if (held?.version === doc.version && held.sha256 === sha256) {
    throw conflict('consent-given-already', { version: doc.version });
  }
  const status = e.status as EnrollmentStatus;
  if (!CONSENTABLE.includes(status)) {
    throw conflict('consent-before-eligible', { status });
  }
  await consentRepo.insertConsent(
    trx,
    org,
    {
      id,
      enrollmentId: e.id,
      clientId: e.client_id,
      documentId: doc.id,
      documentVersion: doc.version,
      signedAt: fields.signedAt,
      method: fields.method,
      userId: scope.actor.userId,
      documentSha256: sha256,
      ...(fields.signature ? { signature: fields.signature } : {}),
    },
    now,
  );
  await ctx.audit.append(trx, scope.actor, {
    organizationId: org,
    action: 'consent.record',
    entityType: 'consent',
    entityId: id,
    details: {
      enrollmentId: e.id,
      clientId: e.client_id,
      documentId: doc.id,
      documentVersion: doc.version,
      documentSha256: sha256,
      method: fields.method,
      signedInPortal: fields.signature !== undefined,
    },
  });
  if (status === 'eligible') {
    await applyTransition(
      ctx,
      trx,
      scope,
      e,
      'consented',
      STORED_REASONS['consent-recorded'],
      { reason: STORED_REASONS['consent-recorded'], details: { consentId: id } },
      now,
    );
    // Consent recorded after the first session day (or an attended session) starts care at once.
    await advanceEnrollment(ctx, trx, org, e.id, now);
  }
  const clearance = await clearanceFor(trx, org, e);
  if (clearance.cleared) {
    const released = await releaseHeldBookings(trx, org, e.id);
    if (released.length) {
      await ctx.audit.append(trx, scope.actor, {
        organizationId: org,
        action: 'enrollment.bookings-released',
        entityType: 'enrollment',
        entityId: e.id,
        details: { clientId: e.client_id, sessionIds: released },
      });
      await bookingsReleased(
        ctx,
        trx,
        { organizationId: org, clientId: e.client_id, consentId: id, sessionIds: released },
        now,
      );
    }
  }
  return id;
}
