/**
 * Booking conflicts for one session against others: a facilitator, client or room in two sessions
 * that overlap (half-open [start, end), so back-to-back sessions do not conflict), and a room
 * holding more attendees than its capacity. The caller leaves cancelled sessions out.
 */
export interface SessionSlot {
  id: string;
  /** ISO-8601 UTC. */
  startsAt: string;
  endsAt: string;
  roomId: string | null;
  facilitatorIds: string[];
  clientIds: string[];
  attendeeCount: number;
}

export type ConflictKind =
  | 'facilitator-double-booked'
  | 'client-double-booked'
  | 'room-double-booked'
  | 'room-over-capacity';

export interface Conflict {
  kind: ConflictKind;
  message: string;
  otherSessionId: string | null;
  userId?: string;
  clientId?: string;
}

export interface RoomInfo {
  name: string;
  capacity: number;
}

/** Whether two time ranges overlap, end exclusive. */
export function overlaps(
  a: { startsAt: string; endsAt: string },
  b: { startsAt: string; endsAt: string },
): boolean {
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);
}

/** Conflicts that refuse a booking (everything except room-over-capacity, which is only flagged). */
export const BLOCKING_CONFLICTS: readonly ConflictKind[] = [
  'facilitator-double-booked',
  'client-double-booked',
  'room-double-booked',
];

export function isBlocking(c: Conflict): boolean {
  return BLOCKING_CONFLICTS.includes(c.kind);
}

export function findConflicts(
  candidate: SessionSlot,
  others: SessionSlot[],
  rooms: Map<string, RoomInfo>,
): Conflict[] {
  const found: Conflict[] = [];
  for (const other of others) {
    if (other.id === candidate.id || !overlaps(candidate, other)) continue;
    for (const userId of new Set(candidate.facilitatorIds)) {
      if (other.facilitatorIds.includes(userId)) {
        found.push({
          kind: 'facilitator-double-booked',
          message: 'A facilitator is already in another session at this time.',
          otherSessionId: other.id,
          userId,
        });
      }
    }
    for (const clientId of new Set(candidate.clientIds)) {
      if (other.clientIds.includes(clientId)) {
        found.push({
          kind: 'client-double-booked',
          message: 'A client is already booked into another session at this time.',
          otherSessionId: other.id,
          clientId,
        });
      }
    }
    if (candidate.roomId !== null && other.roomId === candidate.roomId) {
      const room = rooms.get(candidate.roomId);
      found.push({
        kind: 'room-double-booked',
        message: `${room ? `The room "${room.name}"` : 'The room'} is already booked for another session at this time.`,
        otherSessionId: other.id,
      });
    }
  }
  const room = candidate.roomId === null ? undefined : rooms.get(candidate.roomId);
  if (room && candidate.attendeeCount > room.capacity) {
    found.push({
      kind: 'room-over-capacity',
      message: `The room "${room.name}" holds ${room.capacity}; ${candidate.attendeeCount} attendees are booked.`,
      otherSessionId: null,
    });
  }
  return found;
}
