/**
 * Offers and the waitlist: an eligible applicant gets a place held until a deadline (emailed in
 * their language, with a link to answer), or a place on the waitlist when the cohort is full.
 * When a place frees (an offer declined, expired or withdrawn), the first person waiting gets an
 * offer; the scheduler expires unanswered offers under a lease. Accepting enrolls the client in
 * the cohort and pre-fills their screening with what they reported, marked as reported by them.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { conflict, gone, notFound } from '../../domain/errors.ts';
import type { ApplicationLanguage } from '../../domain/front-office/application.ts';
import {
  assertOfferTransition,
  freesPlace,
  isExpired,
  type OfferSource,
  type OfferStatus,
  offerDeadline,
} from '../../domain/front-office/offers.ts';
import { placementFor } from '../../domain/front-office/places.ts';
import { reportedDraft } from '../../domain/front-office/self-report.ts';
import { formatWhen } from '../../domain/messages/format.ts';
import type { ScreeningAnswer } from '../../domain/screening/types.ts';
import type { Actor } from '../audit/audit-log.ts';
import { systemActor } from '../audit/audit-log.ts';
import { getCohort, lockCohort } from '../cohorts/repository.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { saveDraft } from '../enrollments/screening-drafts.repository.ts';
import { createEnrollmentIn } from '../enrollments/service.ts';
import { sendClientMessage } from '../messages/compose.ts';
import { publicPaymentOf } from '../payments/checkout.ts';
import * as repo from './repository.ts';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Where the offer email's link leads: the token rides in the fragment, never in a server log. */
export const offerLink = (ctx: AppContext, token: string) => `${ctx.config.publicUrl}/apply/offer#${token}`;

/** Makes an offer (the caller holds the cohort's lock) and emails it; returns the offer id. */
export async function makeOffer(
  ctx: AppContext,
  trx: Tx,
  actor: Actor,
  a: { organizationId: string; applicationId: string; clientId: string; cohortId: string },
  listing: repo.ListingRow,
  source: OfferSource,
  now: string,
): Promise<string> {
  const id = randomUUID();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = offerDeadline(now, listing.hold_days);
  await repo.insertOffer(
    trx,
    a.organizationId,
    {
      id,
      applicationId: a.applicationId,
      clientId: a.clientId,
      cohortId: a.cohortId,
      source,
      holdDays: listing.hold_days,
      expiresAt,
      tokenHash: hashToken(token),
      userId: actor.userId,
    },
    now,
  );
  await ctx.audit.append(trx, actor, {
    organizationId: a.organizationId,
    action: 'offer.create',
    entityType: 'offer',
    entityId: id,
    details: {
      clientId: a.clientId,
      applicationId: a.applicationId,
      cohortId: a.cohortId,
      source,
      expiresAt,
    },
  });
  const cohort = await getCohort(trx, a.organizationId, a.cohortId);
  await sendClientMessage(
    ctx,
    trx,
    {
      organizationId: a.organizationId,
      clientId: a.clientId,
      kind: 'offer',
      dedupeKey: `offer:${id}`,
      values: ({ lang, zone }) => {
        const deadline = formatWhen(expiresAt, zone, lang);
        const start = formatWhen(`${cohort?.start_date ?? now.slice(0, 10)}T12:00:00.000Z`, zone, lang);
        return {
          deadline: `${deadline.date} ${deadline.time} (${deadline.timezone})`,
          program: cohort?.program_name ?? '',
          startDate: start.date,
          offerLink: offerLink(ctx, token),
        };
      },
    },
    now,
  );
  return id;
}

/**
 * Places an eligible applicant: an offer while places are left, else the waitlist while it has
 * room. Returns where they went ('full': neither; they stay eligible without a place).
 */
export async function placeApplicant(
  ctx: AppContext,
  trx: Tx,
  actor: Actor,
  app: repo.ApplicationRow,
  now: string,
): Promise<'offer' | 'waitlist' | 'full'> {
  const org = app.organization_id;
  await lockCohort(trx, org, app.cohort_id);
  const listing = await repo.getListing(trx, org, app.cohort_id);
  if (!listing) throw conflict('listing-missing');
  const held = (await repo.heldCounts(trx, org, [app.cohort_id])).get(app.cohort_id) ?? 0;
  const waiting = (await repo.waitingCounts(trx, org, [app.cohort_id])).get(app.cohort_id) ?? 0;
  const where = placementFor({ places: listing.places, held, waiting, waitlistSize: listing.waitlist_size });
  const who = {
    organizationId: org,
    applicationId: app.id,
    clientId: app.client_id,
    cohortId: app.cohort_id,
  };
  if (where === 'offer') await makeOffer(ctx, trx, actor, who, listing, 'decision', now);
  if (where === 'waitlist') {
    const entryId = randomUUID();
    const position = await repo.insertWaitlistEntry(
      trx,
      org,
      { id: entryId, cohortId: app.cohort_id, applicationId: app.id, clientId: app.client_id },
      now,
    );
    await ctx.audit.append(trx, actor, {
      organizationId: org,
      action: 'waitlist.join',
      entityType: 'waitlist-entry',
      entityId: entryId,
      details: { clientId: app.client_id, applicationId: app.id, cohortId: app.cohort_id, position },
    });
  }
  return where;
}

