/** The client timeline: every enrollment with its sessions, dosing and questionnaires due and done. */
import { type Static, Type } from '@sinclair/typebox';
import { ENROLLMENT_STATUSES, PHASES } from '../domain/programs/types.ts';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';
import { ClearanceCodeSchema } from './enrollments.ts';
import { ATTENDANCE, BOOKINGS, CalendarSessionBaseSchema, NamedSchema } from './sessions.ts';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const ClearanceSchema = Type.Object({
  cleared: Type.Boolean(),
  reasons: Type.Array(Type.String()),
  codes: Type.Array(ClearanceCodeSchema),
});

export const TimelineEnrollmentSchema = Type.Object({
  id: Uuid,
  client: NamedSchema,
  program: NamedSchema,
  programVersion: Type.Integer(),
  cohort: Nullable(NamedSchema),
  arm: Nullable(Type.String()),
  condition: Nullable(Type.String()),
  startDate: Type.String({ description: 'YYYY-MM-DD, program day 0' }),
  status: StringEnum(ENROLLMENT_STATUSES),
  statusChangedAt: IsoDateTime,
  clearance: ClearanceSchema,
});

export const TimelineSessionSchema = Type.Object({
  ...CalendarSessionBaseSchema.properties,
  booking: StringEnum(BOOKINGS),
  attendance: Nullable(StringEnum(ATTENDANCE)),
  note: Type.Optional(
    Nullable(
      Type.String({
        description:
          "The session's note (a group session's one note, only when this client attended); absent for roles that may not read notes",
      }),
    ),
  ),
  noteAt: Type.Optional(Nullable(IsoDateTime)),
  noteBy: Type.Optional(Nullable(NamedSchema)),
  dosingRecords: Type.Optional(
    Type.Array(
      Type.Object({ id: Uuid, doseMg: Type.Number(), route: Type.String(), startedAt: IsoDateTime }),
      { description: "This client's doses in the session; absent for roles without dosing.read" },
    ),
  ),
});
export type TimelineSession = Static<typeof TimelineSessionSchema>;

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
  responseId: Nullable(Uuid),
});

export const TimelineSchema = Type.Object({
  client: NamedSchema,
  enrollments: Type.Array(
    Type.Object({
      enrollment: TimelineEnrollmentSchema,
      program: Type.Object({
        id: Uuid,
        name: Type.String(),
        version: Type.Integer(),
        phases: Type.Array(Type.Object({ key: StringEnum(PHASES), label: Type.String() })),
      }),
      sessions: Type.Array(TimelineSessionSchema),
      /** Omitted for roles that may not read questionnaire responses (intake, researcher). */
      assessments: Type.Optional(Type.Array(AssessmentDueSchema)),
    }),
  ),
});
export type Timeline = Static<typeof TimelineSchema>;
