/** Schemas of the active organization's settings and its members. */
import { type Static, Type } from '@sinclair/typebox';
import { MIN_CELL_SIZE_RANGE } from '../domain/outcomes/disclosure.ts';
import { CRISIS_MESSAGE_MAX_LENGTH } from '../domain/portal/crisis.ts';
import { RoleSchema } from './auth.ts';
import { IsoDateTime, Uuid } from './common.ts';

export const OrganizationSchema = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: Type.String(),
  requireTwoFactor: Type.Boolean(),
  timezone: Type.String({ description: "IANA time zone of the organization's local session times" }),
  locale: Type.String({
    description:
      "How dates, times and numbers are written, and the staff app's default language: nl-NL, en-GB or en-US",
  }),
  crisisMessage: Type.Union([Type.String(), Type.Null()], {
    description:
      "Shown to a client in the portal right after an answer that signals risk; null shows Threshold's default text in the client's language",
  }),
  minCellSize: Type.Integer({
    description:
      "Researchers' outcome aggregates over fewer clients than this are withheld (small-cell suppression)",
  }),
  phone: Type.Union([Type.String(), Type.Null()], {
    description: "The clinic's own phone number, offered to a client after a risk answer; null: not set",
  }),
  ceqThreshold: Type.Union([Type.Number(), Type.Null()], {
    description:
      'A CEQ total above this marks a challenging experience (an alert; the integration contact pulled forward); null: not set',
  }),
  createdAt: IsoDateTime,
});
export type Organization = Static<typeof OrganizationSchema>;

export const OrganizationUpdateSchema = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    requireTwoFactor: Type.Optional(Type.Boolean()),
    timezone: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. Europe/Amsterdam' }),
    ),
    locale: Type.Optional(Type.String({ minLength: 1, maxLength: 16, description: 'nl-NL, en-GB or en-US' })),
    crisisMessage: Type.Optional(
      Type.Union([Type.String({ maxLength: CRISIS_MESSAGE_MAX_LENGTH }), Type.Null()], {
        description:
          "The crisis-support message (trimmed); an empty string or null restores Threshold's default",
      }),
    ),
    minCellSize: Type.Optional(
      Type.Integer({
        minimum: MIN_CELL_SIZE_RANGE.min,
        maximum: MIN_CELL_SIZE_RANGE.max,
        description: 'Minimum number of clients behind an aggregate a researcher sees (default 5)',
      }),
    ),
    phone: Type.Optional(
      Type.Union([Type.String({ maxLength: 64 }), Type.Null()], {
        description:
          "The clinic's phone number: digits, spaces, +, - and parentheses; an empty string or null clears it",
      }),
    ),
    ceqThreshold: Type.Optional(
      Type.Union([Type.Number({ minimum: 0, maximum: 1000 }), Type.Null()], {
        description: 'The CEQ total above which an experience counts as challenging; null clears it',
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type OrganizationUpdate = Static<typeof OrganizationUpdateSchema>;

export const MemberSchema = Type.Object({
  userId: Uuid,
  email: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  totpEnabled: Type.Boolean(),
  disabled: Type.Boolean(),
  joinedAt: IsoDateTime,
});
export type Member = Static<typeof MemberSchema>;

export const MemberListSchema = Type.Object({ items: Type.Array(MemberSchema) });

export const MemberCreateSchema = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    role: RoleSchema,
    password: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 256,
        description:
          'Initial password for a new user (at least 12 characters); ignored when the email already has an account',
      }),
    ),
  },
  { additionalProperties: false },
);
export type MemberCreate = Static<typeof MemberCreateSchema>;

export const MemberUpdateSchema = Type.Object({ role: RoleSchema }, { additionalProperties: false });
export const MemberParams = Type.Object({ userId: Uuid });
