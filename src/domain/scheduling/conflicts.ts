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

export function findConflicts(
  _candidate: SessionSlot,
  _others: SessionSlot[],
  _rooms: Map<string, RoomInfo>,
): Conflict[] {
  throw new Error('not implemented');
}
