/** Schemas of accommodation: lodging rooms with beds, a cohort's nights, guests' needs and the allocation. */
import { type Static, Type } from '@sinclair/typebox';
import { StringEnum, Uuid } from './common.ts';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
const DateOnly = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const LodgingRoomSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  sharing: StringEnum(['any', 'same-gender'] as const),
  accessible: Type.Boolean(),
  note: Nullable(Type.String()),
  beds: Type.Array(Type.Object({ id: Uuid, label: Type.String() })),
});
export type LodgingRoom = Static<typeof LodgingRoomSchema>;
export const LodgingRoomListSchema = Type.Object({ items: Type.Array(LodgingRoomSchema) });

export const LodgingRoomCreateSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    sharing: StringEnum(['any', 'same-gender'] as const),
    accessible: Type.Boolean(),
    note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    beds: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { minItems: 1, maxItems: 30 }),
  },
  { additionalProperties: false },
);
export type LodgingRoomCreate = Static<typeof LodgingRoomCreateSchema>;

export const LodgingRoomUpdateSchema = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    /** Retires the room and its beds (refused while a bed is allocated for a stay not yet over). */
    retired: Type.Optional(Type.Literal(true)),
    addBeds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 30 })),
    renameBeds: Type.Optional(
      Type.Array(
        Type.Object(
          { id: Uuid, label: Type.String({ minLength: 1, maxLength: 40 }) },
          { additionalProperties: false },
        ),
        { maxItems: 30 },
      ),
    ),
    /** Beds of this room to retire (same refusal as the room). */
    retireBedIds: Type.Optional(Type.Array(Uuid, { maxItems: 30 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type LodgingRoomUpdate = Static<typeof LodgingRoomUpdateSchema>;

export const StaySchema = Type.Object(
  { arrivalDate: DateOnly, departureDate: DateOnly },
  { additionalProperties: false },
);
export type StayInput = Static<typeof StaySchema>;

export const GuestNeedsSchema = Type.Object(
  {
    diet: Nullable(Type.String({ maxLength: 500 })),
    accessNeeds: Nullable(Type.String({ maxLength: 500 })),
    needsAccessibleRoom: Type.Boolean(),
    roommateClientId: Nullable(Uuid),
  },
  { additionalProperties: false },
);
export type GuestNeeds = Static<typeof GuestNeedsSchema>;

export const GuestSchema = Type.Object({
  enrollmentId: Uuid,
  client: Type.Object({ id: Uuid, name: Type.String() }),
  ...GuestNeedsSchema.properties,
  bedId: Nullable(Uuid),
});
export type LodgingGuest = Static<typeof GuestSchema>;

export const CohortLodgingSchema = Type.Object({
  cohortId: Uuid,
  stay: Nullable(StaySchema),
  rooms: Type.Array(LodgingRoomSchema),
  guests: Type.Array(GuestSchema),
  /** Beds allocated to another cohort for a night of this stay. */
  takenElsewhere: Type.Array(Uuid),
});
export type CohortLodging = Static<typeof CohortLodgingSchema>;

export const AssignSchema = Type.Object({ enrollmentId: Uuid, bedId: Uuid }, { additionalProperties: false });
export type AssignInput = Static<typeof AssignSchema>;

export const AutoAssignResultSchema = Type.Object({ placed: Type.Integer(), unplaced: Type.Array(Uuid) });

export const CohortEnrollmentParams = Type.Object({ id: Uuid, enrollmentId: Uuid });
export const HouseListQuery = Type.Object({ language: Type.Optional(StringEnum(['en', 'nl'] as const)) });
