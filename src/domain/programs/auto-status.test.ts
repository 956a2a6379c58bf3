import { describe, expect, it } from 'vitest';
import { type AutoStatusInput, type AutoStatusSession, automaticTransitions } from './auto-status.ts';

const zone = 'Europe/Amsterdam';
const session = (startsAt: string, over: Partial<AutoStatusSession> = {}): AutoStatusSession => ({
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 2 * 3600_000).toISOString(),
  status: 'scheduled',
  attendance: null,
  ...over,
});
// First session 10:00 Amsterdam on 14 May 2026 (08:00 UTC); last on 16 May.
const sessions = [session('2026-05-14T08:00:00.000Z'), session('2026-05-16T08:00:00.000Z')];
const input = (over: Partial<AutoStatusInput>): AutoStatusInput => ({
  status: 'consented',
  sessions,
  assessments: [],
  timezone: zone,
  now: '2026-05-14T12:00:00.000Z',
  ...over,
});

describe('automatic enrollment status', () => {
  it('moves nothing before the first session is attended or its day passes', () => {
    expect(automaticTransitions(input({}))).toEqual([]);
  });

  it('activates a consented enrollment when the client attended', () => {
    const attended = [session('2026-05-14T08:00:00.000Z', { attendance: 'attended' }), sessions[1]!];
    expect(automaticTransitions(input({ sessions: attended })).map((t) => t.to)).toEqual(['active']);
  });

  it('activates once the local day of the first session has passed, not before', () => {
    // 23:59 Amsterdam on 14 May is 21:59 UTC: still the day.
    expect(automaticTransitions(input({ now: '2026-05-14T21:59:00.000Z' }))).toEqual([]);
    expect(automaticTransitions(input({ now: '2026-05-14T22:00:00.000Z' })).map((t) => t.to)).toEqual([
      'active',
    ]);
  });

  it('an absence on the first day does not activate until that day has passed', () => {
    const absent = [session('2026-05-14T08:00:00.000Z', { attendance: 'absent' }), sessions[1]!];
    expect(automaticTransitions(input({ sessions: absent }))).toEqual([]);
  });

  it('never moves an enrollment that is not consented or active', () => {
    for (const status of [
      'referred',
      'screening',
      'eligible',
      'ineligible',
      'completed',
      'withdrawn',
    ] as const)
      expect(automaticTransitions(input({ status, now: '2027-01-01T00:00:00.000Z' }))).toEqual([]);
  });

  it('completes after the last session day when every questionnaire window has closed', () => {
    const after = '2026-05-16T22:00:00.000Z';
    expect(automaticTransitions(input({ status: 'active', now: '2026-05-16T21:00:00.000Z' }))).toEqual([]);
    expect(automaticTransitions(input({ status: 'active', now: after })).map((t) => t.to)).toEqual([
      'completed',
    ]);
  });

  it('stays active while a follow-up questionnaire window is still open', () => {
    const assessments = [
      { windowClosesAt: '2026-05-20T00:00:00.000Z', status: 'done' as const },
      { windowClosesAt: '2026-08-30T00:00:00.000Z', status: 'upcoming' as const },
      { windowClosesAt: null, status: 'unscheduled' as const },
    ];
    const base = { status: 'active' as const, assessments };
    expect(automaticTransitions(input({ ...base, now: '2026-06-01T00:00:00.000Z' }))).toEqual([]);
    expect(
      automaticTransitions(input({ ...base, now: '2026-08-30T00:00:00.000Z' })).map((t) => t.to),
    ).toEqual(['completed']);
  });

  it('catches up both moves at once, and ignores cancelled sessions', () => {
    const withCancelled = [...sessions, session('2026-06-01T08:00:00.000Z', { status: 'cancelled' })];
    const moves = automaticTransitions(input({ sessions: withCancelled, now: '2026-05-20T00:00:00.000Z' }));
    expect(moves.map((t) => t.to)).toEqual(['active', 'completed']);
    expect(moves[0]!.because).toMatch(/first session/);
  });

  it('moves nothing without sessions', () => {
    expect(automaticTransitions(input({ sessions: [], now: '2027-01-01T00:00:00.000Z' }))).toEqual([]);
  });

  it('refuses an unknown time zone and an invalid time', () => {
    expect(() => automaticTransitions(input({ timezone: 'Mars/Olympus' }))).toThrow(/timezone/);
    expect(() => automaticTransitions(input({ now: 'yesterday' }))).toThrow(/now/);
    expect(() =>
      automaticTransitions(
        input({ sessions: [session('2026-05-14T08:00:00.000Z'), { ...sessions[1]!, startsAt: 'x' }] }),
      ),
    ).toThrow(/sessions/);
  });
});
