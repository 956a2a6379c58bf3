/**
 * A cohort's places against its room: more places than the room holds is refused, naming both
 * numbers, unless the person setting it up says so explicitly (a group that also meets elsewhere).
 */
import { invalid } from '../errors.ts';
import { fieldText } from '../field-codes.ts';

export interface RoomSize {
  name: string;
  capacity: number;
}

/** The sentence for places beyond the room's capacity, or null when they fit (or there is no room). */
export function placesBeyondRoom(places: number, room: RoomSize | null): string | null {
  if (!room || places <= room.capacity) return null;
  return fieldText('places-beyond-room', { places, name: room.name, capacity: room.capacity });
}

/** Refuses places beyond the room's capacity (field `capacity`) unless `exceedRoom` is true. */
export function checkPlacesFitRoom(places: number, room: RoomSize | null, exceedRoom: boolean): void {
  if (exceedRoom) return;
  if (placesBeyondRoom(places, room) === null || !room) return;
  throw invalid('capacity', 'places-beyond-room', { places, name: room.name, capacity: room.capacity });
}
