import { describe, expect, it } from 'vitest';
import { appliesToArm, localDayStart, planSessions } from './schedule.ts';
import { caught, minimalDefinition } from './testing.ts';
import type { ProgramDefinition, SessionPlan } from './types.ts';

const plan = (over: Partial<SessionPlan>): SessionPlan => ({
  key: 'p',
  name: 'P',
  phase: 'preparation',
  kind: 'personal',
  dosing: null,
  days: [0],
  startTime: '10:00',
  durationMinutes: 60,
  facilitatorsNeeded: 1,
  arms: null,
  description: '',
  ...over,
});

const cohortDef: ProgramDefinition = minimalDefinition({
  format: 'cohort',
  arms: [
    { key: 'a', name: 'A', description: '' },
    { key: 'b', name: 'B', description: '' },
  ],
  sessions: [
    plan({ key: 'group-all', kind: 'group', days: [1] }),
    plan({ key: 'group-a', kind: 'group', days: [2], arms: ['a'] }),
    plan({ key: 'personal-b', days: [3], arms: ['b'] }),
    plan({ key: 'personal-all', days: [0, -2], startTime: '09:30' }),
  ],
});

const opts = { startDate: '2026-05-04', timezone: 'Europe/Amsterdam', arm: null, kind: 'all' } as const;

describe('planSessions', () => {
  it('dates every occurrence at the local start time, sorted, with 1-based occurrences in day order', () => {
    const out = planSessions(cohortDef, opts);
    expect(out.map((s) => [s.planKey, s.occurrence, s.day, s.startsAt, s.endsAt])).toEqual([
      ['personal-all', 1, -2, '2026-05-02T07:30:00.000Z', '2026-05-02T08:30:00.000Z'],
      ['personal-all', 2, 0, '2026-05-04T07:30:00.000Z', '2026-05-04T08:30:00.000Z'],
      ['group-all', 1, 1, '2026-05-05T08:00:00.000Z', '2026-05-05T09:00:00.000Z'],
      ['group-a', 1, 2, '2026-05-06T08:00:00.000Z', '2026-05-06T09:00:00.000Z'],
      ['personal-b', 1, 3, '2026-05-07T08:00:00.000Z', '2026-05-07T09:00:00.000Z'],
    ]);
  });

  it('carries the plan details and arms on each session', () => {
    const groupA = planSessions(cohortDef, opts).find((s) => s.planKey === 'group-a');
    expect(groupA).toMatchObject({
      name: 'P',
      phase: 'preparation',
      kind: 'group',
      arms: ['a'],
      dosing: null,
    });
    expect(groupA?.facilitatorsNeeded).toBe(1);
  });

  it('filters by kind', () => {
    expect(planSessions(cohortDef, { ...opts, kind: 'group' }).map((s) => s.planKey)).toEqual([
      'group-all',
      'group-a',
    ]);
    expect(planSessions(cohortDef, { ...opts, kind: 'personal' }).map((s) => s.planKey)).toEqual([
      'personal-all',
      'personal-all',
      'personal-b',
    ]);
  });

  it('filters by arm: plans for every arm plus plans for that arm', () => {
    expect(planSessions(cohortDef, { ...opts, arm: 'a' }).map((s) => s.planKey)).toEqual([
      'personal-all',
      'personal-all',
      'group-all',
      'group-a',
    ]);
    expect(planSessions(cohortDef, { ...opts, arm: 'b', kind: 'group' }).map((s) => s.planKey)).toEqual([
      'group-all',
    ]);
  });

  it('keeps 10:00 local across the spring daylight-saving change in Amsterdam (29 March 2026)', () => {
    const def = minimalDefinition({ sessions: [plan({ days: [0, 1, 2, 3] })] });
    const out = planSessions(def, { ...opts, startDate: '2026-03-27' });
    expect(out.map((s) => s.startsAt)).toEqual([
      '2026-03-27T09:00:00.000Z',
      '2026-03-28T09:00:00.000Z',
      '2026-03-29T08:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
    ]);
  });

  it('keeps 10:00 local across the autumn change (25 October 2026)', () => {
    const def = minimalDefinition({ sessions: [plan({ days: [0, 1] })] });
    const out = planSessions(def, { ...opts, startDate: '2026-10-24' });
    expect(out.map((s) => s.startsAt)).toEqual(['2026-10-24T08:00:00.000Z', '2026-10-25T09:00:00.000Z']);
  });

  it('measures the duration in elapsed time: a session over the night of the change ends an hour later locally', () => {
    const def = minimalDefinition({ sessions: [plan({ startTime: '22:00', durationMinutes: 600 })] });
    const [s] = planSessions(def, { ...opts, startDate: '2026-03-28' });
    expect(s).toMatchObject({ startsAt: '2026-03-28T21:00:00.000Z', endsAt: '2026-03-29T07:00:00.000Z' });
  });

  it('uses the zone given', () => {
    const def = minimalDefinition({ sessions: [plan({})] });
    const [ny] = planSessions(def, { ...opts, timezone: 'America/New_York' });
    const [utc] = planSessions(def, { ...opts, timezone: 'UTC' });
    expect(ny?.startsAt).toBe('2026-05-04T14:00:00.000Z');
    expect(utc?.startsAt).toBe('2026-05-04T10:00:00.000Z');
  });

  it('refuses an unknown zone and an impossible date', () => {
    const def = minimalDefinition();
    expect(caught(() => planSessions(def, { ...opts, timezone: 'Mars/Olympus' })).fields[0]?.field).toBe(
      'timezone',
    );
    expect(caught(() => planSessions(def, { ...opts, startDate: '2026-02-30' })).fields[0]?.field).toBe(
      'startDate',
    );
    expect(caught(() => planSessions(def, { ...opts, startDate: '4 May 2026' })).fields[0]?.field).toBe(
      'startDate',
    );
  });
});

describe('helpers', () => {
  it('appliesToArm', () => {
    expect(appliesToArm(null, 'a')).toBe(true);
    expect(appliesToArm(['a'], null)).toBe(true);
    expect(appliesToArm(['a'], 'a')).toBe(true);
    expect(appliesToArm(['a'], 'b')).toBe(false);
  });

  it('localDayStart is midnight local', () => {
    expect(localDayStart('2026-03-29', 'Europe/Amsterdam').toUTC().toISO()).toBe('2026-03-28T23:00:00.000Z');
  });
});
