/** Booking payments (issue 16 part 4): money, VAT, invoice numbers, schedule, statuses, providers. */
export * from './bank-transfer.ts';
export * from './invoice-number.ts';
export * from './money.ts';
export type * from './provider.ts';
export * from './refunds.ts';
export * from './schedule.ts';
export * from './status.ts';
export * from './vat.ts';
