import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { scheduleZone } from './zone.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Zones with whole-hour, half-hour and 45-minute offsets, half-hour DST, southern DST, none. */
const ZONES = [
  'Europe/Amsterdam',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'Asia/Tokyo',
];

describe('scheduleZone', () => {
  it('gives the offset Intl gives at every instant, across daylight-saving changes', () => {
    const wrong: string[] = [];
    for (const name of ZONES) {
      const plain = IANAZone.create(name);
      const cached = scheduleZone(name);
      const check = (ts: number) => {
        if (cached.offset(ts) !== plain.offset(ts)) wrong.push(`${name} ${new Date(ts).toISOString()}`);
      };
      // Every 11 h 7 min 13 s through 2024–2025, then every 173 s from an hour before each change.
      const step = 11 * HOUR + 7 * MINUTE + 13_000;
      const changes: number[] = [];
      for (let ts = Date.UTC(2024, 0, 1); ts < Date.UTC(2026, 0, 1); ts += step) {
        check(ts);
        if (plain.offset(ts) !== plain.offset(ts + step)) changes.push(ts);
      }
      if (!['Asia/Tokyo', 'Asia/Kathmandu', 'America/Sao_Paulo'].includes(name))
        expect(changes.length, name).toBeGreaterThanOrEqual(4);
      for (const near of changes)
        for (let ts = near - HOUR; ts < near + step + HOUR; ts += 173_000) check(ts);
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it('gives the same calendar arithmetic as the zone by name', () => {
    const instants = [
      '2025-03-30T00:30:00Z', // an hour before the spring change in Amsterdam
      '2025-10-26T00:59:59Z',
      '2025-01-31T10:00:00Z',
      '2024-11-03T05:30:00Z', // New York's autumn change
    ];
    for (const name of ZONES)
      for (const iso of instants)
        for (const step of [{ days: 1 }, { weeks: 1 }, { months: 1 }, { hours: 1 }, { days: -1 }]) {
          const a = DateTime.fromISO(iso, { zone: name }).plus(step);
          const b = DateTime.fromISO(iso, { zone: scheduleZone(name) }).plus(step);
          expect(b.toMillis(), `${name} ${iso} ${JSON.stringify(step)}`).toBe(a.toMillis());
          expect(b.toISO()).toBe(a.toISO());
          expect(b.zoneName).toBe(a.zoneName);
          expect(b.zone.equals(a.zone)).toBe(true);
        }
  });

  it('reads UTC, fixed offsets and invalid names as Luxon does', () => {
    expect(scheduleZone('UTC')).toBe(FixedOffsetZone.utcInstance);
    expect(scheduleZone('UTC+2').offset(0)).toBe(120);
    expect(scheduleZone('Mars/Olympus').isValid).toBe(false);
    expect(DateTime.fromISO('2025-01-01', { zone: scheduleZone('Mars/Olympus') }).isValid).toBe(false);
  });
});
