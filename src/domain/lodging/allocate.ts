/**
 * Auto-assignment of a cohort's guests to free beds: pure and deterministic (same input, same
 * answer). Guests who asked to share a room come first, as a pair, into a room with two free beds;
 * then those who need an accessible room; then the rest, by name. Each guest takes the first room
 * (by name, then bed label) that has a free bed and allows them (roomRefusal). Guests already
 * placed keep their bed; a guest no room allows is listed as unplaced, never forced in.
 */
import { type Guest, type Room, roomRefusal } from './beds.ts';

export interface Allocation {
  /** enrollmentId → bedId, for the guests placed now (not those already placed). */
  placed: Record<string, string>;
  unplaced: string[];
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'en') || 0;

export function autoAssign(
  rooms: readonly Room[],
  guests: readonly Guest[],
  /** enrollmentId → bedId already allocated to this cohort's guests. */
  existing: Readonly<Record<string, string>>,
  /** Beds taken for these nights by other cohorts. */
  takenElsewhere: ReadonlySet<string>,
): Allocation {
  const sortedRooms = [...rooms]
    .sort(byName)
    .map((r) => ({ ...r, beds: [...r.beds].sort((a, b) => a.label.localeCompare(b.label, 'en')) }));
  const guestById = new Map(guests.map((g) => [g.enrollmentId, g]));
  const occupant = new Map<string, Guest>(); // bedId → guest
  for (const [enrollmentId, bedId] of Object.entries(existing)) {
    const g = guestById.get(enrollmentId);
    if (g) occupant.set(bedId, g);
  }
  const roomOf = new Map<string, string>(); // enrollmentId → roomId
  for (const r of sortedRooms)
    for (const b of r.beds) if (occupant.has(b.id)) roomOf.set(occupant.get(b.id)!.enrollmentId, r.id);
  const freeBeds = (r: Room) => r.beds.filter((b) => !occupant.has(b.id) && !takenElsewhere.has(b.id));
  const inRoom = (r: Room) => r.beds.flatMap((b) => (occupant.has(b.id) ? [occupant.get(b.id)!] : []));

  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  const put = (g: Guest, r: Room, bedId: string) => {
    occupant.set(bedId, g);
    roomOf.set(g.enrollmentId, r.id);
    placed[g.enrollmentId] = bedId;
  };
  const waiting = guests
    .filter((g) => !roomOf.has(g.enrollmentId))
    .sort((a, b) => byName(a, b) || a.enrollmentId.localeCompare(b.enrollmentId));

  // Mutual wishes first, as pairs.
  const done = new Set<string>();
  for (const g of waiting) {
    if (done.has(g.enrollmentId) || !g.roommate) continue;
    const mate = guestById.get(g.roommate);
    if (
      !mate ||
      mate.roommate !== g.enrollmentId ||
      roomOf.has(mate.enrollmentId) ||
      done.has(mate.enrollmentId)
    )
      continue;
    const room = sortedRooms.find(
      (r) =>
        freeBeds(r).length >= 2 &&
        roomRefusal(r, g, inRoom(r)) === null &&
        roomRefusal(r, mate, [...inRoom(r), g]) === null,
    );
    if (!room) continue;
    const [b1, b2] = freeBeds(room);
    put(g, room, b1!.id);
    put(mate, room, b2!.id);
    done.add(g.enrollmentId).add(mate.enrollmentId);
  }
  const rest = waiting
    .filter((g) => !done.has(g.enrollmentId))
    .sort((a, b) => Number(b.needsAccessibleRoom) - Number(a.needsAccessibleRoom));
  for (const g of rest) {
    // A one-sided wish: join the wished-for roommate's room when it has space.
    const mateRoom = g.roommate ? roomOf.get(g.roommate) : undefined;
    const candidates = mateRoom
      ? [...sortedRooms.filter((r) => r.id === mateRoom), ...sortedRooms]
      : sortedRooms;
    const room = candidates.find((r) => freeBeds(r).length > 0 && roomRefusal(r, g, inRoom(r)) === null);
    if (!room) {
      unplaced.push(g.enrollmentId);
      continue;
    }
    put(g, room, freeBeds(room)[0]!.id);
  }
  return { placed, unplaced };
}
