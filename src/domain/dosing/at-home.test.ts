import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  alertForHelp,
  alertForMissedCheckin,
  assertAtHomeStartAllowed,
  checkinFor,
  checkinVitals,
  isMissed,
  normalizeAtHomeSettings,
  plannedCheckins,
  SUPPORT_ATTESTATION_VERSION,
  type SupportPerson,
  supportLinkExpiry,
  supportProblems,
} from './at-home.ts';

const support: SupportPerson = {
  name: 'Sam de Vries',
  phone: '06 1234 5678',
  relationship: 'partner',
  attestedName: ' sam  de vries ',
  agreed: true,
  attestedAt: '2026-12-01T10:00:00.000Z',
  attestationVersion: SUPPORT_ATTESTATION_VERSION,
};

const kindOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? e.kind : 'other';
  }
  return 'none';
};

describe('at-home support person', () => {
  it('allows a start with a named, attested support person (typed name matched loosely)', () => {
    expect(supportProblems(support)).toEqual([]);
    expect(() => assertAtHomeStartAllowed(support)).not.toThrow();
  });

  it('refuses without a support person', () => {
    expect(kindOf(() => assertAtHomeStartAllowed(null))).toBe('conflict');
  });

  it.each([
    ['name', { name: ' ' }],
    ['phone', { phone: null }],
    ['relationship', { relationship: '' }],
    ['tick', { agreed: false }],
    ['typed name', { attestedName: null }],
    ['another typed name', { attestedName: 'Kim' }],
    ['time', { attestedAt: 'yesterday' }],
    ['old version', { attestationVersion: '2025-01-v0' }],
    ['no version', { attestationVersion: null }],
  ])('refuses a missing or wrong %s', (_, over) => {
    expect(supportProblems({ ...support, ...over })).toHaveLength(1);
    expect(kindOf(() => assertAtHomeStartAllowed({ ...support, ...over }))).toBe('conflict');
  });
});

describe('at-home settings', () => {
  it('sorts the check-in times', () => {
    expect(
      normalizeAtHomeSettings({ checkinMinutes: [120, 30, 60], graceMinutes: 15, askVitals: true }),
    ).toEqual({
      checkinMinutes: [30, 60, 120],
      graceMinutes: 15,
      askVitals: true,
    });
  });

  it.each([
    [{ checkinMinutes: [], graceMinutes: 15, askVitals: false }],
    [{ checkinMinutes: [30, 30], graceMinutes: 15, askVitals: false }],
    [{ checkinMinutes: [0], graceMinutes: 15, askVitals: false }],
    [{ checkinMinutes: [30.5], graceMinutes: 15, askVitals: false }],
    [{ checkinMinutes: [30], graceMinutes: 0, askVitals: false }],
    [{ checkinMinutes: [30], graceMinutes: null, askVitals: false }],
    [{ checkinMinutes: [30], graceMinutes: 15, askVitals: undefined }],
  ])('refuses %j', (input) => {
    expect(kindOf(() => normalizeAtHomeSettings(input))).toBe('validation');
  });

  it('plans the check-ins from the start', () => {
    expect(
      plannedCheckins(
        { checkinMinutes: [30, 60], graceMinutes: 10, askVitals: false },
        '2026-12-06T10:00:00Z',
      ),
    ).toEqual([
      { offsetMinutes: 30, dueAt: '2026-12-06T10:30:00.000Z' },
      { offsetMinutes: 60, dueAt: '2026-12-06T11:00:00.000Z' },
    ]);
    expect(
      kindOf(() => plannedCheckins({ checkinMinutes: [30], graceMinutes: 10, askVitals: false }, 'x')),
    ).toBe('validation');
  });

  it('keeps a support link until the session ends or the last grace period, whichever is later', () => {
    const planned = [{ offsetMinutes: 120, dueAt: '2026-12-06T12:00:00.000Z' }];
    expect(supportLinkExpiry('2026-12-06T11:00:00.000Z', planned, 30)).toBe('2026-12-06T12:30:00.000Z');
    expect(supportLinkExpiry('2026-12-06T18:00:00.000Z', planned, 30)).toBe('2026-12-06T18:00:00.000Z');
  });
});

describe('check-in answers', () => {
  const checkins = [
    { id: 'a', dueAt: '2026-12-06T10:30:00.000Z', answer: null },
    { id: 'b', dueAt: '2026-12-06T11:00:00.000Z', answer: null },
  ];

  it('answers the earliest open check-in, from 10 minutes before it is due', () => {
    expect(checkinFor(checkins, 'ok', new Date('2026-12-06T10:21:00Z'))?.id).toBe('a');
    expect(checkinFor(checkins, 'ok', new Date('2026-12-06T11:05:00Z'))?.id).toBe('a');
    expect(
      checkinFor([{ ...checkins[0]!, answer: 'ok' }, checkins[1]!], 'ok', new Date('2026-12-06T11:05:00Z'))
        ?.id,
    ).toBe('b');
  });

  it('refuses "I\'m OK" with nothing open, and takes "I need help" at any time', () => {
    expect(kindOf(() => checkinFor(checkins, 'ok', new Date('2026-12-06T10:00:00Z')))).toBe('conflict');
    expect(checkinFor(checkins, 'help', new Date('2026-12-06T10:00:00Z'))).toBeNull();
  });

  it('calls an unanswered check-in missed once its grace period passed', () => {
    expect(isMissed(checkins[0]!, 15, new Date('2026-12-06T10:44:59Z'))).toBe(false);
    expect(isMissed(checkins[0]!, 15, new Date('2026-12-06T10:45:00Z'))).toBe(true);
    expect(isMissed({ ...checkins[0]!, answer: 'ok' }, 15, new Date('2026-12-06T12:00:00Z'))).toBe(false);
  });

  it('needs blood pressure and pulse with "I\'m OK" when the program asks, never with "I need help"', () => {
    expect(kindOf(() => checkinVitals('ok', true, { systolic: 120, diastolic: 80 }))).toBe('validation');
    expect(checkinVitals('help', true, {})).toEqual({ systolic: null, diastolic: null, heartRate: null });
    expect(checkinVitals('ok', true, { systolic: 120, diastolic: 80, heartRate: 70 })).toEqual({
      systolic: 120,
      diastolic: 80,
      heartRate: 70,
    });
    expect(kindOf(() => checkinVitals('ok', false, { systolic: 80, diastolic: 120 }))).toBe('validation');
    expect(kindOf(() => checkinVitals('ok', false, { heartRate: 900 }))).toBe('validation');
  });
});

describe('at-home alerts', () => {
  it('raises one high alert per missed check-in and per "I need help" (dedupe keys)', () => {
    const missed = alertForMissedCheckin({ id: 'c1', dueAt: '2026-12-06T10:30:00.000Z', offsetMinutes: 30 });
    expect(missed).toMatchObject({ kind: 'at-home', severity: 'high', dedupeKey: 'home-checkin:c1:missed' });
    expect(missed.trigger).toContain('10:30 UTC (+30 min)');
    const help = alertForHelp({ id: 'c1', answeredBy: 'support' });
    expect(help).toMatchObject({ kind: 'at-home', severity: 'high', dedupeKey: 'home-checkin:c1:help' });
    expect(help.trigger).toMatch(/^The support person/);
  });
});
