/**
 * Front-office queries, one file per idea: listings, applications, the intake queue, offers and
 * the waitlist. Every function over an organization's data takes the organization id first; the
 * two cross-organization reads (an offer by its link token, offers past their deadline for the
 * scheduler) say so. Callers import them from here.
 */
export * from './applications.repository.ts';
export * from './listings.repository.ts';
export * from './offers.repository.ts';
export * from './queue.repository.ts';
export * from './waitlist.repository.ts';