/** Offers freed places to the people waiting, in order; returns how many offers were made. */
export async function fillFromWaitlist(
  ctx: AppContext,
  trx: Tx,
  actor: Actor,
  organizationId: string,
  cohortId: string,
  now: string,
): Promise<number> {
  await lockCohort(trx, organizationId, cohortId);
  const listing = await repo.getListing(trx, organizationId, cohortId);
  const cohort = await getCohort(trx, organizationId, cohortId);
  if (!listing || !cohort || cohort.cancelled_at || cohort.start_date <= now.slice(0, 10)) return 0;
  let made = 0;
  for (;;) {
    const held = (await repo.heldCounts(trx, organizationId, [cohortId])).get(cohortId) ?? 0;
    if (held >= listing.places) return made;
    const next = await repo.nextWaiting(trx, organizationId, cohortId);
    if (!next) return made;
    await repo.setWaitlistStatus(trx, organizationId, next.id, 'offered', null, now);
    await makeOffer(
      ctx,
      trx,
      actor,
      { organizationId, applicationId: next.application_id, clientId: next.client_id, cohortId },
      listing,
      'waitlist',
      now,
    );
    made++;
  }
}

/**
 * Accepting enrolls the client in the cohort (inside this transaction) and pre-fills the
 * enrollment's screening draft with the self-report, marked as reported by the client.
 */
async function enrollApplicant(ctx: AppContext, trx: Tx, actor: Actor, offer: repo.OfferRow, now: string) {
  const org = offer.organization_id;
  const app = await repo.getApplication(trx, org, offer.application_id);
  if (!app || app.enrollment_id) return;
  const cohort = await getCohort(trx, org, offer.cohort_id);
  if (!cohort) throw notFound('Cohort');
  // Staff role for the enrollment's own checks; the audit names who really acted.
  const scope: OrgScope = { organizationId: org, role: 'intake', actor };
  const enrollment = await createEnrollmentIn(ctx, trx, scope, {
    clientId: offer.client_id,
    programId: cohort.program_id,
    cohortId: cohort.id,
  });
  const staffLanguage = (
    await trx.selectFrom('organizations').select('locale').where('id', '=', org).executeTakeFirst()
  )?.locale?.startsWith('nl')
    ? 'nl'
    : 'en';
  const draft = reportedDraft(
    {
      answers: JSON.parse(app.answers) as Record<string, ScreeningAnswer>,
      medications: JSON.parse(app.medications),
      submittedOn: app.submitted_at.slice(0, 10),
    },
    staffLanguage,
  );
  await saveDraft(
    trx,
    org,
    { enrollmentId: enrollment.id, clientId: offer.client_id, draft: JSON.stringify(draft), userId: null },
    now,
  );
  await repo.linkEnrollment(trx, org, app.id, enrollment.id, now);
  await ctx.audit.append(trx, actor, {
    organizationId: org,
    action: 'screening.draft.save',
    entityType: 'enrollment',
    entityId: enrollment.id,
    details: { clientId: offer.client_id, answered: Object.keys(draft.answers).length, reportedBy: 'client' },
  });
}

