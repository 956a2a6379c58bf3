import { describe, expect, it } from 'vitest';
import { isoToWallClock, wallClockToIso } from './zone.ts';

const AMS = 'Europe/Amsterdam';
const NY = 'America/New_York';

describe('wall-clock times in the organization’s zone', () => {
  it('reads a winter and a summer time in Amsterdam, whatever the browser’s zone', () => {
    expect(wallClockToIso('2026-12-05T14:30', AMS)).toBe('2026-12-05T13:30:00.000Z');
    expect(wallClockToIso('2026-07-05T14:30', AMS)).toBe('2026-07-05T12:30:00.000Z');
    expect(isoToWallClock('2026-12-05T13:30:00.000Z', AMS)).toBe('2026-12-05T14:30');
    expect(isoToWallClock('2026-07-05T12:30:00Z', AMS)).toBe('2026-07-05T14:30');
  });

  it('moves a time in the spring gap forward (29 March 2026, 02:00 → 03:00 in Amsterdam)', () => {
    expect(wallClockToIso('2026-03-29T01:59', AMS)).toBe('2026-03-29T00:59:00.000Z');
    expect(wallClockToIso('2026-03-29T02:30', AMS)).toBe('2026-03-29T01:30:00.000Z');
    expect(isoToWallClock('2026-03-29T01:30:00Z', AMS)).toBe('2026-03-29T03:30');
    expect(wallClockToIso('2026-03-29T03:00', AMS)).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the second of a time that happens twice (25 October 2026, 03:00 → 02:00)', () => {
    expect(wallClockToIso('2026-10-25T02:30', AMS)).toBe('2026-10-25T01:30:00.000Z');
    expect(isoToWallClock('2026-10-25T00:30:00Z', AMS)).toBe('2026-10-25T02:30');
    expect(isoToWallClock('2026-10-25T01:30:00Z', AMS)).toBe('2026-10-25T02:30');
    expect(wallClockToIso('2026-10-25T03:30', AMS)).toBe('2026-10-25T02:30:00.000Z');
  });

  it('follows another zone’s own DST dates (New York changes on 8 March and 1 November 2026)', () => {
    expect(wallClockToIso('2026-03-08T02:30', NY)).toBe('2026-03-08T07:30:00.000Z');
    expect(wallClockToIso('2026-11-01T01:30', NY)).toBe('2026-11-01T06:30:00.000Z');
  });

  it('gives blank for blank or invalid input', () => {
    expect(wallClockToIso('', AMS)).toBe('');
    expect(wallClockToIso('2026-13-01T10:00', AMS)).toBe('');
    expect(isoToWallClock(null, AMS)).toBe('');
    expect(isoToWallClock('not a date', AMS)).toBe('');
  });
});
