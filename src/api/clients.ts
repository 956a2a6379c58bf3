/** Request and response schemas of /api/clients. The web app imports the Static types. */
import { type Static, Type } from '@sinclair/typebox';
import { SEX_AT_BIRTH } from '../domain/clients/client.ts';
import { INT_MAX, IsoDateTime, StringEnum, Uuid } from './common.ts';
import { PORTAL_LANGUAGES } from './portal.ts';

const Text = (max: number) => Type.String({ maxLength: max });
const OptText = (max: number) => Type.Optional(Type.Union([Type.String({ maxLength: max }), Type.Null()]));

export const SexAtBirthSchema = StringEnum(SEX_AT_BIRTH);

export const ClientLanguageSchema = StringEnum(PORTAL_LANGUAGES, {
  description:
    'The language of questionnaire emails and the client portal; a questionnaire this installation does not hold in that language is shown in English, with a notice naming the languages it holds',
});

export const EmergencyContactSchema = Type.Object(
  {
    name: OptText(200),
    relationship: OptText(100),
    phone: OptText(50),
  },
  { additionalProperties: false },
);

const clientInputProps = {
  givenName: Type.String({ minLength: 1, maxLength: 100 }),
  familyName: Type.String({ minLength: 1, maxLength: 100 }),
  preferredName: OptText(100),
  dateOfBirth: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' }),
  sexAtBirth: SexAtBirthSchema,
  gender: OptText(100),
  email: OptText(254),
  phone: OptText(50),
  address: OptText(500),
  emergencyContact: Type.Optional(Type.Union([EmergencyContactSchema, Type.Null()])),
  notes: OptText(20000),
  /** Optional: a new client gets English; an edit that leaves it out keeps the stored language. */
  language: Type.Optional(ClientLanguageSchema),
};

export const ClientCreateSchema = Type.Object(clientInputProps, { additionalProperties: false });
export type ClientCreate = Static<typeof ClientCreateSchema>;

export const ClientUpdateSchema = Type.Object(
  {
    ...clientInputProps,
    version: Type.Integer({ minimum: 1, maximum: INT_MAX, description: 'The version you edited' }),
  },
  { additionalProperties: false },
);
export type ClientUpdate = Static<typeof ClientUpdateSchema>;

export const VersionBodySchema = Type.Object(
  { version: Type.Integer({ minimum: 1, maximum: INT_MAX }) },
  { additionalProperties: false },
);

export const ClientSchema = Type.Object({
  id: Uuid,
  givenName: Text(100),
  familyName: Text(100),
  preferredName: Type.Union([Type.String(), Type.Null()]),
  dateOfBirth: Type.String(),
  sexAtBirth: SexAtBirthSchema,
  gender: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  emergencyContact: Type.Object({
    name: Type.Union([Type.String(), Type.Null()]),
    relationship: Type.Union([Type.String(), Type.Null()]),
    phone: Type.Union([Type.String(), Type.Null()]),
  }),
  language: ClientLanguageSchema,
  notes: Type.Optional(
    Type.Union([Type.String(), Type.Null()], {
      description: 'Absent when your role may not read clinical notes',
    }),
  ),
  version: Type.Integer(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  archivedAt: Type.Union([IsoDateTime, Type.Null()]),
  // Only the owner ever sees a restricted record (src/domain/data-rights/restriction.ts).
  restrictedAt: Type.Optional(
    Type.String({
      format: 'date-time',
      description: 'Present when the record is restricted (an erasure waiting for its retention period)',
    }),
  ),
});
export type Client = Static<typeof ClientSchema>;

export const ClientSummarySchema = Type.Object({
  id: Uuid,
  givenName: Type.String(),
  familyName: Type.String(),
  preferredName: Type.Union([Type.String(), Type.Null()]),
  dateOfBirth: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  archivedAt: Type.Union([IsoDateTime, Type.Null()]),
  updatedAt: IsoDateTime,
});
export type ClientSummary = Static<typeof ClientSummarySchema>;

export const ClientListQuerySchema = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 200,
        description:
          "Matches names, email, phone and the client's identifier (its id, or the id's first 8 or more characters)",
      }),
    ),
    status: Type.Optional(StringEnum(['active', 'archived', 'all'] as const, { default: 'active' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: INT_MAX, default: 0 })),
  },
  { additionalProperties: false },
);
export type ClientListQuery = Static<typeof ClientListQuerySchema>;

export const ClientListSchema = Type.Object({
  items: Type.Array(ClientSummarySchema),
  total: Type.Integer(),
});
export type ClientList = Static<typeof ClientListSchema>;
