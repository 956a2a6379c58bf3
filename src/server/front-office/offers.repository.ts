/**
 * Offers of a place: the places they hold, a new offer, its moves. Two reads cross organizations
 * (an offer by its link token, offers past their deadline for the scheduler) and say so.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { HOLDING } from '../../domain/front-office/offers.ts';
import { countPerCohort } from './cohort-counts.repository.ts';

type Db = Kysely<Database>;

/** Offers that hold a place (open or accepted), per cohort. */
export const heldCounts = (
  db: Db,
  organizationId: string,
  cohortIds: string[],
): Promise<Map<string, number>> => countPerCohort(db, 'offers', organizationId, cohortIds, HOLDING);

export interface NewOffer {
  id: string;
  applicationId: string;
  clientId: string;
  cohortId: string;
  source: string;
  holdDays: number;
  expiresAt: string;
  tokenHash: string;
  userId: string | null;
}

export async function insertOffer(db: Db, organizationId: string, o: NewOffer, now: string) {
  await db
    .insertInto('offers')
    .values({
      id: o.id,
      organization_id: organizationId,
      application_id: o.applicationId,
      client_id: o.clientId,
      cohort_id: o.cohortId,
      status: 'offered',
      source: o.source,
      hold_days: o.holdDays,
      offered_at: now,
      expires_at: o.expiresAt,
      responded_at: null,
      status_reason: null,
      response_token_hash: o.tokenHash,
      created_by_user_id: o.userId,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export const getOffer = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom('offers')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
export type OfferRow = NonNullable<Awaited<ReturnType<typeof getOffer>>>;

/** Across organizations: the token is the credential and names its organization. */
export const offerByTokenHash = (db: Db, tokenHash: string) =>
  db.selectFrom('offers').selectAll().where('response_token_hash', '=', tokenHash).executeTakeFirst();

/** Moves an offer from `from` (at `version`) to `to`; false when someone moved it first. */
export async function setOfferStatus(
  db: Db,
  organizationId: string,
  o: { id: string; version: number; from: string },
  to: { status: string; reason: string | null; responded: boolean },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('offers')
    .set({
      status: to.status,
      status_reason: to.reason,
      ...(to.responded ? { responded_at: now } : {}),
      version: o.version + 1,
      updated_at: now,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', o.id)
    .where('version', '=', o.version)
    .where('status', '=', o.from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Across organizations, for the scheduler: open offers whose deadline passed. */
export const offersPastDeadline = (db: Db, now: string, limit: number) =>
  db
    .selectFrom('offers')
    .select(['id', 'organization_id'])
    .where('status', '=', 'offered')
    .where('expires_at', '<=', now)
    .orderBy('expires_at')
    .limit(limit)
    .execute();
