/** TypeBox schemas of the front office: listings, the public offerings and applications, the queue, offers. */
import { type Static, Type } from '@sinclair/typebox';
import { APPLICATION_LANGUAGES, APPLICATION_STATUSES } from '../domain/front-office/application.ts';
import { OFFER_SOURCES, OFFER_STATUSES } from '../domain/front-office/offers.ts';
import { SCREENING_ANSWERS } from '../domain/screening/types.ts';
import { INT_MAX, IsoDateTime, StringEnum, Uuid } from './common.ts';
import { PaymentMethodSchema, PublicPaymentSchema } from './payments.ts';

const strict = { additionalProperties: false } as const;
const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
const CalendarDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Minor = Type.Integer({
  minimum: 0,
  maximum: 1_000_000_000,
  description: 'Integer minor units (cents)',
});

export const TierSchema = Type.Object(
  {
    minDaysBefore: Type.Integer({ minimum: 0, maximum: 3650 }),
    refundPercent: Type.Integer({ minimum: 0, maximum: 100 }),
  },
  strict,
);

export const ListingBodySchema = Type.Object(
  {
    published: Type.Boolean(),
    endDate: Nullable(CalendarDate),
    currency: Type.String({ minLength: 3, maxLength: 3 }),
    priceMinor: Minor,
    depositMinor: Minor,
    balanceDueDate: Nullable(CalendarDate),
    cancellationTiers: Type.Array(TierSchema, { maxItems: 10 }),
    places: Type.Integer({ minimum: 1, maximum: 10_000 }),
    waitlistSize: Type.Integer({ minimum: 0, maximum: 500 }),
    holdDays: Type.Integer({ minimum: 1, maximum: 60 }),
    version: Type.Optional(
      Type.Integer({ minimum: 1, maximum: INT_MAX, description: 'The version you edited' }),
    ),
  },
  strict,
);
export type ListingBody = Static<typeof ListingBodySchema>;

export const ListingSchema = Type.Object({
  cohortId: Uuid,
  published: Type.Boolean(),
  publishedAt: Nullable(IsoDateTime),
  endDate: Nullable(Type.String()),
  currency: Type.String(),
  priceMinor: Type.Integer(),
  depositMinor: Type.Integer(),
  balanceDueDate: Nullable(Type.String()),
  cancellationTiers: Type.Array(TierSchema),
  places: Type.Integer(),
  placesLeft: Type.Integer(),
  waitlistSize: Type.Integer(),
  waiting: Type.Integer(),
  holdDays: Type.Integer(),
  version: Type.Integer(),
});
export type Listing = Static<typeof ListingSchema>;
export const ListingOrNullSchema = Type.Object({ listing: Nullable(ListingSchema) });

export const OrgSlugParams = Type.Object({ orgSlug: Type.String({ minLength: 1, maxLength: 100 }) });
export const CohortFormParams = Type.Object({
  orgSlug: Type.String({ minLength: 1, maxLength: 100 }),
  cohortId: Uuid,
});
export const LanguageQuery = Type.Object({ language: Type.Optional(StringEnum(APPLICATION_LANGUAGES)) });

export const OfferingSchema = Type.Object({
  cohortId: Uuid,
  programName: Type.String(),
  startDate: Type.String(),
  endDate: Nullable(Type.String()),
  location: Nullable(Type.String()),
  placesLeft: Type.Integer(),
  waitlist: Type.Boolean({ description: 'True when the cohort is full and the waitlist takes names' }),
  price: Type.Object({
    amount: Type.Integer({ description: 'Integer minor units' }),
    currency: Type.String(),
    deposit: Type.Integer({ description: 'Integer minor units' }),
  }),
});
export const OfferingsSchema = Type.Object({
  organization: Type.Object({
    name: Type.String(),
    slug: Type.String(),
    locale: Type.String({ description: "The organization's BCP 47 locale, e.g. nl-NL" }),
    timeZone: Type.String({ description: "The organization's IANA time zone" }),
  }),
  items: Type.Array(OfferingSchema),
});

export const ApplicationFormSchema = Type.Object({
  cohortId: Uuid,
  language: StringEnum(APPLICATION_LANGUAGES),
  checklistVersion: Type.String(),
  questions: Type.Array(Type.Object({ id: Type.String(), text: Type.String(), translated: Type.Boolean() })),
  formToken: Type.String({
    description: 'Send back with the application; it must be at least a few seconds old',
  }),
});

const Medication = Type.Object(
  {
    name: Type.String({ maxLength: 200 }),
    dose: Type.Optional(Type.String({ maxLength: 100 })),
    frequency: Type.Optional(Type.String({ maxLength: 100 })),
  },
  strict,
);

export const ApplicationBodySchema = Type.Object(
  {
    cohortId: Uuid,
    givenName: Type.String({ maxLength: 200 }),
    familyName: Type.String({ maxLength: 200 }),
    email: Type.String({ maxLength: 254 }),
    dateOfBirth: Type.String({ maxLength: 10 }),
    language: Type.String({ maxLength: 5 }),
    answers: Type.Record(Type.String({ maxLength: 100 }), Type.String({ maxLength: 20 }), {
      maxProperties: 100,
    }),
    medications: Type.Optional(Type.Array(Medication, { maxItems: 30 })),
    /** Honeypot: a field people never see; anything in it marks a robot. */
    website: Type.Optional(Type.String({ maxLength: 500 })),
    formToken: Type.Optional(Type.String({ maxLength: 200 })),
  },
  strict,
);
export type ApplicationBody = Static<typeof ApplicationBodySchema>;

