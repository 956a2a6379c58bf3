/**
 * Request and response schemas of /api/programs, /api/program-templates and the consent documents.
 * The definition schema checks shape and sizes; the rules (unique keys, day ranges, instruments…)
 * are src/domain/programs/definition.ts, which names the failing field the same way.
 */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { UI_LANGUAGES } from '../domain/locale/locales.ts';
import { ANCHORS, FORMATS, MODALITIES, OFFSET_UNITS, PHASES, ROUTES } from '../domain/programs/types.ts';
import { INT_MAX, IsoDateTime, StringEnum, Uuid } from './common.ts';

const strict = { additionalProperties: false } as const;
const Nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);
const Key = Type.String({ maxLength: 40, description: 'Lower-case letters, digits and dashes' });
const Name = Type.String({ maxLength: 200 });
const Description = Type.String({ maxLength: 4000 });
const Arms = Nullable(Type.Array(Key, { maxItems: 10, description: 'Arm keys; null = every arm' }));
export const CalendarDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  maxLength: 10,
  description: 'YYYY-MM-DD',
});

export const ArmSchema = Type.Object({ key: Key, name: Name, description: Description }, strict);

export const PlannedDoseSchema = Type.Object(
  {
    substance: Type.String({ maxLength: 200 }),
    route: Nullable(StringEnum(ROUTES)),
    mgPerKg: Nullable(
      Type.Number({ description: 'Planned dose in mg per kg, when the protocol states one' }),
    ),
  },
  strict,
);

export const SessionPlanSchema = Type.Object(
  {
    key: Key,
    name: Name,
    phase: StringEnum(PHASES),
    kind: StringEnum(['personal', 'group'] as const),
    dosing: Nullable(PlannedDoseSchema),
    days: Type.Array(Type.Integer(), { maxItems: 200, description: 'Program days; day 0 = start date' }),
    startTime: Type.String({ maxLength: 5, description: 'Local HH:MM' }),
    durationMinutes: Type.Integer(),
    facilitatorsNeeded: Type.Integer(),
    arms: Arms,
    description: Description,
  },
  strict,
);

export const AssessmentPlanSchema = Type.Object(
  {
    key: Key,
    instrumentId: Type.String({ maxLength: 40 }),
    label: Name,
    anchor: StringEnum(ANCHORS),
    dosingNumbers: Nullable(Type.Array(Type.Integer(), { maxItems: 200 })),
    offset: Type.Object({ amount: Type.Integer(), unit: StringEnum(OFFSET_UNITS) }, strict),
    window: Type.Object({ beforeDays: Type.Integer(), afterDays: Type.Integer() }, strict),
    arms: Arms,
  },
  strict,
);

export const SafetySchema = Type.Object(
  {
    preDoseSystolicMax: Nullable(Type.Integer({ description: 'mmHg; null = not set' })),
    preDoseDiastolicMax: Nullable(Type.Integer({ description: 'mmHg; null = not set' })),
  },
  strict,
);

export const ProgramSourceSchema = Type.Object(
  {
    citation: Type.String({ maxLength: 1000 }),
    doi: Nullable(Type.String({ maxLength: 200 })),
    studyId: Nullable(Type.String({ maxLength: 100 })),
    note: Description,
  },
  strict,
);

export const IntegrationSchema = Type.Object(
  {
    fromHours: Type.Integer({
      description: 'The window opens this many hours after a dosing session ends; default 24',
    }),
    toHours: Type.Integer({ description: 'The window closes this many hours after it ends; default 72' }),
    pulledForwardHours: Type.Integer({
      description:
        'After a challenging experience, the first contact at least this many hours after the end; default 12',
    }),
    contactTime: Type.String({ description: "Local time 'HH:MM' a contact is booked at; default 10:00" }),
    durationMinutes: Type.Integer({ description: 'Length of the booked contact; default 60' }),
  },
  strict,
);

export const DefinitionSchema = Type.Object(
  {
    name: Name,
    description: Description,
    modality: StringEnum(MODALITIES),
    format: StringEnum(FORMATS),
    arms: Type.Array(ArmSchema, { maxItems: 10 }),
    sessions: Type.Array(SessionPlanSchema, { maxItems: 200 }),
    assessments: Type.Array(AssessmentPlanSchema, { maxItems: 200 }),
    safety: SafetySchema,
    reminderEveryDays: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 30,
        description: 'Days between questionnaire reminders until the window closes; 0 = none; default 3',
      }),
    ),
    /** The integration window after each dosing session (src/domain/integration-window); default 24–72 h. */
    integration: Type.Optional(IntegrationSchema),
    source: Nullable(ProgramSourceSchema),
  },
  strict,
);
export type DefinitionInput = Static<typeof DefinitionSchema>;

export const PlannedSessionSchema = Type.Object({
  planKey: Type.String(),
  occurrence: Type.Integer(),
  name: Type.String(),
  phase: StringEnum(PHASES),
  kind: StringEnum(['personal', 'group'] as const),
  dosing: Nullable(PlannedDoseSchema),
  day: Type.Integer(),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  facilitatorsNeeded: Type.Integer(),
  arms: Nullable(Type.Array(Type.String())),
});

