/** Request and response schemas of /api/sessions: the calendar of program sessions. */
import { type Static, Type } from '@sinclair/typebox';
import { PHASES, ROUTES } from '../domain/programs/types.ts';
import { INT_MAX, IsoDateTime, StringEnum, Uuid } from './common.ts';
import { IntegrationSlotInfoSchema } from './integration.ts';

export const SESSION_STATUSES = ['scheduled', 'completed', 'cancelled'] as const;
export const BOOKINGS = ['booked', 'held'] as const;
export const ATTENDANCE = ['attended', 'absent', 'excused'] as const;
export const CONFLICT_KINDS = [
  'facilitator-double-booked',
  'client-double-booked',
  'room-double-booked',
  'room-over-capacity',
] as const;

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
export const NamedSchema = Type.Object({ id: Uuid, name: Type.String() });

export const ConflictSchema = Type.Object({
  kind: StringEnum(CONFLICT_KINDS),
  message: Type.String(),
  otherSessionId: Nullable(Uuid),
  userId: Type.Optional(Uuid),
  clientId: Type.Optional(Uuid),
});

export const PlannedDoseSchema = Type.Object(
  {
    substance: Type.String({ minLength: 1, maxLength: 100 }),
    route: Nullable(StringEnum(ROUTES)),
    mgPerKg: Nullable(Type.Number({ exclusiveMinimum: 0, maximum: 100 })),
  },
  { additionalProperties: false },
);

export const AttendeeSchema = Type.Object({
  enrollmentId: Uuid,
  clientId: Uuid,
  name: Type.String(),
  booking: StringEnum(BOOKINGS),
  attendance: Nullable(StringEnum(ATTENDANCE)),
});

const calendarProps = {
  id: Uuid,
  name: Type.String(),
  phase: StringEnum(PHASES),
  kind: StringEnum(['personal', 'group'] as const),
  dosing: Type.Boolean({ description: 'True for a session where a substance is given' }),
  plannedDose: Nullable(PlannedDoseSchema),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  status: StringEnum(SESSION_STATUSES),
  statusReason: Nullable(Type.String({ description: 'Why it was last rescheduled or cancelled' })),
  program: NamedSchema,
  cohort: Nullable(NamedSchema),
  room: Nullable(Type.Object({ id: Uuid, name: Type.String(), capacity: Type.Integer() })),
  facilitators: Type.Array(NamedSchema),
  conflicts: Type.Array(ConflictSchema),
};

export const CalendarSessionSchema = Type.Object({
  ...calendarProps,
  attendees: Type.Array(AttendeeSchema),
  /** On Today, for roles that read integration contacts: an integration contact's window and why it moved. */
  integration: Type.Optional(IntegrationSlotInfoSchema),
});
export type CalendarSession = Static<typeof CalendarSessionSchema>;

/** A session as a client's timeline shows it: without the other attendees. */
export const CalendarSessionBaseSchema = Type.Object(calendarProps);
export type CalendarSessionBase = Static<typeof CalendarSessionBaseSchema>;

export const SessionDosingRefSchema = Type.Object({
  id: Uuid,
  enrollmentId: Uuid,
  clientId: Uuid,
  doseMg: Type.Number(),
  route: Type.String(),
  startedAt: IsoDateTime,
});

export const SessionDetailSchema = Type.Object({
  ...calendarProps,
  attendees: Type.Array(AttendeeSchema),
  note: Type.Optional(
    Nullable(Type.String({ description: 'Absent when your role may not read session notes' })),
  ),
  noteBy: Type.Optional(Nullable(NamedSchema)),
  noteAt: Type.Optional(Nullable(IsoDateTime)),
  version: Type.Integer(),
  dosingRecords: Type.Optional(
    Type.Array(SessionDosingRefSchema, { description: 'Absent when your role may not read dosing records' }),
  ),
});
export type SessionDetail = Static<typeof SessionDetailSchema>;

export const SessionListQuerySchema = Type.Object(
  {
    from: Type.Optional(IsoDateTime),
    to: Type.Optional(
      Type.String({
        format: 'date-time',
        description: 'At most 62 days after from (default: from + 7 days)',
      }),
    ),
    facilitatorId: Type.Optional(Uuid),
    roomId: Type.Optional(Uuid),
    clientId: Type.Optional(Uuid),
    cohortId: Type.Optional(Uuid),
    includeCancelled: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);
export type SessionListQuery = Static<typeof SessionListQuerySchema>;

export const SessionListSchema = Type.Object({ items: Type.Array(CalendarSessionSchema) });
export type SessionList = Static<typeof SessionListSchema>;

export const TodayQuerySchema = Type.Object(
  {
    all: Type.Optional(
      Type.Boolean({ default: false, description: 'Every session today, not only the ones you facilitate' }),
    ),
  },
  { additionalProperties: false },
);

const Version = Type.Integer({ minimum: 1, maximum: INT_MAX, description: 'The version you edited' });
const Reason = Type.String({ minLength: 1, maxLength: 1000 });
const FacilitatorIds = Type.Array(Uuid, { maxItems: 20, uniqueItems: true });

export const SessionCreateSchema = Type.Object(
  {
    enrollmentId: Uuid,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    phase: StringEnum(PHASES),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    roomId: Type.Optional(Nullable(Uuid)),
    facilitatorIds: FacilitatorIds,
    dosing: Nullable(PlannedDoseSchema),
  },
  { additionalProperties: false },
);
export type SessionCreate = Static<typeof SessionCreateSchema>;

export const RescheduleSchema = Type.Object(
  { startsAt: IsoDateTime, endsAt: IsoDateTime, reason: Reason, version: Version },
  { additionalProperties: false },
);
export type Reschedule = Static<typeof RescheduleSchema>;

export const CancelSchema = Type.Object(
  { reason: Reason, version: Version },
  { additionalProperties: false },
);
export type Cancel = Static<typeof CancelSchema>;

export const FacilitatorsSchema = Type.Object(
  { userIds: FacilitatorIds, version: Version },
  { additionalProperties: false },
);

export const AttendanceSchema = Type.Object(
  { enrollmentId: Uuid, attendance: StringEnum(ATTENDANCE) },
  { additionalProperties: false },
);
export type AttendanceInput = Static<typeof AttendanceSchema>;

export const NoteSchema = Type.Object(
  { note: Type.String({ maxLength: 20000 }), version: Version },
  { additionalProperties: false },
);
