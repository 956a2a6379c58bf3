/**
 * Places and the waitlist: a place is taken by an offer that is open or accepted; what is left is
 * never below zero; the waitlist takes people while it has room and the cohort is full.
 */

export interface PlaceCount {
  /** Places the listing sells. */
  places: number;
  /** Offers open (not yet answered) or accepted. */
  held: number;
  /** People waiting now. */
  waiting: number;
  /** How many may wait (0: no waitlist). */
  waitlistSize: number;
}

export const placesLeft = (c: Pick<PlaceCount, 'places' | 'held'>): number => Math.max(0, c.places - c.held);

/** Whether someone new can wait: the cohort is full and the list has room. */
export const waitlistOpen = (c: PlaceCount): boolean => placesLeft(c) === 0 && c.waiting < c.waitlistSize;

/** Where an eligible applicant goes: an offer, the waitlist, or nowhere (full, list full). */
export function placementFor(c: PlaceCount): 'offer' | 'waitlist' | 'full' {
  if (placesLeft(c) > 0) return 'offer';
  return waitlistOpen(c) ? 'waitlist' : 'full';
}
