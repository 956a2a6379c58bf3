import { describe, expect, it } from 'vitest';
import { autoAssign } from './allocate.ts';
import { checkBedFree, type Guest, type Room, roomRefusal, staysOverlap } from './beds.ts';

const room = (id: string, beds: number, extra: Partial<Room> = {}): Room => ({
  id,
  name: id,
  sharing: 'any',
  accessible: false,
  beds: Array.from({ length: beds }, (_, i) => ({ id: `${id}-${i + 1}`, label: `${i + 1}` })),
  ...extra,
});
const guest = (id: string, extra: Partial<Guest> = {}): Guest => ({
  enrollmentId: id,
  name: id,
  gender: 'woman',
  needsAccessibleRoom: false,
  roommate: null,
  ...extra,
});

describe('autoAssign', () => {
  it('is deterministic and never gives a bed twice', () => {
    const rooms = [room('B', 2), room('A', 2)];
    const guests = [guest('d'), guest('a'), guest('c'), guest('b'), guest('e')];
    const one = autoAssign(rooms, guests, {}, new Set());
    expect(autoAssign(rooms, [...guests].reverse(), {}, new Set())).toEqual(one);
    expect(one.placed).toEqual({ a: 'A-1', b: 'A-2', c: 'B-1', d: 'B-2' });
    expect(one.unplaced).toEqual(['e']);
  });

  it('puts a mutual roommate pair together', () => {
    const rooms = [room('A', 1), room('B', 2)];
    const guests = [guest('a', { roommate: 'z' }), guest('z', { roommate: 'a' })];
    expect(autoAssign(rooms, guests, {}, new Set()).placed).toEqual({ a: 'B-1', z: 'B-2' });
  });

  it('keeps same-gender rooms to one gender and accessible needs to accessible rooms', () => {
    const rooms = [room('A', 2, { sharing: 'same-gender' }), room('B', 1, { accessible: true })];
    const guests = [guest('a'), guest('b', { gender: 'man' }), guest('c', { needsAccessibleRoom: true })];
    const r = autoAssign(rooms, guests, {}, new Set());
    expect(r.placed).toEqual({ c: 'B-1', a: 'A-1' });
    expect(r.unplaced).toEqual(['b']);
  });

  it('skips beds taken by another cohort and keeps existing allocations', () => {
    const r = autoAssign([room('A', 3)], [guest('a'), guest('b')], { a: 'A-3' }, new Set(['A-1']));
    expect(r.placed).toEqual({ b: 'A-2' });
  });
});

describe('beds', () => {
  it('stays overlap when they share a night', () => {
    expect(
      staysOverlap(
        { arrival: '2026-05-01', departure: '2026-05-04' },
        { arrival: '2026-05-04', departure: '2026-05-06' },
      ),
    ).toBe(false);
    expect(
      staysOverlap(
        { arrival: '2026-05-01', departure: '2026-05-04' },
        { arrival: '2026-05-03', departure: '2026-05-06' },
      ),
    ).toBe(true);
  });
  it('refuses a taken bed', () => {
    expect(() =>
      checkBedFree({ label: '1' }, { arrival: '2026-05-01', departure: '2026-05-03' }, [
        { arrival: '2026-05-02', departure: '2026-05-05' },
      ]),
    ).toThrow(/already allocated/);
  });
  it('names why a room does not fit', () => {
    expect(roomRefusal(room('A', 2), guest('a', { needsAccessibleRoom: true }), [])?.code).toBe(
      'room-not-accessible',
    );
  });
});