export const AssessmentDueSchema = Type.Object({
  planKey: Type.String(),
  instrumentId: Type.String(),
  label: Type.String(),
  occurrence: Type.Integer(),
  dueAt: Nullable(IsoDateTime),
  windowOpensAt: Nullable(IsoDateTime),
  windowClosesAt: Nullable(IsoDateTime),
  /** The earliest answer that counts: the window's opening, or enrollment for a baseline. */
  answersFrom: Nullable(IsoDateTime),
  status: StringEnum(['upcoming', 'open', 'done', 'missed', 'unscheduled'] as const),
  responseId: Nullable(Type.String()),
});

export type ProgramTemplateItem = Static<typeof TemplateListSchema>['items'][number];
const TemplateLanguage = StringEnum(UI_LANGUAGES, {
  description: "The template's texts in this language where a translation is installed (else English)",
});

export const TemplateListQuerySchema = Type.Object(
  { language: Type.Optional(TemplateLanguage) },
  { additionalProperties: false },
);

export const TemplateListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      summary: Type.String(),
      definition: DefinitionSchema,
    }),
  ),
});

const UserRef = Type.Object({ id: Uuid, name: Type.String() });

export const ConsentDocumentSchema = Type.Object({
  id: Uuid,
  version: Type.Integer(),
  title: Type.String(),
  body: Type.String(),
  createdAt: IsoDateTime,
  createdBy: Nullable(UserRef),
});
export type ConsentDocument = Static<typeof ConsentDocumentSchema>;
export const ConsentDocumentListSchema = Type.Object({ items: Type.Array(ConsentDocumentSchema) });

export const ConsentDocumentCreateSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    body: Type.String({ minLength: 1, maxLength: 100_000, description: 'The text the client consents to' }),
  },
  strict,
);
export type ConsentDocumentCreate = Static<typeof ConsentDocumentCreateSchema>;

const programSummaryProps = {
  id: Uuid,
  name: Type.String(),
  modality: StringEnum(MODALITIES),
  format: StringEnum(FORMATS),
  templateId: Nullable(Type.String()),
  currentVersion: Type.Integer(),
  archivedAt: Nullable(IsoDateTime),
  updatedAt: IsoDateTime,
};

export const ProgramSummarySchema = Type.Object(programSummaryProps);
export type ProgramSummary = Static<typeof ProgramSummarySchema>;
export const ProgramListSchema = Type.Object({ items: Type.Array(ProgramSummarySchema) });

export const ProgramListQuerySchema = Type.Object(
  { status: Type.Optional(StringEnum(['active', 'archived', 'all'] as const, { default: 'active' })) },
  strict,
);

export const ProgramSchema = Type.Object({
  ...programSummaryProps,
  definition: DefinitionSchema,
  versions: Type.Array(
    Type.Object({ version: Type.Integer(), createdAt: IsoDateTime, createdBy: Nullable(UserRef) }),
  ),
  consentDocument: Nullable(ConsentDocumentSchema),
  createdAt: IsoDateTime,
});
export type Program = Static<typeof ProgramSchema>;

export const ProgramCreateSchema = Type.Object(
  {
    templateId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    /** With templateId: the language the template's texts are copied in. */
    language: Type.Optional(TemplateLanguage),
    definition: Type.Optional(DefinitionSchema),
    requestId: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          'A UUID the client makes once per "create": a repeated request with the same requestId (a double click, a retry) answers the program it created, not a second one',
      }),
    ),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    maxProperties: 3,
    description:
      'Exactly one of templateId and definition, an optional requestId, and with templateId an optional language',
  },
);
export type ProgramCreate = Static<typeof ProgramCreateSchema>;

export const ProgramUpdateSchema = Type.Object(
  {
    baseVersion: Type.Integer({ minimum: 1, maximum: INT_MAX, description: 'The version you edited' }),
    definition: DefinitionSchema,
  },
  strict,
);
export type ProgramUpdate = Static<typeof ProgramUpdateSchema>;

export const ProgramVersionParams = Type.Object({
  id: Uuid,
  version: Type.Integer({ minimum: 1, maximum: INT_MAX }),
});

export const ProgramVersionSchema = Type.Object({
  version: Type.Integer(),
  definition: DefinitionSchema,
  createdAt: IsoDateTime,
});
export type ProgramVersion = Static<typeof ProgramVersionSchema>;

export const PreviewSchema = Type.Object(
  {
    definition: DefinitionSchema,
    startDate: CalendarDate,
    timezone: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: "Default: the organization's" }),
    ),
    arm: Type.Optional(Nullable(Key)),
  },
  strict,
);
export type PreviewInput = Static<typeof PreviewSchema>;

export const PreviewResultSchema = Type.Object({
  sessions: Type.Array(PlannedSessionSchema),
  assessments: Type.Array(AssessmentDueSchema),
});
export type PreviewResult = Static<typeof PreviewResultSchema>;
