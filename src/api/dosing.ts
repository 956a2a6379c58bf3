/** Request and response schemas of dosing records, vital signs and adverse events. */

import { type Static, Type } from '@sinclair/typebox';
import { AE_ACTIONS, AE_OUTCOMES, AE_TYPE_MAX_LENGTH } from '../domain/dosing/adverse-events.ts';
import { OVERRIDE_REASON_MAX_LENGTH } from '../domain/dosing/baseline.ts';
import { DOSE_LIMITS } from '../domain/dosing/dose.ts';
import { CONFIRMATION_REASON_MAX_LENGTH } from '../domain/dosing/dose-plan.ts';
import { SUBSTANCE_KINDS, WEIGHT_BASES } from '../domain/dosing/lots.ts';
import { DOSE_UNITS, TRUFFLE_GRAMS_MAX } from '../domain/dosing/product.ts';
import { VITAL_PHASES } from '../domain/dosing/vitals.ts';
import { ROUTES } from '../domain/programs/types.ts';
import { INT_MAX, IsoDateTime, StringEnum, Uuid } from './common.ts';
import { ClearanceSchema } from './enrollments.ts';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Named = Type.Object({ id: Uuid, name: Type.String() });

export const DosingRecordCreateSchema = Type.Object(
  {
    enrollmentId: Uuid,
    substance: Type.String({ minLength: 1, maxLength: DOSE_LIMITS.substanceMaxLength }),
    substanceKind: Type.Optional(Nullable(StringEnum(SUBSTANCE_KINDS))),
    doseMg: Type.Optional(
      Nullable(
        Type.Number({
          description: `Dose in mg (0 < mg ≤ ${DOSE_LIMITS.doseMg.max}); for truffles it is computed from the lot's assay: leave it out`,
        }),
      ),
    ),
    truffles: Type.Optional(
      Nullable(
        Type.Object(
          {
            grams: Type.Number({ description: `Weighed truffles, g (0 < g ≤ ${TRUFFLE_GRAMS_MAX})` }),
            basis: StringEnum(WEIGHT_BASES, { description: 'Fresh or dry weight (as the assay)' }),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    lotId: Type.Optional(Nullable(Uuid)),
    weightKg: Nullable(Type.Number({ description: 'Body weight recorded for this dose, kg' })),
    route: StringEnum(ROUTES),
    lotNumber: Nullable(Type.String({ maxLength: DOSE_LIMITS.lotNumberMaxLength })),
    startedAt: IsoDateTime,
    doseConfirmation: Type.Optional(
      Nullable(
        Type.Object(
          {
            reason: Type.String({
              minLength: 1,
              maxLength: CONFIRMATION_REASON_MAX_LENGTH,
              description: 'Why a dose at twice the planned mg/kg or more is given',
            }),
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);
export type DosingRecordCreate = Static<typeof DosingRecordCreateSchema>;

export const DosingRecordUpdateSchema = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: INT_MAX, description: 'The version you edited' }),
    endedAt: Nullable(IsoDateTime),
    dischargeReady: Type.Boolean({ description: 'Needs a discharge set of vital signs' }),
    dischargedAt: Nullable(IsoDateTime),
    dischargeNote: Nullable(Type.String({ maxLength: 5000 })),
    notes: Nullable(Type.String({ maxLength: 20000 })),
  },
  { additionalProperties: false },
);
export type DosingRecordUpdate = Static<typeof DosingRecordUpdateSchema>;

const VitalValue = Type.Optional(Nullable(Type.Integer({ minimum: -INT_MAX, maximum: INT_MAX })));
export const VitalsCreateSchema = Type.Object(
  {
    phase: StringEnum(VITAL_PHASES),
    measuredAt: IsoDateTime,
    systolic: VitalValue,
    diastolic: VitalValue,
    heartRate: VitalValue,
    spo2: VitalValue,
  },
  { additionalProperties: false },
);
export type VitalsCreate = Static<typeof VitalsCreateSchema>;

/** Baseline (pre-dose) vital signs of one client's dosing day: no dose needs to exist yet. */
export const BaselineVitalsCreateSchema = Type.Object(
  {
    measuredAt: IsoDateTime,
    systolic: VitalValue,
    diastolic: VitalValue,
    heartRate: VitalValue,
    spo2: VitalValue,
  },
  { additionalProperties: false },
);
export type BaselineVitalsCreate = Static<typeof BaselineVitalsCreateSchema>;

export const OverrideCreateSchema = Type.Object(
  {
    reason: Type.String({
      minLength: 1,
      maxLength: OVERRIDE_REASON_MAX_LENGTH,
      description: 'Why the dose may be given at this blood pressure',
    }),
  },
  { additionalProperties: false },
);
export type OverrideCreate = Static<typeof OverrideCreateSchema>;

export const DayParams = Type.Object({ id: Uuid, enrollmentId: Uuid });

export const VitalFlagSchema = Type.Object({
  field: Type.String(),
  message: Type.String(),
  code: Type.String({ description: "The message's code, to say it in another language" }),
  value: Type.Number({ description: 'The flagged reading' }),
  limit: Type.Number({ description: "The program's pre-dose limit it is above" }),
});

export const VitalSignSchema = Type.Object({
  id: Uuid,
  phase: StringEnum(VITAL_PHASES),
  measuredAt: IsoDateTime,
  systolic: Nullable(Type.Integer()),
  diastolic: Nullable(Type.Integer()),
  heartRate: Nullable(Type.Integer()),
  spo2: Nullable(Type.Integer()),
  flags: Type.Array(VitalFlagSchema),
  override: Nullable(
    Type.Object(
      { reason: Type.String(), by: Nullable(Named), at: IsoDateTime },
      { description: "A clinician's override of a flagged baseline" },
    ),
  ),
  recordedBy: Nullable(Named),
  recordedAt: IsoDateTime,
});
export type VitalSign = Static<typeof VitalSignSchema>;

export const AdverseEventCreateSchema = Type.Object(
  {
    type: Type.String({ minLength: 1, maxLength: AE_TYPE_MAX_LENGTH }),
    grade: Type.Integer({ minimum: 1, maximum: 5, description: 'CTCAE grade 1–5' }),
    action: StringEnum(AE_ACTIONS),
    outcome: StringEnum(AE_OUTCOMES),
    onsetAt: IsoDateTime,
    notes: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  },
  { additionalProperties: false },
);
export type AdverseEventCreate = Static<typeof AdverseEventCreateSchema>;

export const AdverseEventSchema = Type.Object({
  id: Uuid,
  type: Type.String(),
  grade: Type.Integer(),
  gradeLabel: Type.String(),
  action: StringEnum(AE_ACTIONS),
  outcome: StringEnum(AE_OUTCOMES),
  onsetAt: IsoDateTime,
  notes: Nullable(Type.String()),
  recordedBy: Nullable(Named),
  recordedAt: IsoDateTime,
});
export type AdverseEvent = Static<typeof AdverseEventSchema>;

export const SafetySettingsSchema = Type.Object({
  preDoseSystolicMax: Nullable(Type.Integer()),
  preDoseDiastolicMax: Nullable(Type.Integer()),
});

export const DosingRecordSchema = Type.Object({
  id: Uuid,
  sessionId: Uuid,
  enrollmentId: Uuid,
  client: Named,
  substance: Type.String(),
  substanceKind: Nullable(StringEnum(SUBSTANCE_KINDS)),
  doseMg: Type.Number(),
  /** The dose as weighed: equal to doseMg in 'mg'; grams fresh or dry for truffles. */
  doseAmount: Nullable(Type.Number()),
  doseUnit: Nullable(StringEnum(DOSE_UNITS)),
  lot: Nullable(Type.Object({ id: Uuid, code: Type.String() })),
  /** The assay a truffle dose's mg was computed from. */
  assayId: Nullable(Uuid),
  psilocinMg: Nullable(Type.Number()),
  weightKg: Nullable(Type.Number()),
  mgPerKg: Nullable(Type.Number()),
  plannedMgPerKg: Nullable(Type.Number({ description: 'The planned mg/kg the dose was checked against' })),
  doseConfirmationReason: Nullable(Type.String({ description: 'Why a dose far above the plan was given' })),
  route: StringEnum(ROUTES),
  lotNumber: Nullable(Type.String()),
  startedAt: IsoDateTime,
  endedAt: Nullable(IsoDateTime),
  dischargeReady: Type.Boolean(),
  dischargedAt: Nullable(IsoDateTime),
  dischargeNote: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  /** The facilitator's difficult-session flag (PUT /api/dosing-records/:id/difficult) and its note. */
  difficult: Type.Boolean(),
  difficultNote: Nullable(Type.String()),
  recordedBy: Nullable(Named),
  version: Type.Integer(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  vitals: Type.Array(VitalSignSchema),
  adverseEvents: Type.Array(AdverseEventSchema),
  safety: SafetySettingsSchema,
});
export type DosingRecord = Static<typeof DosingRecordSchema>;

export const BaselineGateSchema = Type.Object({
  allowed: Type.Boolean({ description: 'Whether the baseline blood pressure lets a dose be given' }),
  overridden: Type.Boolean(),
  message: Nullable(Type.String({ description: 'Why no dose may be given yet, in English' })),
  code: Nullable(
    Type.String({
      description: "The message's code (a field code of `baseline`), to say it in another language",
    }),
  ),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
    description: 'The values the message names',
  }),
});

/** One client's dosing day: what is checked before a dose, in the order it happens. */
export const DosingDaySchema = Type.Object({
  sessionId: Uuid,
  enrollmentId: Uuid,
  client: Named,
  clearance: ClearanceSchema,
  safety: SafetySettingsSchema,
  plannedDose: Nullable(
    Type.Object({
      substance: Type.String(),
      route: Nullable(StringEnum(ROUTES)),
      mgPerKg: Nullable(Type.Number()),
    }),
  ),
  baselineVitals: Type.Array(VitalSignSchema),
  gate: BaselineGateSchema,
  dosingRecords: Type.Array(Type.Object({ id: Uuid, doseMg: Type.Number(), startedAt: IsoDateTime })),
  atHome: Type.Boolean({
    description: "Dosed at home (the session's own setting, else its program's): a support person is needed",
  }),
});
export type DosingDay = Static<typeof DosingDaySchema>;