/** Moves an offer; a freed place goes to the waitlist in the same transaction. */
export async function moveOffer(
  ctx: AppContext,
  trx: Tx,
  actor: Actor,
  offer: repo.OfferRow,
  to: OfferStatus,
  reason: string | null,
  now: string,
): Promise<void> {
  const from = offer.status as OfferStatus;
  assertOfferTransition({ status: from, expiresAt: offer.expires_at }, to, now);
  const responded = to === 'accepted' || to === 'declined';
  if (
    !(await repo.setOfferStatus(
      trx,
      offer.organization_id,
      { id: offer.id, version: offer.version, from },
      { status: to, reason, responded },
      now,
    ))
  ) {
    throw conflict('offer-stale');
  }
  await ctx.audit.append(trx, actor, {
    organizationId: offer.organization_id,
    action: 'offer.transition',
    entityType: 'offer',
    entityId: offer.id,
    details: { clientId: offer.client_id, cohortId: offer.cohort_id, from, to, version: offer.version + 1 },
  });
  const entry = (await repo.waitlistOf(trx, offer.organization_id, [offer.application_id]))[0];
  if (entry && entry.status === 'offered' && to !== 'accepted') {
    await repo.setWaitlistStatus(trx, offer.organization_id, entry.id, 'left', `offer ${to}`, now);
  }
  if (to === 'accepted') await enrollApplicant(ctx, trx, actor, offer, now);
  if (freesPlace(from, to))
    await fillFromWaitlist(ctx, trx, actor, offer.organization_id, offer.cohort_id, now);
}

/** Staff record an answer (by phone, in person) or withdraw an offer. */
export async function respondForClient(
  ctx: AppContext,
  scope: OrgScope,
  offerId: string,
  to: 'accepted' | 'declined' | 'withdrawn',
  reason: string | null,
): Promise<repo.OfferRow> {
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const offer = await repo.getOffer(trx, scope.organizationId, offerId);
    if (!offer) throw notFound('Offer');
    await moveOffer(ctx, trx, scope.actor, offer, to, reason?.trim() || null, now);
    return (await repo.getOffer(trx, scope.organizationId, offerId))!;
  });
}

async function offerByToken(trx: Tx, token: string) {
  const offer = await repo.offerByTokenHash(trx, hashToken(token));
  if (!offer) throw notFound('Offer');
  return offer;
}

/**
 * What the applicant's link shows: the offer's status and deadline (with the organization's zone),
 * the retreat, its dates, place and price, and the language they applied in.
 */
export async function publicOffer(ctx: AppContext, token: string) {
  const db = ctx.db.kysely;
  const offer = await offerByToken(db, token);
  const [cohort, listing, app, org] = await Promise.all([
    getCohort(db, offer.organization_id, offer.cohort_id),
    repo.getListing(db, offer.organization_id, offer.cohort_id),
    repo.getApplication(db, offer.organization_id, offer.application_id),
    db
      .selectFrom('organizations')
      .select(['name', 'timezone'])
      .where('id', '=', offer.organization_id)
      .executeTakeFirstOrThrow(),
  ]);
  const now = new Date().toISOString();
  return {
    ...(await publicPaymentOf(ctx.db.kysely, offer)),
    status: (isExpired({ status: offer.status, expiresAt: offer.expires_at }, now)
      ? 'expired'
      : offer.status) as OfferStatus,
    expiresAt: offer.expires_at,
    organization: org.name,
    programName: cohort?.program_name ?? '',
    startDate: cohort?.start_date ?? '',
    endDate: listing?.end_date ?? null,
    location: cohort?.location ?? null,
    price: listing
      ? { amount: listing.price_minor, currency: listing.currency, deposit: listing.deposit_minor }
      : null,
    timeZone: org.timezone,
    language: (app?.language === 'nl' ? 'nl' : 'en') as ApplicationLanguage,
  };
}

/** The applicant answers through the emailed link. */
export async function answerByLink(
  ctx: AppContext,
  token: string,
  answer: 'accept' | 'decline',
  ip: string | null,
) {
  const now = new Date().toISOString();
  await transaction(ctx, async (trx) => {
    const offer = await offerByToken(trx, token);
    if (offer.status !== 'offered') throw gone('offer-answered', 'offer-status', { status: offer.status });
    if (isExpired({ status: offer.status, expiresAt: offer.expires_at }, now)) {
      throw gone('offer-expired', 'offer-expired');
    }
    const actor: Actor = { userId: null, label: `client ${offer.client_id} via offer link`, ip };
    await moveOffer(ctx, trx, actor, offer, answer === 'accept' ? 'accepted' : 'declined', null, now);
  });
  return publicOffer(ctx, token);
}

/** The scheduler's step: expires open offers past their deadline and passes their places on. */
export async function expireOffers(ctx: AppContext, now: string): Promise<number> {
  const due = await repo.offersPastDeadline(ctx.db.kysely, now, 200);
  let expired = 0;
  for (const d of due) {
    const moved = await transaction(ctx, async (trx) => {
      const offer = await repo.getOffer(trx, d.organization_id, d.id);
      if (offer?.status !== 'offered') return false;
      await moveOffer(ctx, trx, systemActor('scheduler'), offer, 'expired', 'No answer by the deadline', now);
      return true;
    });
    if (moved) expired++;
  }
  return expired;
}
