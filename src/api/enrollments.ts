/** Request and response schemas of /api/enrollments (screening, decisions, consent) and the checklists. */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { CONDITIONS } from '../domain/outcomes/conditions.ts';
import { ENROLLMENT_STATUSES, MODALITIES } from '../domain/programs/types.ts';
import { SCREENING_ANSWERS } from '../domain/screening/types.ts';
import { INT_MAX, IsoDateTime, StringEnum, Uuid } from './common.ts';
import { CalendarDate } from './programs.ts';

const Nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);
const Ref = Type.Object({ id: Uuid, name: Type.String() });
const strict = { additionalProperties: false } as const;

export const CONSENT_METHODS = ['in-person signature', 'electronic signature', 'verbal, witnessed'] as const;
export const StatusSchema = StringEnum(ENROLLMENT_STATUSES);

/** One reason a client is not cleared, as a code (e.g. `screening-hard-stop`) and its values. */
export const ClearanceCodeSchema = Type.Object({
  code: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});

export const ClearanceSchema = Type.Object({
  cleared: Type.Boolean({
    description: 'Eligible, consented to the current consent document, and not withdrawn',
  }),
  reasons: Type.Array(Type.String(), { description: 'Why not, in sentences' }),
  codes: Type.Array(ClearanceCodeSchema, {
    description: 'The same reasons as stable codes with their values, for translating them',
  }),
});

const enrollmentSummaryProps = {
  id: Uuid,
  client: Ref,
  program: Ref,
  programVersion: Type.Integer(),
  cohort: Nullable(Ref),
  arm: Nullable(Type.String()),
  /** The condition treated, for outcome subgroups (src/domain/outcomes/conditions.ts). */
  condition: Nullable(Type.String()),
  startDate: Type.String({ description: 'YYYY-MM-DD: program day 0 for this client' }),
  status: StatusSchema,
  statusChangedAt: IsoDateTime,
};

export const EnrollmentSummarySchema = Type.Object(enrollmentSummaryProps);
export type EnrollmentSummary = Static<typeof EnrollmentSummarySchema>;
export const EnrollmentListSchema = Type.Object({ items: Type.Array(EnrollmentSummarySchema) });

export const EnrollmentListQuerySchema = Type.Object(
  {
    clientId: Type.Optional(Uuid),
    cohortId: Type.Optional(Uuid),
    programId: Type.Optional(Uuid),
    status: Type.Optional(StatusSchema),
  },
  strict,
);
export type EnrollmentListQuery = Static<typeof EnrollmentListQuerySchema>;

export const ChecklistItemSchema = Type.Object({
  id: Type.String(),
  text: Type.String(),
  severity: StringEnum(['hard-stop', 'caution'] as const),
  guidance: Type.String(),
});

export const ChecklistSchema = Type.Object({
  id: Type.String(),
  version: Type.String(),
  modality: StringEnum(MODALITIES),
  title: Type.String(),
  items: Type.Array(ChecklistItemSchema),
  source: Type.String(),
});

export type ChecklistResponse = Static<typeof ChecklistSchema>;

export const ChecklistParams = Type.Object({ modality: StringEnum(MODALITIES) });

const Medication = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    dose: Type.String({ maxLength: 100 }),
    frequency: Type.String({ maxLength: 100 }),
  },
  strict,
);

const VitalNumber = Type.Optional(Nullable(Type.Number()));

export const IntakeVitalsInputSchema = Type.Object(
  {
    systolic: VitalNumber,
    diastolic: VitalNumber,
    heartRate: VitalNumber,
    spo2: VitalNumber,
    weightKg: VitalNumber,
    heightCm: VitalNumber,
    measuredAt: Type.Optional(Nullable(IsoDateTime)),
    confirmUnusual: Type.Optional(
      Type.Boolean({
        description:
          'true when a blood pressure outside the plausible resting range (systolic above 250 or diastolic above 150 mmHg) was re-measured and is correct',
      }),
    ),
  },
  strict,
);

export const IntakeVitalsSchema = Type.Object({
  systolic: Nullable(Type.Number()),
  diastolic: Nullable(Type.Number()),
  heartRate: Nullable(Type.Number()),
  spo2: Nullable(Type.Number()),
  weightKg: Nullable(Type.Number()),
  heightCm: Nullable(Type.Number()),
  measuredAt: Nullable(IsoDateTime),
});

export const ScreeningCreateSchema = Type.Object(
  {
    answers: Type.Record(Type.String({ maxLength: 100 }), StringEnum(SCREENING_ANSWERS), {
      maxProperties: 200,
      description: 'Checklist item id → yes | no | unknown',
    }),
    medications: Type.Array(Medication, { maxItems: 100 }),
    vitals: IntakeVitalsInputSchema,
    notes: Type.Optional(Nullable(Type.String({ maxLength: 20_000 }))),
  },
  strict,
);
export type ScreeningCreate = Static<typeof ScreeningCreateSchema>;

