/**
 * Who may sleep where: a bed holds one guest for a stay, and stays that share a night cannot share
 * a bed; a room marked 'same-gender' is shared only by guests of one gender; a guest who needs an
 * accessible room gets one. Used by manual assignment (the service) and by autoAssign.
 */

import { conflict } from '../errors.ts';
import type { ProblemCode, ProblemParams } from '../problem-codes.ts';

export type Sharing = 'any' | 'same-gender';

export interface Room {
  id: string;
  name: string;
  sharing: Sharing;
  accessible: boolean;
  beds: { id: string; label: string }[];
}

export interface Guest {
  enrollmentId: string;
  name: string;
  /** The client's gender as recorded (or sex at birth when none); compared as written, case-insensitively. */
  gender: string;
  needsAccessibleRoom: boolean;
  /** The enrollment id of the guest they wish to share a room with, if any. */
  roommate: string | null;
}

/** 'YYYY-MM-DD' first night and morning of departure. */
export interface Stay {
  arrival: string;
  departure: string;
}

/** True when two stays share at least one night (departure morning is not a night). */
export const staysOverlap = (a: Stay, b: Stay): boolean => a.arrival < b.departure && b.arrival < a.departure;

/** The reason `guest` may not sleep in `room` with `roommates`, or null. */
export function roomRefusal(
  room: Room,
  guest: Guest,
  roommates: readonly Guest[],
): { code: ProblemCode; params: ProblemParams } | null {
  if (guest.needsAccessibleRoom && !room.accessible)
    return { code: 'room-not-accessible', params: { guest: guest.name, room: room.name } };
  if (room.sharing === 'same-gender') {
    const other = roommates.find((r) => r.gender.toLowerCase() !== guest.gender.toLowerCase());
    if (other) return { code: 'room-one-gender', params: { room: room.name } };
  }
  return null;
}

/** Throws a conflict when the bed is taken for a night of the stay (by this or another cohort). */
export function checkBedFree(bed: { label: string }, stay: Stay, taken: readonly Stay[]): void {
  if (taken.some((t) => staysOverlap(t, stay))) {
    throw conflict('bed-taken-night', { label: bed.label });
  }
}
