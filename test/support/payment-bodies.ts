/**
 * Well-formed bodies for the payment routes, for the malformed-input property test (spread into
 * its bodies; the path params are the ones it already has: `id`, `token`).
 */
export const PAYMENT_BODIES: Record<string, Record<string, unknown>> = {
  'POST /api/payments/:id/received': { version: 1 },
  'POST /api/payments/:id/refunds': { amount: 100, reason: 'Fuzz' },
  'POST /api/offers/:id/cancel': { expectedRefund: 0, reason: 'Fuzz' },
  'PUT /api/organization/payment-settings': {
    vatRateBasisPoints: 2100,
    pricesIncludeVat: true,
    vatNumber: null,
    invoicePrefix: '',
    reminderDays: [14],
    methods: ['bank_transfer'],
    bankIban: null,
    bankAccountName: null,
    version: 0,
  },
  'POST /api/public/offers/:token/payments': { method: 'bank_transfer' },
};