export const ScreeningSchema = Type.Object({
  id: Uuid,
  modality: StringEnum(MODALITIES),
  checklistVersion: Type.String(),
  answers: Type.Record(Type.String(), StringEnum(SCREENING_ANSWERS)),
  evaluation: Type.Object({
    hardStops: Type.Array(ChecklistItemSchema),
    cautions: Type.Array(ChecklistItemSchema),
    unanswered: Type.Array(ChecklistItemSchema),
  }),
  medications: Type.Array(
    Type.Object({ name: Type.String(), dose: Type.String(), frequency: Type.String() }),
  ),
  vitals: IntakeVitalsSchema,
  notes: Nullable(Type.String()),
  recordedAt: IsoDateTime,
  recordedBy: Nullable(Ref),
  decision: Nullable(StringEnum(['eligible', 'ineligible'] as const)),
  rationale: Nullable(Type.String()),
  decidedAt: Nullable(IsoDateTime),
  decidedBy: Nullable(Ref),
});
export type Screening = Static<typeof ScreeningSchema>;

export const ScreeningParams = Type.Object({ id: Uuid, screeningId: Uuid });

export const DecisionSchema = Type.Object(
  {
    decision: StringEnum(['eligible', 'ineligible'] as const),
    rationale: Type.String({ maxLength: 4000, description: "The clinician's reasoning (required)" }),
  },
  strict,
);
export type DecisionInput = Static<typeof DecisionSchema>;

export const ConsentCreateSchema = Type.Object(
  {
    documentVersion: Type.Integer({ minimum: 1, maximum: INT_MAX }),
    signedAt: IsoDateTime,
    method: StringEnum(CONSENT_METHODS),
  },
  strict,
);
export type ConsentCreate = Static<typeof ConsentCreateSchema>;

export const ConsentSchema = Type.Object({
  id: Uuid,
  documentId: Uuid,
  documentVersion: Type.Integer(),
  documentTitle: Type.String(),
  signedAt: IsoDateTime,
  method: StringEnum(CONSENT_METHODS),
  recordedBy: Nullable(Ref),
  createdAt: IsoDateTime,
  withdrawnAt: Nullable(IsoDateTime),
  /** SHA-256 (hex) of the document text consented to; null for a consent recorded before it was kept. */
  documentSha256: Nullable(Type.String()),
  /** True when the client signed in the portal (typed name, tick, address and device recorded). */
  signedInPortal: Type.Boolean(),
});
export type Consent = Static<typeof ConsentSchema>;

export const EnrollmentSchema = Type.Object({
  ...enrollmentSummaryProps,
  version: Type.Integer(),
  statusReason: Nullable(Type.String()),
  createdAt: IsoDateTime,
  events: Type.Array(
    Type.Object({
      from: Nullable(StatusSchema),
      to: StatusSchema,
      reason: Nullable(Type.String()),
      at: IsoDateTime,
      by: Nullable(Ref),
    }),
  ),
  screenings: Type.Array(ScreeningSchema),
  consents: Type.Array(ConsentSchema),
  clearance: ClearanceSchema,
  facilitator: Nullable(Ref),
});
export type Enrollment = Static<typeof EnrollmentSchema>;

/** A uuid with a description of its own, typed as Uuid so that declaration files can name it. */
const describedUuid = (description: string): typeof Uuid => ({ ...Uuid, description });

export const EnrollmentCreateSchema = Type.Object(
  {
    clientId: Uuid,
    programId: Uuid,
    cohortId: Type.Optional(Nullable(Uuid)),
    arm: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
    condition: Type.Optional(Nullable(StringEnum(CONDITIONS))),
    startDate: Type.Optional(Nullable(CalendarDate)),
    facilitatorId: Type.Optional(
      Nullable(describedUuid("Runs the client's personal sessions (owner, clinician or facilitator)")),
    ),
  },
  strict,
);
export type EnrollmentCreate = Static<typeof EnrollmentCreateSchema>;

export const TransitionSchema = Type.Object(
  {
    to: StatusSchema,
    reason: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    version: Type.Integer({ minimum: 1, maximum: INT_MAX, description: 'The version you saw' }),
  },
  strict,
);
export type TransitionInput = Static<typeof TransitionSchema>;

/**
 * A screening being filled in, as the form holds it (text as typed, nothing evaluated): answers,
 * medications, vital signs as typed, the time measured and notes.
 */
export const ScreeningDraftBodySchema = Type.Object(
  {
    answers: Type.Record(Type.String({ maxLength: 100 }), StringEnum(SCREENING_ANSWERS), {
      maxProperties: 200,
    }),
    medications: Type.Array(Medication, { maxItems: 100 }),
    vitals: Type.Record(Type.String({ maxLength: 30 }), Type.String({ maxLength: 30 }), {
      maxProperties: 10,
    }),
    confirmUnusual: Type.Optional(Type.Boolean()),
    measuredAt: Type.String({ maxLength: 40 }),
    notes: Type.String({ maxLength: 20_000 }),
  },
  strict,
);
export type ScreeningDraftBody = Static<typeof ScreeningDraftBodySchema>;

export const ScreeningDraftSchema = Type.Object({
  draft: Nullable(ScreeningDraftBodySchema),
  updatedAt: Nullable(IsoDateTime),
  updatedBy: Nullable(Ref),
});
export type ScreeningDraft = Static<typeof ScreeningDraftSchema>;

export const EnrollmentFacilitatorSchema = Type.Object(
  {
    userId: Nullable(describedUuid("The member who runs the client's personal sessions; null = no one")),
    version: Type.Integer({ minimum: 1, maximum: INT_MAX, description: 'The version you saw' }),
  },
  strict,
);
export type EnrollmentFacilitatorInput = Static<typeof EnrollmentFacilitatorSchema>;
