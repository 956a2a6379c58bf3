/** The retreat front office (issue 16): listings, applications with self-report, offers, waitlist. */
export * from './application.ts';
export * from './listing.ts';
export * from './offers.ts';
export * from './places.ts';
export * from './refund.ts';
export * from './self-report.ts';
export * from './visibility.ts';