export const ApplicationReceiptSchema = Type.Object({
  status: Type.Literal('received'),
});

const ReportedMedication = Type.Object({
  name: Type.String(),
  dose: Type.String(),
  frequency: Type.String(),
});

export const OfferSchema = Type.Object({
  id: Uuid,
  status: StringEnum(OFFER_STATUSES),
  source: StringEnum(OFFER_SOURCES),
  offeredAt: IsoDateTime,
  expiresAt: IsoDateTime,
  respondedAt: Nullable(IsoDateTime),
  version: Type.Integer(),
});
export type Offer = Static<typeof OfferSchema>;

export const ApplicationSummarySchema = Type.Object({
  id: Uuid,
  cohort: Type.Object({ id: Uuid, name: Type.String(), startDate: Type.String() }),
  client: Type.Object({ id: Uuid, name: Type.String() }),
  status: StringEnum(APPLICATION_STATUSES),
  language: StringEnum(APPLICATION_LANGUAGES),
  submittedAt: IsoDateTime,
  openedAt: Nullable(
    Type.String({ description: 'When staff first opened the application; null while it is new' }),
  ),
  /** Self-reported hard stops and cautions answered yes, and unknown answers (ids). */
  reported: Type.Object({
    hardStops: Type.Array(Type.String()),
    cautions: Type.Array(Type.String()),
    unknown: Type.Array(Type.String()),
  }),
  waitlistPosition: Nullable(
    Type.Integer({ description: 'Place in line among those still waiting for the cohort (1 = next offer)' }),
  ),
  offer: Nullable(OfferSchema),
  version: Type.Integer(),
});
export type ApplicationSummary = Static<typeof ApplicationSummarySchema>;

export const ApplicationQueueQuery = Type.Object(
  {
    status: Type.Optional(StringEnum(APPLICATION_STATUSES)),
    cohortId: Type.Optional(Uuid),
  },
  strict,
);
export const ApplicationListSchema = Type.Object({ items: Type.Array(ApplicationSummarySchema) });

export const ApplicationDetailSchema = Type.Composite([
  ApplicationSummarySchema,
  Type.Object({
    email: Nullable(Type.String()),
    dateOfBirth: Type.String(),
    checklistVersion: Type.String(),
    selfReport: Type.Object({
      reportedBy: Type.Literal('client'),
      answers: Type.Array(
        Type.Object({
          id: Type.String(),
          text: Type.String(),
          severity: Type.String(),
          answer: StringEnum(SCREENING_ANSWERS),
        }),
      ),
      medications: Type.Array(ReportedMedication),
    }),
    decision: Nullable(
      Type.Object({
        decision: StringEnum(['eligible', 'ineligible'] as const),
        reasons: Type.Array(Type.String()),
        decidedBy: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
        decidedAt: IsoDateTime,
      }),
    ),
  }),
]);
export type ApplicationDetail = Static<typeof ApplicationDetailSchema>;

export const DecisionBodySchema = Type.Object(
  {
    decision: StringEnum(['eligible', 'ineligible'] as const),
    reasons: Type.Array(Type.String({ maxLength: 2000 }), { minItems: 1, maxItems: 20 }),
    version: Type.Integer({ minimum: 1, maximum: INT_MAX, description: 'The version you saw' }),
  },
  strict,
);
export type DecisionBody = Static<typeof DecisionBodySchema>;

export const OfferResponseBodySchema = Type.Object(
  {
    status: StringEnum(['accepted', 'declined', 'withdrawn'] as const),
    reason: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  strict,
);
export type OfferResponseBody = Static<typeof OfferResponseBodySchema>;

export const OfferTokenParams = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }) });
export const PublicOfferSchema = Type.Object({
  status: StringEnum(OFFER_STATUSES),
  expiresAt: IsoDateTime,
  organization: Type.String(),
  programName: Type.String(),
  startDate: Type.String(),
  endDate: Nullable(Type.String()),
  location: Nullable(Type.String()),
  /** The listing's price and deposit; null when the cohort has no listing any more. */
  price: Nullable(
    Type.Object({
      amount: Type.Integer({ description: 'Integer minor units' }),
      currency: Type.String(),
      deposit: Type.Integer({ description: 'Integer minor units' }),
    }),
  ),
  timeZone: Type.String({ description: "The organization's IANA time zone (the deadline is in it)" }),
  language: StringEnum(APPLICATION_LANGUAGES, { description: 'The language the applicant applied in' }),
  /** The ways this organization takes payment (src/api/payments.ts). */
  paymentMethods: Type.Array(PaymentMethodSchema),
  /** What is due next and the latest payment's status; null when nothing is due. */
  payment: PublicPaymentSchema,
});
export const PublicOfferAnswerSchema = Type.Object(
  { answer: StringEnum(['accept', 'decline'] as const) },
  strict,
);
