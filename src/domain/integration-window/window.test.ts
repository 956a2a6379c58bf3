import { describe, expect, it } from 'vitest';
import { DEFAULT_INTEGRATION, normalizeIntegration } from './settings.ts';
import { integrationSlot } from './window.ts';

const zone = 'Europe/Amsterdam';
const slot = (
  dosingEndedAt: string | null,
  pullForward = false,
  now = '2026-01-01T00:00:00.000Z',
  settings = DEFAULT_INTEGRATION,
) => integrationSlot({ dosingEndedAt, timezone: zone, settings, pullForward, now });

describe('integrationSlot', () => {
  it('opens and closes 24 and 72 elapsed hours after the end, booking 10:00 local', () => {
    // Ends Thursday 16:00 CET; +24 h = Friday 16:00, so the first 10:00 inside is Saturday.
    const s = slot('2026-01-15T15:00:00.000Z');
    expect(s.windowOpensAt).toBe('2026-01-16T15:00:00.000Z');
    expect(s.windowClosesAt).toBe('2026-01-18T15:00:00.000Z');
    expect(s.startsAt).toBe('2026-01-17T09:00:00.000Z');
    expect(s.endsAt).toBe('2026-01-17T10:00:00.000Z');
    expect(s.pulledForward).toBe(false);
  });

  it('spring forward: 24 h after 10:00 CET is 11:00 CEST, so the same-time slot is a day later', () => {
    // 28 March 2026 10:00 CET; the clocks go to CEST in the night to 29 March.
    const s = slot('2026-03-28T09:00:00.000Z');
    expect(s.windowOpensAt).toBe('2026-03-29T09:00:00.000Z'); // 11:00 CEST
    // 29 March 10:00 CEST would be only 23 h after the end: outside the window.
    expect(s.startsAt).toBe('2026-03-30T08:00:00.000Z');
  });

  it('fall back: 24 h after 11:00 CEST is 10:00 CET, and a slot on the edge is inside', () => {
    const s = slot('2026-10-24T09:00:00.000Z');
    expect(s.windowOpensAt).toBe('2026-10-25T09:00:00.000Z'); // 10:00 CET
    expect(s.startsAt).toBe('2026-10-25T09:00:00.000Z');
    // Ending at 10:00 CEST: the window opens at 09:00 CET and 10:00 CET (25 h later) is inside.
    expect(slot('2026-10-24T08:00:00.000Z').startsAt).toBe('2026-10-25T09:00:00.000Z');
  });

  it('books the opening when no contact time falls inside a short window', () => {
    const settings = { ...DEFAULT_INTEGRATION, fromHours: 24, toHours: 25 };
    const s = slot('2026-01-10T15:00:00.000Z', false, '2026-01-01T00:00:00.000Z', settings);
    expect(s.startsAt).toBe('2026-01-11T15:00:00.000Z');
  });

  it('pulls a challenging session forward to the first 10:00 at least 12 h after the end', () => {
    const s = slot('2026-03-28T15:00:00.000Z', true, '2026-03-28T16:00:00.000Z');
    expect(s.startsAt).toBe('2026-03-29T08:00:00.000Z'); // Sunday 10:00 CEST, the DST night between
    expect(s.pulledForward).toBe(true);
    expect(slot('2026-03-28T15:00:00.000Z').startsAt).toBe('2026-03-30T08:00:00.000Z');
  });

  it('never pulls forward into the past, and says so when it cannot be earlier', () => {
    const late = slot('2026-01-15T15:00:00.000Z', true, '2026-01-17T09:30:00.000Z');
    expect(late.startsAt).toBe('2026-01-17T09:00:00.000Z');
    expect(late.pulledForward).toBe(false);
  });

  it('refuses without a dosing end, a valid instant or zone', () => {
    expect(() => slot(null)).toThrow(/dosingEndedAt: is missing/);
    expect(() => slot('yesterday')).toThrow(/dosingEndedAt/);
    expect(() =>
      integrationSlot({
        dosingEndedAt: '2026-01-15T15:00:00.000Z',
        timezone: 'Mars/Olympus',
        settings: DEFAULT_INTEGRATION,
        pullForward: false,
        now: '2026-01-15T15:00:00.000Z',
      }),
    ).toThrow(/timezone/);
  });
});

describe('normalizeIntegration', () => {
  it('reads a missing setting as the 24–72 h default', () => {
    expect(normalizeIntegration(undefined)).toEqual(DEFAULT_INTEGRATION);
  });

  it('names the failing field', () => {
    const ok = { ...DEFAULT_INTEGRATION };
    expect(() => normalizeIntegration({ ...ok, toHours: 24 })).toThrow(/integration.toHours/);
    expect(() => normalizeIntegration({ ...ok, fromHours: -1 })).toThrow(/integration.fromHours/);
    expect(() => normalizeIntegration({ ...ok, pulledForwardHours: 30 })).toThrow(/pulledForwardHours/);
    expect(() => normalizeIntegration({ ...ok, contactTime: '25:00' })).toThrow(/contactTime/);
    expect(() => normalizeIntegration({ ...ok, durationMinutes: 5 })).toThrow(/durationMinutes/);
    expect(() => normalizeIntegration('24-72')).toThrow(/integration: must be an object/);
  });
});
