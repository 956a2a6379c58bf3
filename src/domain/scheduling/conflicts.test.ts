import { describe, expect, it } from 'vitest';
import {
  type Conflict,
  findConflicts,
  isBlocking,
  overlaps,
  type RoomInfo,
  type SessionSlot,
} from './conflicts.ts';

const slot = (id: string, start: string, end: string, over: Partial<SessionSlot> = {}): SessionSlot => ({
  id,
  startsAt: `2026-05-04T${start}:00.000Z`,
  endsAt: `2026-05-04T${end}:00.000Z`,
  roomId: null,
  facilitatorIds: [],
  clientIds: [],
  attendeeCount: 0,
  ...over,
});
const rooms = new Map<string, RoomInfo>([
  ['r1', { name: 'Garden room', capacity: 4 }],
  ['r2', { name: 'Studio', capacity: 10 }],
]);
const kinds = (cs: Conflict[]) => cs.map((c) => c.kind);

describe('overlaps (half-open)', () => {
  it.each([
    ['08:00', '10:00', '09:00', '11:00', true],
    ['08:00', '10:00', '10:00', '11:00', false],
    ['10:00', '11:00', '08:00', '10:00', false],
    ['08:00', '12:00', '09:00', '10:00', true],
    ['09:00', '10:00', '08:00', '12:00', true],
    ['08:00', '09:00', '09:30', '10:00', false],
  ])('[%s, %s) and [%s, %s) → %s', (s1, e1, s2, e2, expected) => {
    expect(overlaps(slot('a', s1, e1), slot('b', s2, e2))).toBe(expected);
  });
});

describe('findConflicts', () => {
  const candidate = slot('c', '09:00', '11:00', {
    roomId: 'r1',
    facilitatorIds: ['u1', 'u2'],
    clientIds: ['k1'],
    attendeeCount: 1,
  });

  it('nothing when nothing overlaps', () => {
    const others = [
      slot('before', '07:00', '09:00', { roomId: 'r1', facilitatorIds: ['u1'], clientIds: ['k1'] }),
      slot('after', '11:00', '12:00', { roomId: 'r1', facilitatorIds: ['u1'], clientIds: ['k1'] }),
    ];
    expect(findConflicts(candidate, others, rooms)).toEqual([]);
  });

  it('a facilitator in an overlapping session', () => {
    const cs = findConflicts(
      candidate,
      [slot('o', '10:00', '12:00', { facilitatorIds: ['u2', 'u9'] })],
      rooms,
    );
    expect(cs).toEqual([
      {
        kind: 'facilitator-double-booked',
        message: 'A facilitator is already in another session at this time.',
        otherSessionId: 'o',
        userId: 'u2',
      },
    ]);
  });

  it('a client in an overlapping session', () => {
    const cs = findConflicts(candidate, [slot('o', '08:00', '09:30', { clientIds: ['k1'] })], rooms);
    expect(cs).toMatchObject([{ kind: 'client-double-booked', otherSessionId: 'o', clientId: 'k1' }]);
  });

  it('the same room in an overlapping session', () => {
    const cs = findConflicts(candidate, [slot('o', '10:30', '10:45', { roomId: 'r1' })], rooms);
    expect(cs).toEqual([
      {
        kind: 'room-double-booked',
        message: 'The room "Garden room" is already booked for another session at this time.',
        otherSessionId: 'o',
      },
    ]);
  });

  it('another room or no room is no room conflict', () => {
    expect(findConflicts(candidate, [slot('o', '10:00', '12:00', { roomId: 'r2' })], rooms)).toEqual([]);
    expect(
      findConflicts({ ...candidate, roomId: null }, [slot('o', '10:00', '12:00', { roomId: null })], rooms),
    ).toEqual([]);
  });

  it('more attendees than the room holds', () => {
    const cs = findConflicts({ ...candidate, attendeeCount: 5 }, [], rooms);
    expect(cs).toEqual([
      {
        kind: 'room-over-capacity',
        message: 'The room "Garden room" holds 4; 5 attendees are booked.',
        otherSessionId: null,
      },
    ]);
    expect(findConflicts({ ...candidate, attendeeCount: 4 }, [], rooms)).toEqual([]);
  });

  it('ignores the candidate itself among the others', () => {
    expect(findConflicts(candidate, [candidate], rooms)).toEqual([]);
  });

  it('reports every conflict with every overlapping session', () => {
    const others = [
      slot('o1', '10:00', '12:00', { roomId: 'r1', facilitatorIds: ['u1', 'u2'], clientIds: ['k1'] }),
      slot('o2', '08:00', '09:01', { facilitatorIds: ['u1'] }),
    ];
    const cs = findConflicts({ ...candidate, attendeeCount: 9 }, others, rooms);
    expect(cs.map((c) => [c.kind, c.otherSessionId, c.userId ?? c.clientId ?? null])).toEqual([
      ['facilitator-double-booked', 'o1', 'u1'],
      ['facilitator-double-booked', 'o1', 'u2'],
      ['client-double-booked', 'o1', 'k1'],
      ['room-double-booked', 'o1', null],
      ['facilitator-double-booked', 'o2', 'u1'],
      ['room-over-capacity', null, null],
    ]);
  });

  it('a facilitator listed twice is reported once', () => {
    const cs = findConflicts(
      { ...candidate, facilitatorIds: ['u1', 'u1'] },
      [slot('o', '10:00', '12:00', { facilitatorIds: ['u1'] })],
      rooms,
    );
    expect(kinds(cs)).toEqual(['facilitator-double-booked']);
  });

  it('only over-capacity is not blocking', () => {
    const kindsBlocking = (
      [
        'facilitator-double-booked',
        'client-double-booked',
        'room-double-booked',
        'room-over-capacity',
      ] as const
    ).map((kind) => isBlocking({ kind, message: '', otherSessionId: null }));
    expect(kindsBlocking).toEqual([true, true, true, false]);
  });
});
