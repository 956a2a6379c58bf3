/**
 * Schemas of /api/portal: what a client reaches without a staff account, through the single-use
 * invitation link in an email. The token in the path is the credential.
 */
import { type Static, Type } from '@sinclair/typebox';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';
import { CrisisContactSchema } from './crisis-lines.ts';
import { AnswersSchema, ItemSchema, SeverityBandSchema } from './instruments.ts';

export const PORTAL_LANGUAGES = ['en', 'nl'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

export const TokenParams = Type.Object({
  token: Type.String({ minLength: 20, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' }),
});

export const PortalInvitationSchema = Type.Object({
  /** e.g. "PHQ-9 at 1 month": the program's label of the timepoint. */
  label: Type.String(),
  organization: Type.Object({
    name: Type.String(),
    /** The zone the deadline is written in (the invitation email uses the same). */
    timezone: Type.String(),
    /** How the organization writes dates (nl-NL, en-GB, en-US). */
    locale: Type.String(),
  }),
  /** The client's preferred or given name, for the greeting. */
  clientName: Type.String(),
  /** The portal language chosen for this client. */
  language: StringEnum(PORTAL_LANGUAGES),
  dueAt: IsoDateTime,
  closesAt: IsoDateTime,
  instrument: Type.Object({
    id: Type.String(),
    name: Type.String(),
    shortName: Type.String(),
    /** The language of the texts below: the client's, when this installation holds it, else English. */
    language: Type.String(),
    /** True when this installation holds no translation in the client's language and English is shown. */
    fallback: Type.Boolean(),
    /** The languages this installation holds the questionnaire in (BCP 47), to name in the notice. */
    installedLanguages: Type.Array(Type.String()),
    recallPeriod: Type.String(),
    instructions: Type.Union([Type.String(), Type.Null()]),
    items: Type.Array(ItemSchema),
    /**
     * Answers that call for crisis support at once (from the instrument's safety rules): an answer to
     * `linkId` at `minValue` or above. The portal shows `crisis` the moment the client gives one.
     */
    riskItems: Type.Array(Type.Object({ linkId: Type.String(), minValue: Type.Integer() })),
  }),
  /** The crisis support shown after a risk answer, in the client's language. */
  crisis: Type.Object({
    message: Type.String(),
    /** Numbers to call, in order: the organization's crisis lines (else 112), then the clinic's phone. */
    contacts: Type.Array(CrisisContactSchema),
  }),
  /** Answers saved earlier from this link, or null. */
  draft: Type.Union([AnswersSchema, Type.Null()]),
});
export type PortalInvitation = Static<typeof PortalInvitationSchema>;

export const DraftSchema = Type.Object({ answers: AnswersSchema }, { additionalProperties: false });

export const SubmitSchema = Type.Object(
  {
    answers: AnswersSchema,
    /** Made once per page: a retry or a double tap with the same id stores one response. */
    submissionId: Uuid,
  },
  { additionalProperties: false },
);
export type PortalSubmit = Static<typeof SubmitSchema>;

export const SubmitResultSchema = Type.Object({
  completedAt: IsoDateTime,
  /** The organization's crisis-support message when an answer signals risk; otherwise null. */
  crisis: Type.Union([Type.Object({ message: Type.String() }), Type.Null()]),
  /** The score in plain terms, with the instrument's bands. */
  score: Type.Object({
    total: Type.Union([Type.Number(), Type.Null()]),
    severity: Type.Union([Type.String(), Type.Null()]),
    range: Type.Object({ min: Type.Number(), max: Type.Number() }),
    bands: Type.Array(SeverityBandSchema),
  }),
});
export type SubmitResult = Static<typeof SubmitResultSchema>;
