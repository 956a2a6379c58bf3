/** Schemas of a client's medications and the organization's medication rules. */
import { type Static, Type } from '@sinclair/typebox';
import { MEDICATION_CLASSES, MEDICATION_SOURCES, RULE_EFFECTS } from '../domain/medications/types.ts';
import { MODALITIES } from '../domain/programs/types.ts';
import { INT_MAX, StringEnum, Uuid } from './common.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Day = Type.String({ maxLength: 10, description: 'A calendar day, YYYY-MM-DD' });
const TEXT = 200;

const TaperStepSchema = Type.Object(
  { on: Day, dose: Type.String({ maxLength: TEXT }) },
  { additionalProperties: false },
);

const medicationFields = {
  name: Type.String({ maxLength: TEXT, description: 'As prescribed or as the client calls it' }),
  medicationClass: Type.String({ maxLength: 40, description: `One of ${MEDICATION_CLASSES.join(', ')}` }),
  dose: Type.Optional(Nullable(Type.String({ maxLength: TEXT }))),
  startedOn: Type.Optional(Nullable(Day)),
  /** The last dose, past or planned (the end of a taper plan). */
  stoppedOn: Type.Optional(Nullable(Day)),
  taper: Type.Optional(Type.Array(TaperStepSchema, { maxItems: 52 })),
};

export const MedicationInputSchema = Type.Object(
  { ...medicationFields, source: StringEnum(MEDICATION_SOURCES) },
  { additionalProperties: false },
);
export type MedicationInput = Static<typeof MedicationInputSchema>;

export const MedicationUpdateSchema = Type.Object(
  { ...medicationFields, version: Type.Integer({ minimum: 1, maximum: INT_MAX }) },
  { additionalProperties: false },
);
export type MedicationUpdate = Static<typeof MedicationUpdateSchema>;

export const VersionBodySchema = Type.Object(
  { version: Type.Integer({ minimum: 1, maximum: INT_MAX }) },
  { additionalProperties: false },
);

export const MedicationSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  medicationClass: StringEnum(MEDICATION_CLASSES),
  dose: Nullable(Type.String()),
  startedOn: Nullable(Type.String()),
  stoppedOn: Nullable(Type.String()),
  taper: Type.Array(Type.Object({ on: Type.String(), dose: Type.String() })),
  source: StringEnum(MEDICATION_SOURCES),
  /** Null until a clinician confirms a client's report (a clinician's own entry is confirmed). */
  confirmed: Type.Union([Type.Object({ by: Type.String(), at: Type.String() }), Type.Null()]),
  version: Type.Integer(),
});
export type MedicationOut = Static<typeof MedicationSchema>;

const RuleSchema = Type.Object({
  medicationClass: StringEnum(MEDICATION_CLASSES),
  effect: StringEnum(RULE_EFFECTS),
  washoutDays: Type.Union([Type.Integer(), Type.Null()]),
  source: Type.String(),
});

const FindingSchema = Type.Object({
  medicationId: Type.String(),
  /** The sentence staff read (English; the web app words it from the fields below). */
  reason: Type.String(),
  effect: StringEnum(RULE_EFFECTS),
  lastDoseOn: Nullable(Type.String()),
  /** The first day the rule no longer applies; null when it does not lift by itself. */
  clearedFrom: Nullable(Type.String()),
  washoutDays: Type.Union([Type.Integer(), Type.Null()]),
  ruleSource: Type.String(),
});

export const MedicationListSchema = Type.Object({
  items: Type.Array(MedicationSchema),
  /** Per modality of the client's current programs: what the rules make of the list today. */
  checks: Type.Array(
    Type.Object({
      modality: StringEnum(MODALITIES),
      on: Type.String(),
      stops: Type.Array(FindingSchema),
      cautions: Type.Array(FindingSchema),
      lifted: Type.Array(FindingSchema),
    }),
  ),
});
export type MedicationList = Static<typeof MedicationListSchema>;

export const RuleSetSchema = Type.Object({
  modality: StringEnum(MODALITIES),
  origin: StringEnum(['default', 'organization'] as const),
  rules: Type.Array(RuleSchema),
});
export const RuleSetListSchema = Type.Object({ items: Type.Array(RuleSetSchema) });
export type RuleSetList = Static<typeof RuleSetListSchema>;

export const RulesPutSchema = Type.Object(
  {
    rules: Type.Array(
      Type.Object(
        {
          medicationClass: Type.String({ maxLength: 40 }),
          effect: Type.String({ maxLength: 20, description: `One of ${RULE_EFFECTS.join(', ')}` }),
          washoutDays: Type.Union([Type.Integer({ minimum: -INT_MAX, maximum: INT_MAX }), Type.Null()]),
          source: Type.String({ maxLength: 500 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: MEDICATION_CLASSES.length },
    ),
  },
  { additionalProperties: false },
);
export type RulesPut = Static<typeof RulesPutSchema>;
export const ModalityParams = Type.Object({ modality: StringEnum(MODALITIES) });
