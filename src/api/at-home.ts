/** Schemas of at-home dosing: settings, the support person, check-ins and the support link. */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { CHECKIN_ANSWERS } from '../domain/dosing/at-home.ts';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';
import { CrisisContactSchema } from './crisis-lines.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Minutes = Type.Integer({ description: 'Minutes after the start' });

export const AtHomeSettingsPutSchema = Type.Object(
  {
    /** False: not at-home (the program's setting applies again to a session). */
    atHome: Type.Boolean(),
    checkinMinutes: Type.Optional(Type.Array(Minutes, { maxItems: 50, description: 'e.g. [30, 60, 120]' })),
    graceMinutes: Type.Optional(
      Type.Integer({ description: 'Minutes before an unanswered check-in is missed' }),
    ),
    askVitals: Type.Optional(Type.Boolean({ description: 'Check-ins ask for blood pressure and pulse' })),
  },
  { additionalProperties: false },
);
export type AtHomeSettingsPut = Static<typeof AtHomeSettingsPutSchema>;

export const AtHomeSettingsSchema = Type.Object({
  atHome: Type.Boolean(),
  /** Where the setting comes from: the session's own, its program's, or none. */
  source: Nullable(StringEnum(['program', 'session'] as const)),
  checkinMinutes: Type.Array(Type.Integer()),
  graceMinutes: Nullable(Type.Integer()),
  askVitals: Type.Boolean(),
});
export type AtHomeSettingsOut = Static<typeof AtHomeSettingsSchema>;

const Text = (max: number) => Type.String({ maxLength: max });

export const SupportPersonPutSchema = Type.Object(
  {
    name: Text(200),
    phone: Text(60),
    relationship: Type.String({ maxLength: 100, description: 'e.g. partner, friend, sister' }),
    /** The name the support person typed under the support duties. */
    attestedName: Text(200),
    /** The tick: "I have read and agree to the support duties". */
    agreed: Type.Boolean(),
    attestedAt: IsoDateTime,
    /** The version of the duties text they read (GET …/support-person gives the current one). */
    attestationVersion: Text(40),
  },
  { additionalProperties: false },
);
export type SupportPersonPut = Static<typeof SupportPersonPutSchema>;

export const SupportPersonSchema = Type.Object({
  enrollmentId: Uuid,
  /** Null: none recorded yet. */
  person: Nullable(
    Type.Object({
      name: Type.String(),
      phone: Type.String(),
      relationship: Type.String(),
      attestedName: Type.String(),
      agreed: Type.Boolean(),
      attestedAt: IsoDateTime,
      attestationVersion: Type.String(),
      updatedAt: IsoDateTime,
    }),
  ),
  /** Why an at-home session cannot start with this support person (empty: it can). */
  problems: Type.Array(Type.String()),
  currentVersion: Type.String(),
  /** The support duties of the current version, in English and Dutch. */
  duties: Type.Object({ en: Type.Array(Type.String()), nl: Type.Array(Type.String()) }),
});
export type SupportPersonOut = Static<typeof SupportPersonSchema>;

export const HomeCheckinSchema = Type.Object({
  id: Uuid,
  /** Null: an "I need help" sent between the scheduled check-ins. */
  offsetMinutes: Nullable(Type.Integer()),
  dueAt: IsoDateTime,
  answer: Nullable(StringEnum(CHECKIN_ANSWERS)),
  answeredBy: Nullable(StringEnum(['client', 'support'] as const)),
  answeredAt: Nullable(IsoDateTime),
  note: Nullable(Type.String()),
  systolic: Nullable(Type.Integer()),
  diastolic: Nullable(Type.Integer()),
  heartRate: Nullable(Type.Integer()),
  /** When it was found missed (no answer within the grace period); an alert was raised then. */
  missedAt: Nullable(IsoDateTime),
});
export type HomeCheckin = Static<typeof HomeCheckinSchema>;

export const HomeTimelineSchema = Type.Object({
  dosingRecordId: Uuid,
  settings: AtHomeSettingsSchema,
  support: SupportPersonSchema,
  checkins: Type.Array(HomeCheckinSchema),
  /** When the latest support link stops working (null: none made). */
  linkExpiresAt: Nullable(IsoDateTime),
});
export type HomeTimeline = Static<typeof HomeTimelineSchema>;

export const SupportLinkSchema = Type.Object({
  /** Shown once: only its SHA-256 is kept. */
  url: Type.String(),
  expiresAt: IsoDateTime,
});
export type SupportLink = Static<typeof SupportLinkSchema>;

export const CheckinAnswerSchema = Type.Object(
  {
    answer: StringEnum(CHECKIN_ANSWERS),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    systolic: Type.Optional(Nullable(Type.Integer())),
    diastolic: Type.Optional(Nullable(Type.Integer())),
    heartRate: Type.Optional(Nullable(Type.Integer())),
    /** The language of the page answering: the crisis lines come in it (default: the client's). */
    language: Type.Optional(StringEnum(['en', 'nl'] as const)),
  },
  { additionalProperties: false },
);
export type CheckinAnswerIn = Static<typeof CheckinAnswerSchema>;

export const CheckinResultSchema = Type.Object({
  checkin: HomeCheckinSchema,
  /** With "I need help": the organization's crisis lines, to call now. */
  crisis: Nullable(Type.Object({ message: Type.String(), contacts: Type.Array(CrisisContactSchema) })),
});
export type CheckinResult = Static<typeof CheckinResultSchema>;

/** What one answering a check-in sees: the times and answers, nothing else of the client. */
export const HomeSessionViewSchema = Type.Object({
  dosingRecordId: Uuid,
  organizationName: Type.String(),
  /** The organization's zone and locale, to show the times in (e.g. Europe/Amsterdam, nl-NL). */
  timeZone: Type.String(),
  locale: Nullable(Type.String()),
  /** The client's portal language (the portal shows it; the support link follows the device). */
  language: StringEnum(['en', 'nl'] as const),
  /** The client's first (or preferred) name, so the support person knows whose check-ins these are. */
  clientName: Type.String(),
  askVitals: Type.Boolean(),
  expiresAt: IsoDateTime,
  checkins: Type.Array(
    Type.Object({
      id: Uuid,
      dueAt: IsoDateTime,
      answer: Nullable(StringEnum(CHECKIN_ANSWERS)),
      answeredAt: Nullable(IsoDateTime),
      missed: Type.Boolean(),
    }),
  ),
});
export type HomeSessionView = Static<typeof HomeSessionViewSchema>;

export const PortalHomeSessionsSchema = Type.Object({ items: Type.Array(HomeSessionViewSchema) });
export type PortalHomeSessions = Static<typeof PortalHomeSessionsSchema>;
