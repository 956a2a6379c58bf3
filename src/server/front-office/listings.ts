/**
 * A cohort's listing: published or not, price, deposit, balance due date, cancellation tiers,
 * places, waitlist size and offer hold. Staff with cohort.manage set it; each change is audited
 * with the fields that changed; more places (or a larger list) pass new places to the waitlist.
 */

import type { Listing, ListingBody } from '../../api/front-office.ts';
import { conflict } from '../../domain/errors.ts';
import { type CancellationTier, normalizeListing } from '../../domain/front-office/listing.ts';
import { placesLeft } from '../../domain/front-office/places.ts';
import { requireCohort } from '../cohorts/service.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { fillFromWaitlist } from './offers.ts';
import * as repo from './repository.ts';

export async function toListing(trx: Tx, row: repo.ListingRow): Promise<Listing> {
  const [held, waiting] = await Promise.all([
    repo.heldCounts(trx, row.organization_id, [row.cohort_id]),
    repo.waitingCounts(trx, row.organization_id, [row.cohort_id]),
  ]);
  return {
    cohortId: row.cohort_id,
    published: row.published === 1,
    publishedAt: row.published_at,
    endDate: row.end_date,
    currency: row.currency,
    priceMinor: row.price_minor,
    depositMinor: row.deposit_minor,
    balanceDueDate: row.balance_due_date,
    cancellationTiers: JSON.parse(row.cancellation_tiers) as CancellationTier[],
    places: row.places,
    placesLeft: placesLeft({ places: row.places, held: held.get(row.cohort_id) ?? 0 }),
    waitlistSize: row.waitlist_size,
    waiting: waiting.get(row.cohort_id) ?? 0,
    holdDays: row.hold_days,
    version: row.version,
  };
}

export async function getListing(
  ctx: AppContext,
  scope: OrgScope,
  cohortId: string,
): Promise<Listing | null> {
  return transaction(ctx, async (trx) => {
    await requireCohort(trx, scope.organizationId, cohortId);
    const row = await repo.getListing(trx, scope.organizationId, cohortId);
    return row ? toListing(trx, row) : null;
  });
}

const FIELDS: [keyof repo.ListingColumns, string][] = [
  ['published', 'published'],
  ['end_date', 'endDate'],
  ['currency', 'currency'],
  ['price_minor', 'priceMinor'],
  ['deposit_minor', 'depositMinor'],
  ['balance_due_date', 'balanceDueDate'],
  ['cancellation_tiers', 'cancellationTiers'],
  ['places', 'places'],
  ['waitlist_size', 'waitlistSize'],
  ['hold_days', 'holdDays'],
];

export async function putListing(
  ctx: AppContext,
  scope: OrgScope,
  cohortId: string,
  body: ListingBody,
): Promise<Listing> {
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const cohort = await requireCohort(trx, org, cohortId);
    if (cohort.cancelled_at && body.published) throw conflict('cohort-cancelled', { name: cohort.name });
    const l = normalizeListing(body, { startDate: cohort.start_date, capacity: cohort.capacity });
    const before = await repo.getListing(trx, org, cohortId);
    const columns: repo.ListingColumns = {
      published: l.published ? 1 : 0,
      published_at: l.published ? (before?.published === 1 ? before.published_at : now) : null,
      end_date: l.endDate,
      currency: l.currency,
      price_minor: l.priceMinor,
      deposit_minor: l.depositMinor,
      balance_due_date: l.balanceDueDate,
      cancellation_tiers: JSON.stringify(l.cancellationTiers),
      places: l.places,
      waitlist_size: l.waitlistSize,
      hold_days: l.holdDays,
      updated_by_user_id: scope.actor.userId,
    };
    if (!before) await repo.insertListing(trx, org, cohortId, columns, now);
    else {
      if (body.version !== undefined && body.version !== before.version) {
        throw conflict(
          'listing-stale',
          {},
          {
            current: await toListing(trx, before),
          },
        );
      }
      if (!(await repo.updateListing(trx, org, cohortId, before.version, columns, now))) {
        throw conflict('listing-stale');
      }
    }
    const changed = before
      ? FIELDS.filter(([c]) => before[c] !== columns[c]).map(([, f]) => f)
      : FIELDS.map(([, f]) => f);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: before ? 'cohort.listing.update' : 'cohort.listing.create',
      entityType: 'cohort',
      entityId: cohortId,
      details: { changed, published: l.published },
    });
    if (before && (l.places > before.places || l.published)) {
      await fillFromWaitlist(ctx, trx, scope.actor, org, cohortId, now);
    }
    return toListing(trx, (await repo.getListing(trx, org, cohortId))!);
  });
}
