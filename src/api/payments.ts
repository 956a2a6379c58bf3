/** TypeBox schemas of booking payments: the public pay route, staff payments panel, settings. */
import { type Static, Type } from '@sinclair/typebox';
import { PAYMENT_KINDS, PAYMENT_METHODS, PAYMENT_STATUSES } from '../domain/payments/status.ts';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';

const strict = { additionalProperties: false } as const;
const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
const CalendarDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Minor = Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'Integer minor units' });
const Currency = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217' });

export const PaymentMethodSchema = StringEnum(PAYMENT_METHODS);
export const PaymentStatusSchema = StringEnum(PAYMENT_STATUSES);
export const AmountSchema = Type.Object({ amount: Minor, currency: Currency });

/** What GET /api/public/offers/:token adds. */
export const PublicPaymentSchema = Nullable(
  Type.Object({
    status: PaymentStatusSchema,
    amountDue: AmountSchema,
    /** What is due next (null when everything is paid): the deposit, the balance, or the whole price. */
    kind: Nullable(StringEnum(PAYMENT_KINDS)),
    /** 'YYYY-MM-DD' the amount falls due; null: now. */
    dueDate: Nullable(CalendarDate),
  }),
);

export const PublicPaymentBodySchema = Type.Object({ method: PaymentMethodSchema }, strict);
export type PublicPaymentBody = Static<typeof PublicPaymentBodySchema>;

export const BankTransferSchema = Type.Object({
  iban: Type.String(),
  accountName: Type.String(),
  reference: Type.String(),
  amount: Minor,
  currency: Currency,
});

export const PublicPaymentCreatedSchema = Type.Object({
  paymentId: Uuid,
  status: PaymentStatusSchema,
  checkoutUrl: Nullable(Type.String()),
  bankTransfer: Nullable(BankTransferSchema),
});
export type PublicPaymentCreated = Static<typeof PublicPaymentCreatedSchema>;

export const RefundSchema = Type.Object({
  id: Uuid,
  amount: Minor,
  status: Type.String(),
  reason: Type.String(),
  createdAt: IsoDateTime,
});

export const PaymentSchema = Type.Object({
  id: Uuid,
  kind: StringEnum(PAYMENT_KINDS),
  method: PaymentMethodSchema,
  status: PaymentStatusSchema,
  amount: Minor,
  currency: Currency,
  reference: Nullable(Type.String()),
  flaggedForRefund: Type.Boolean(),
  flagReason: Nullable(Type.String()),
  paidAt: Nullable(IsoDateTime),
  createdAt: IsoDateTime,
  invoiceNumber: Nullable(Type.String()),
  refunded: Minor,
  refunds: Type.Array(RefundSchema),
  version: Type.Integer(),
});
export type Payment = Static<typeof PaymentSchema>;

export const PaymentPanelSchema = Type.Object({
  offerId: Uuid,
  offerStatus: Type.String(),
  currency: Currency,
  total: Minor,
  deposit: Minor,
  balance: Minor,
  balanceDueDate: Nullable(CalendarDate),
  paid: Minor,
  refunded: Minor,
  due: Nullable(
    Type.Object({ kind: StringEnum(PAYMENT_KINDS), amount: Minor, dueDate: Nullable(CalendarDate) }),
  ),
  cancellation: Type.Object({
    daysBefore: Type.Integer(),
    refundPercent: Type.Integer(),
    refund: Minor,
  }),
  payments: Type.Array(PaymentSchema),
});
export type PaymentPanel = Static<typeof PaymentPanelSchema>;

/** A client's bookings: one panel per offer made to them, newest first. */
export const BookingsSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      programName: Type.String(),
      startDate: Type.String(),
      panel: PaymentPanelSchema,
    }),
  ),
});
export type Bookings = Static<typeof BookingsSchema>;

export const ReceivedBodySchema = Type.Object({ version: Type.Integer({ minimum: 1 }) }, strict);
export const RefundBodySchema = Type.Object(
  {
    amount: Type.Integer({ minimum: 1, maximum: 1_000_000_000 }),
    reason: Type.String({ minLength: 1, maxLength: 500 }),
  },
  strict,
);
export type RefundBody = Static<typeof RefundBodySchema>;

export const CancelBodySchema = Type.Object(
  {
    /** The refund the staff member saw and confirmed; a different policy refund now is a 409. */
    expectedRefund: Minor,
    reason: Type.String({ minLength: 1, maxLength: 500 }),
  },
  strict,
);
export type CancelBody = Static<typeof CancelBodySchema>;

export const PaymentSettingsSchema = Type.Object({
  vatRateBasisPoints: Type.Integer(),
  pricesIncludeVat: Type.Boolean(),
  vatNumber: Nullable(Type.String()),
  invoicePrefix: Type.String(),
  reminderDays: Type.Array(Type.Integer()),
  methods: Type.Array(PaymentMethodSchema),
  bankIban: Nullable(Type.String()),
  bankAccountName: Nullable(Type.String()),
  /** Whether each secret is set; the secrets themselves are never returned. */
  secrets: Type.Object({
    mollieApiKey: Type.Boolean(),
    stripeSecretKey: Type.Boolean(),
    stripeWebhookSecret: Type.Boolean(),
  }),
  version: Type.Integer(),
});
export type PaymentSettings = Static<typeof PaymentSettingsSchema>;

const Secret = Type.Optional(
  Nullable(Type.String({ minLength: 1, maxLength: 300, description: 'Write-only; null clears it' })),
);

export const PaymentSettingsBodySchema = Type.Object(
  {
    vatRateBasisPoints: Type.Integer({ minimum: 0, maximum: 10_000 }),
    pricesIncludeVat: Type.Boolean(),
    vatNumber: Nullable(Type.String({ maxLength: 20 })),
    invoicePrefix: Type.String({ maxLength: 10 }),
    reminderDays: Type.Array(Type.Integer({ minimum: 0, maximum: 365 }), { maxItems: 5 }),
    methods: Type.Array(PaymentMethodSchema, { maxItems: 3, uniqueItems: true }),
    bankIban: Nullable(Type.String({ maxLength: 42 })),
    bankAccountName: Nullable(Type.String({ maxLength: 140 })),
    mollieApiKey: Secret,
    stripeSecretKey: Secret,
    stripeWebhookSecret: Secret,
    /** 0 when creating the settings. */
    version: Type.Integer({ minimum: 0 }),
  },
  strict,
);
export type PaymentSettingsBody = Static<typeof PaymentSettingsBodySchema>;
