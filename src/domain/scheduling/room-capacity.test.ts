import { describe, expect, it } from 'vitest';
import { caught } from '../programs/testing.ts';
import { checkPlacesFitRoom, placesBeyondRoom } from './room-capacity.ts';

const room = { name: 'Workshop room', capacity: 14 };

describe('places against the room', () => {
  it('accepts places that fit, and any number without a room', () => {
    expect(placesBeyondRoom(12, room)).toBeNull();
    expect(placesBeyondRoom(14, room)).toBeNull();
    expect(placesBeyondRoom(40, null)).toBeNull();
  });

  it('refuses 20 places in a 14-person room naming both numbers and the field', () => {
    const e = caught(() => checkPlacesFitRoom(20, room, false));
    expect(e.fields).toMatchObject([
      {
        field: 'capacity',
        message: expect.stringContaining('20 places is more than Workshop room holds (14)'),
      },
    ]);
  });

  it('accepts it when the overrun is confirmed', () => {
    expect(() => checkPlacesFitRoom(20, room, true)).not.toThrow();
  });
});
