/** Payment settings and stand-in credentials shared by the payment tests (made-up test keys). */
export const STRIPE_KEY = 'sk_test_standin';
export const STRIPE_WEBHOOK = 'whsec_standin';
export const MOLLIE_KEY = 'test_standinstandinstandinstandin';

export const PAYMENT_SETTINGS = {
  vatRateBasisPoints: 2100,
  pricesIncludeVat: true,
  vatNumber: 'NL123456789B01',
  invoicePrefix: '',
  reminderDays: [14, 3],
  methods: ['mollie', 'stripe', 'bank_transfer'],
  bankIban: 'NL91 ABNA 0417 1643 00',
  bankAccountName: 'Retreat Centre BV',
  mollieApiKey: MOLLIE_KEY,
  stripeSecretKey: STRIPE_KEY,
  stripeWebhookSecret: STRIPE_WEBHOOK,
  version: 0,
};
