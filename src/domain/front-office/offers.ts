/**
 * Offers: a place held for an eligible applicant for `holdDays`; the statuses it moves through; an
 * open offer past its deadline has expired. A place frees when an offer is declined, expires or is
 * withdrawn.
 */
import { conflict, invalid } from '../errors.ts';

export const OFFER_STATUSES = ['offered', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
export const OFFER_SOURCES = ['decision', 'waitlist'] as const;
export type OfferSource = (typeof OFFER_SOURCES)[number];

/** Statuses that hold a place. */
export const HOLDING: readonly OfferStatus[] = ['offered', 'accepted'];

const NEXT: Record<OfferStatus, readonly OfferStatus[]> = {
  offered: ['accepted', 'declined', 'expired', 'withdrawn'],
  accepted: ['withdrawn'],
  declined: [],
  expired: [],
  withdrawn: [],
};

const DAY_MS = 86_400_000;

/** The deadline of an offer made at `offeredAt` holding for `holdDays`. */
export function offerDeadline(offeredAt: string, holdDays: number): string {
  if (!Number.isInteger(holdDays) || holdDays < 1) throw invalid('holdDays', 'integer-at-least-1');
  const t = Date.parse(offeredAt);
  if (Number.isNaN(t)) throw invalid('offeredAt', 'point-in-time');
  return new Date(t + holdDays * DAY_MS).toISOString();
}

export const isExpired = (o: { status: string; expiresAt: string }, now: string): boolean =>
  o.status === 'offered' && Date.parse(o.expiresAt) <= Date.parse(now);

/** Refuses a move the offer's status does not allow (an answer after the deadline included). */
export function assertOfferTransition(
  o: { status: OfferStatus; expiresAt: string },
  to: OfferStatus,
  now: string,
): void {
  if (!NEXT[o.status].includes(to)) throw conflict('offer-move-refused', { status: o.status, to });
  if ((to === 'accepted' || to === 'declined') && isExpired(o, now)) {
    throw conflict('offer-expired');
  }
}

/** Whether leaving `from` for `to` gives a place back. */
export const freesPlace = (from: OfferStatus, to: OfferStatus): boolean =>
  HOLDING.includes(from) && !HOLDING.includes(to);
