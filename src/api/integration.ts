/** Schemas of the integration window: a client's integration contacts and the difficult-session flag. */
import { type Static, Type } from '@sinclair/typebox';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const CONTACT_STATUSES = ['upcoming', 'attended', 'awaiting-record', 'missed'] as const;
/** Why a contact was pulled forward: the facilitator's flag, a CEQ above the threshold, or a CEQ that could not be judged. */
export const PULL_REASONS = ['flag', 'ceq', 'undecided'] as const;

export const IntegrationContactSchema = Type.Object({
  id: Uuid,
  dosingRecordId: Uuid,
  dosingSessionName: Type.String(),
  dosingEndedAt: IsoDateTime,
  windowOpensAt: IsoDateTime,
  windowClosesAt: IsoDateTime,
  session: Type.Object({
    id: Uuid,
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    status: StringEnum(['scheduled', 'completed', 'cancelled'] as const),
  }),
  status: StringEnum(CONTACT_STATUSES),
  pulledForward: Type.Boolean(),
  reasons: Type.Array(StringEnum(PULL_REASONS)),
  /** The facilitator's note with the difficult-session flag; null when not flagged or no note. */
  flagNote: Nullable(Type.String()),
});
export type IntegrationContact = Static<typeof IntegrationContactSchema>;

export const IntegrationContactListSchema = Type.Object({ items: Type.Array(IntegrationContactSchema) });
export type IntegrationContactList = Static<typeof IntegrationContactListSchema>;

export const DifficultFlagSchema = Type.Object(
  {
    difficult: Type.Boolean({ description: 'The facilitator marks the dosing session as difficult' }),
    note: Nullable(Type.String({ maxLength: 2000, description: 'What happened; required when difficult' })),
  },
  { additionalProperties: false },
);
export type DifficultFlag = Static<typeof DifficultFlagSchema>;

export const DifficultFlagResultSchema = Type.Object({
  dosingRecordId: Uuid,
  difficult: Type.Boolean(),
  note: Nullable(Type.String()),
  /** The integration contact after the flag (null until the dosing session ended). */
  contact: Nullable(IntegrationContactSchema),
});
export type DifficultFlagResult = Static<typeof DifficultFlagResultSchema>;

/** What the Today page shows beside an integration session: its window and why it moved. */
export const IntegrationSlotInfoSchema = Type.Object({
  windowOpensAt: IsoDateTime,
  windowClosesAt: IsoDateTime,
  pulledForward: Type.Boolean(),
  reasons: Type.Array(StringEnum(PULL_REASONS)),
});
export type IntegrationSlotInfo = Static<typeof IntegrationSlotInfoSchema>;
