/** Request and response schemas of /api/cohorts. */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { ROLES } from '../domain/access/roles.ts';
import { ENROLLMENT_STATUSES, PHASES } from '../domain/programs/types.ts';
import { INT_MAX, IsoDateTime, StringEnum, Uuid } from './common.ts';
import { CalendarDate } from './programs.ts';

const Nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);
const Ref = Type.Object({ id: Uuid, name: Type.String() });
const ExceedRoomCapacity = Type.Optional(
  Type.Boolean({
    description:
      "true to allow more places than the room holds; without it such a capacity is refused (400 naming 'capacity')",
  }),
);
const FacilitatorIds = Type.Array(Uuid, {
  maxItems: 20,
  description: 'Members who can run sessions (owner, clinician, facilitator)',
});

const cohortSummaryProps = {
  id: Uuid,
  name: Type.String(),
  program: Ref,
  programVersion: Type.Integer(),
  startDate: Type.String({ description: "YYYY-MM-DD: program day 0 in the organization's time zone" }),
  location: Nullable(Type.String()),
  room: Nullable(Type.Object({ id: Uuid, name: Type.String(), capacity: Type.Integer() })),
  capacity: Type.Integer(),
  enrolled: Type.Integer({ description: 'Enrollments holding a place (every one not withdrawn)' }),
  facilitators: Type.Array(Ref),
  cancelledAt: Nullable(IsoDateTime),
};

export const CohortSummarySchema = Type.Object(cohortSummaryProps);
export type CohortSummary = Static<typeof CohortSummarySchema>;
export const CohortListSchema = Type.Object({ items: Type.Array(CohortSummarySchema) });

export const CohortListQuerySchema = Type.Object(
  { programId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

export const CohortSchema = Type.Object({
  ...cohortSummaryProps,
  version: Type.Integer(),
  roster: Type.Array(
    Type.Object({
      enrollmentId: Uuid,
      clientId: Uuid,
      name: Type.String(),
      arm: Nullable(Type.String()),
      status: StringEnum(ENROLLMENT_STATUSES),
    }),
  ),
  sessions: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      phase: StringEnum(PHASES),
      kind: StringEnum(['personal', 'group'] as const),
      dosing: Type.Boolean(),
      startsAt: IsoDateTime,
      endsAt: IsoDateTime,
      status: StringEnum(['scheduled', 'completed', 'cancelled'] as const),
    }),
  ),
});
export type Cohort = Static<typeof CohortSchema>;

export const CohortCreateSchema = Type.Object(
  {
    programId: Uuid,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    startDate: CalendarDate,
    location: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    roomId: Type.Optional(Nullable(Uuid)),
    capacity: Type.Integer({ minimum: 1, maximum: 1000 }),
    exceedRoomCapacity: ExceedRoomCapacity,
    facilitatorIds: FacilitatorIds,
  },
  { additionalProperties: false },
);
export type CohortCreate = Static<typeof CohortCreateSchema>;

export const CohortUpdateSchema = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: INT_MAX, description: 'The version you edited' }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    location: Nullable(Type.String({ maxLength: 500 })),
    roomId: Nullable(Uuid),
    capacity: Type.Integer({ minimum: 1, maximum: 1000 }),
    exceedRoomCapacity: ExceedRoomCapacity,
    facilitatorIds: FacilitatorIds,
  },
  { additionalProperties: false },
);
export type CohortUpdate = Static<typeof CohortUpdateSchema>;

/** Who can be put on a cohort's sessions: name and role only, not the member administration. */
export const FacilitatorChoicesSchema = Type.Object({
  items: Type.Array(Type.Object({ userId: Uuid, name: Type.String(), role: StringEnum(ROLES) })),
});
export type FacilitatorChoices = Static<typeof FacilitatorChoicesSchema>;
