/**
 * Schemas of the client's portal home: sign-in by an emailed link, upcoming sessions, pending
 * questionnaires, the client's own score history and their private integration journal.
 */
import { type Static, Type } from '@sinclair/typebox';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';
import { SeverityBandSchema } from './instruments.ts';
import { PORTAL_LANGUAGES } from './portal.ts';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const SignInLinkRequestSchema = Type.Object(
  { email: Type.String({ format: 'email', maxLength: 320 }) },
  { additionalProperties: false },
);

export const PortalSignInSchema = Type.Object(
  { token: Type.String({ minLength: 20, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
);

export const PortalHomeSchema = Type.Object({
  client: Type.Object({ name: Type.String(), language: StringEnum(PORTAL_LANGUAGES) }),
  organization: Type.Object({ name: Type.String() }),
  /** IANA zone the times below are meant to be shown in (the organization's). */
  timezone: Type.String(),
  sessions: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      kind: StringEnum(['personal', 'group'] as const),
      startsAt: IsoDateTime,
      endsAt: IsoDateTime,
      room: Nullable(Type.String()),
      location: Nullable(Type.String()),
    }),
    { description: 'Upcoming sessions (not cancelled), soonest first' },
  ),
  questionnaires: Type.Array(
    Type.Object({
      label: Type.String(),
      instrumentName: Type.String(),
      closesAt: IsoDateTime,
      /** A fresh link to answer it: '/p/<token>'. */
      href: Type.String(),
    }),
    { description: 'Questionnaires open now and not yet answered' },
  ),
  history: Type.Array(
    Type.Object({
      instrumentId: Type.String(),
      name: Type.String(),
      shortName: Type.String(),
      range: Type.Object({ min: Type.Number(), max: Type.Number() }),
      bands: Type.Array(SeverityBandSchema),
      /** Which direction is better: the page says "lower is better" and so on. */
      better: StringEnum(['lower', 'higher', 'none'] as const),
      points: Type.Array(
        Type.Object({ at: IsoDateTime, total: Type.Number(), severity: Nullable(Type.String()) }),
      ),
    }),
    { description: 'The client’s own scores per questionnaire, oldest first' },
  ),
});
export type PortalHome = Static<typeof PortalHomeSchema>;

export const JournalEntrySchema = Type.Object({
  id: Uuid,
  body: Type.String(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** When the client shared it with their care team; null = private. */
  sharedAt: Nullable(IsoDateTime),
});
export type JournalEntry = Static<typeof JournalEntrySchema>;

export const JournalBodySchema = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: 10_000 }) },
  { additionalProperties: false },
);
export const JournalShareSchema = Type.Object({ shared: Type.Boolean() }, { additionalProperties: false });

export const PortalLinkSentSchema = Type.Object({ sentTo: Type.String(), expiresAt: IsoDateTime });
