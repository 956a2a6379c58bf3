/** Request and response schemas of /api/rooms. */
import { type Static, Type } from '@sinclair/typebox';
import { IsoDateTime, Uuid } from './common.ts';

export const RoomSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  capacity: Type.Integer(),
  archivedAt: Type.Union([IsoDateTime, Type.Null()]),
});
export type Room = Static<typeof RoomSchema>;

export const RoomListSchema = Type.Object({ items: Type.Array(RoomSchema) });
export type RoomList = Static<typeof RoomListSchema>;

export const RoomInputSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    capacity: Type.Integer({ minimum: 1, maximum: 1000, description: 'How many people the room holds' }),
  },
  { additionalProperties: false },
);
export type RoomInput = Static<typeof RoomInputSchema>;
