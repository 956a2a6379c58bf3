import { describe, expect, it } from 'vitest';
import { type AssessmentsDueOptions, assessmentsDue, plannedDosingCount } from './assessments.ts';
import { caught, minimalDefinition } from './testing.ts';
import type { AssessmentPlan, ProgramDefinition, ScheduledSessionRef } from './types.ts';

const a = (over: Partial<AssessmentPlan>): AssessmentPlan => ({
  key: 'k',
  instrumentId: 'phq-9',
  label: 'L',
  anchor: 'start',
  dosingNumbers: null,
  offset: { amount: 0, unit: 'days' },
  window: { beforeDays: 0, afterDays: 7 },
  arms: null,
  ...over,
});

const session = (startsAt: string, over: Partial<ScheduledSessionRef> = {}): ScheduledSessionRef => ({
  planKey: 'dose',
  dosing: true,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 2 * 3600_000).toISOString(),
  status: 'scheduled',
  ...over,
});

const base: AssessmentsDueOptions = {
  enrolledAt: '2026-04-20T12:34:00.000Z',
  startDate: '2026-05-04',
  timezone: 'Europe/Amsterdam',
  arm: null,
  sessions: [session('2026-05-04T08:00:00.000Z'), session('2026-05-11T08:00:00.000Z')],
  responses: [],
  now: '2026-04-01T00:00:00.000Z',
};

const def = (assessments: AssessmentPlan[], over: Partial<ProgramDefinition> = {}) =>
  minimalDefinition({ assessments, ...over });

const due = (plans: AssessmentPlan[], opts: Partial<AssessmentsDueOptions> = {}, over = {}) =>
  assessmentsDue(def(plans, over), { ...base, ...opts });

describe('assessmentsDue: anchors', () => {
  it("'start' is the start date at 00:00 local", () => {
    const [d] = due([a({ anchor: 'start' })]);
    expect(d).toMatchObject({ dueAt: '2026-05-03T22:00:00.000Z', occurrence: 1, label: 'L', planKey: 'k' });
  });

  it("'enrollment' is the enrollment instant", () => {
    const [d] = due([a({ anchor: 'enrollment', offset: { amount: 1, unit: 'weeks' } })]);
    expect(d?.dueAt).toBe('2026-04-27T12:34:00.000Z');
  });

  it("'first-dosing' and 'last-dosing' use the non-cancelled dosing sessions in time order", () => {
    const sessions = [
      session('2026-05-18T08:00:00.000Z', { status: 'cancelled' }),
      session('2026-05-11T08:00:00.000Z'),
      session('2026-05-01T08:00:00.000Z', { status: 'cancelled' }),
      session('2026-05-04T08:00:00.000Z', { status: 'completed' }),
      session('2026-05-20T08:00:00.000Z', { dosing: false, planKey: 'talk' }),
    ];
    const out = due(
      [a({ key: 'first', anchor: 'first-dosing' }), a({ key: 'last', anchor: 'last-dosing' })],
      {
        sessions,
      },
    );
    expect(out.map((d) => [d.planKey, d.dueAt])).toEqual([
      ['first', '2026-05-04T08:00:00.000Z'],
      ['last', '2026-05-11T08:00:00.000Z'],
    ]);
  });

  it("'end' is the end of the last non-cancelled session of any kind", () => {
    const sessions = [
      session('2026-05-04T08:00:00.000Z'),
      session('2026-05-20T08:00:00.000Z', { dosing: false, endsAt: '2026-05-20T09:00:00.000Z' }),
      session('2026-06-01T08:00:00.000Z', { status: 'cancelled' }),
    ];
    const [d] = due([a({ anchor: 'end' })], { sessions });
    expect(d?.dueAt).toBe('2026-05-20T09:00:00.000Z');
  });

  it('an anchor without a date is unscheduled, listed last', () => {
    const out = due(
      [a({ key: 'end', anchor: 'end' }), a({ key: 'first', anchor: 'first-dosing' }), a({ key: 's' })],
      {
        sessions: [],
      },
    );
    expect(out.map((d) => [d.planKey, d.status, d.dueAt, d.windowOpensAt, d.windowClosesAt])).toEqual([
      ['s', 'upcoming', '2026-05-03T22:00:00.000Z', '2026-05-03T22:00:00.000Z', '2026-05-10T22:00:00.000Z'],
      ['end', 'unscheduled', null, null, null],
      ['first', 'unscheduled', null, null, null],
    ]);
  });
});

describe('assessmentsDue: each dosing', () => {
  it('one item per dosing session, numbered in time order', () => {
    const out = due([a({ anchor: 'each-dosing', offset: { amount: 24, unit: 'hours' } })]);
    expect(out.map((d) => [d.occurrence, d.dueAt])).toEqual([
      [1, '2026-05-05T08:00:00.000Z'],
      [2, '2026-05-12T08:00:00.000Z'],
    ]);
  });

  it('only the dosing numbers asked for; a number not yet scheduled is unscheduled', () => {
    const out = due([a({ anchor: 'each-dosing', dosingNumbers: [1, 3] })]);
    expect(out.map((d) => [d.occurrence, d.status, d.dueAt])).toEqual([
      [1, 'upcoming', '2026-05-04T08:00:00.000Z'],
      [3, 'unscheduled', null],
    ]);
  });

  it('counts the dosings the definition plans when fewer are scheduled', () => {
    const out = due([a({ anchor: 'each-dosing' })], { sessions: [session('2026-05-04T08:00:00.000Z')] });
    expect(out.map((d) => [d.occurrence, d.status])).toEqual([
      [1, 'upcoming'],
      [2, 'unscheduled'],
    ]);
  });

  it('plannedDosingCount counts occurrences of dosing plans for the arm', () => {
    const d = minimalDefinition({
      arms: [
        { key: 'x', name: 'X', description: '' },
        { key: 'y', name: 'Y', description: '' },
      ],
    });
    const first = d.sessions[0]!;
    d.sessions = [
      { ...first, key: 'a', days: [0, 1, 2], arms: ['x'] },
      { ...first, key: 'b', days: [0], arms: ['y'] },
      { ...first, key: 'c', days: [5], arms: null, dosing: null },
    ];
    expect(plannedDosingCount(d, 'x')).toBe(3);
    expect(plannedDosingCount(d, 'y')).toBe(1);
    expect(plannedDosingCount(d, null)).toBe(4);
  });
});

describe('assessmentsDue: calendar arithmetic in the zone', () => {
  it('a month after 31 January is 28 February', () => {
    const [d] = due([a({ anchor: 'start', offset: { amount: 1, unit: 'months' } })], {
      startDate: '2026-01-31',
    });
    expect(d?.dueAt).toBe('2026-02-27T23:00:00.000Z');
  });

  it('days keep the local time across the daylight-saving change; hours do not', () => {
    const sessions = [session('2026-03-28T09:00:00.000Z')]; // 10:00 in Amsterdam
    const out = due(
      [
        a({ key: 'day', anchor: 'first-dosing', offset: { amount: 1, unit: 'days' } }),
        a({ key: 'hours', anchor: 'first-dosing', offset: { amount: 24, unit: 'hours' } }),
      ],
      { sessions, startDate: '2026-03-28' },
    );
    expect(out.map((d) => [d.planKey, d.dueAt])).toEqual([
      ['day', '2026-03-29T08:00:00.000Z'],
      ['hours', '2026-03-29T09:00:00.000Z'],
    ]);
  });

  it('windows are whole local days around the due time', () => {
    const [d] = due(
      [
        a({
          anchor: 'start',
          offset: { amount: 3, unit: 'months' },
          window: { beforeDays: 7, afterDays: 14 },
        }),
      ],
      {
        startDate: '2026-01-01',
      },
    );
    expect(d).toMatchObject({
      dueAt: '2026-03-31T22:00:00.000Z',
      windowOpensAt: '2026-03-24T23:00:00.000Z',
      windowClosesAt: '2026-04-14T22:00:00.000Z',
    });
  });
});

describe('assessmentsDue: status and responses', () => {
  const plan = a({ anchor: 'start', window: { beforeDays: 1, afterDays: 7 } });
  // due 2026-05-03T22:00Z; window [2026-05-02T22:00Z, 2026-05-10T22:00Z]; a dosing before the
  // start makes these timepoints not baselines (those count from enrollment, tested below).
  const due = (plans: AssessmentPlan[], opts: Partial<AssessmentsDueOptions> = {}) =>
    assessmentsDue(def(plans), { ...base, sessions: [session('2026-04-27T08:00:00.000Z')], ...opts });

  it.each([
    ['2026-05-02T21:59:59.999Z', 'upcoming'],
    ['2026-05-02T22:00:00.000Z', 'open'],
    ['2026-05-10T22:00:00.000Z', 'open'],
    ['2026-05-10T22:00:00.001Z', 'missed'],
  ])('now %s → %s', (now, status) => {
    expect(due([plan], { now })[0]?.status).toBe(status);
  });

  it('a response of the instrument inside the window makes it done, edges included', () => {
    for (const at of ['2026-05-02T22:00:00.000Z', '2026-05-10T22:00:00.000Z']) {
      const [d] = due([plan], {
        now: '2026-06-01T00:00:00.000Z',
        responses: [{ id: 'r1', instrumentId: 'phq-9', administeredAt: at }],
      });
      expect(d).toMatchObject({ status: 'done', responseId: 'r1' });
    }
  });

  it('a response outside the window or of another instrument does not count', () => {
    const [d] = due([plan], {
      now: '2026-06-01T00:00:00.000Z',
      responses: [
        { id: 'early', instrumentId: 'phq-9', administeredAt: '2026-05-02T21:00:00.000Z' },
        { id: 'other', instrumentId: 'gad-7', administeredAt: '2026-05-05T10:00:00.000Z' },
      ],
    });
    expect(d).toMatchObject({ status: 'missed', responseId: null });
  });

  it('each response satisfies at most one due item, earliest due first', () => {
    const plans = [
      a({
        key: 'second',
        anchor: 'start',
        offset: { amount: 2, unit: 'days' },
        window: { beforeDays: 3, afterDays: 3 },
      }),
      a({
        key: 'first',
        anchor: 'start',
        offset: { amount: 0, unit: 'days' },
        window: { beforeDays: 3, afterDays: 3 },
      }),
    ];
    const out = due(plans, {
      now: '2026-05-05T00:00:00.000Z',
      responses: [{ id: 'r1', instrumentId: 'phq-9', administeredAt: '2026-05-04T10:00:00.000Z' }],
    });
    expect(out.map((d) => [d.planKey, d.status, d.responseId])).toEqual([
      ['first', 'done', 'r1'],
      ['second', 'open', null],
    ]);
  });

  it('with two responses, each due item takes the earliest unused one in its window', () => {
    const plans = [
      a({ key: 'first', anchor: 'start', window: { beforeDays: 3, afterDays: 3 } }),
      a({
        key: 'second',
        anchor: 'start',
        offset: { amount: 2, unit: 'days' },
        window: { beforeDays: 3, afterDays: 3 },
      }),
    ];
    const out = due(plans, {
      now: '2026-05-20T00:00:00.000Z',
      responses: [
        { id: 'r2', instrumentId: 'phq-9', administeredAt: '2026-05-05T10:00:00.000Z' },
        { id: 'r1', instrumentId: 'phq-9', administeredAt: '2026-05-04T10:00:00.000Z' },
      ],
    });
    expect(out.map((d) => d.responseId)).toEqual(['r1', 'r2']);
  });
});

describe('assessmentsDue: baselines count answers from enrollment', () => {
  // enrolled 2026-04-20T12:34Z; first dosing 2026-05-04T08:00Z
  const baseline = a({
    key: 'baseline',
    anchor: 'first-dosing',
    offset: { amount: -1, unit: 'days' },
    window: { beforeDays: 2, afterDays: 1 },
  });
  const later = a({ key: 'after', anchor: 'last-dosing', offset: { amount: 1, unit: 'weeks' } });

  it('an instrument’s first timepoint before the first dosing counts answers from enrollment', () => {
    const [d, e] = due([baseline, later], { now: '2026-04-21T09:00:00.000Z' });
    // The scheduler still waits for the window (status); answers count from enrollment.
    expect(d).toMatchObject({
      planKey: 'baseline',
      windowOpensAt: '2026-05-01T08:00:00.000Z',
      answersFrom: base.enrolledAt,
      status: 'upcoming',
    });
    expect(e).toMatchObject({ planKey: 'after', status: 'upcoming' });
    expect(e?.answersFrom).toBe(e?.windowOpensAt);
  });

  it('an answer between enrollment and the window is the baseline; one before enrolling is not', () => {
    const [d] = due([baseline], {
      now: '2026-06-01T00:00:00.000Z',
      responses: [
        { id: 'before', instrumentId: 'phq-9', administeredAt: '2026-04-19T10:00:00.000Z' },
        { id: 'soon', instrumentId: 'phq-9', administeredAt: '2026-04-22T10:00:00.000Z' },
      ],
    });
    expect(d).toMatchObject({ status: 'done', responseId: 'soon' });
  });

  it('a first timepoint after the first dosing keeps its window (no baseline before dosing)', () => {
    const [d] = due([later], { now: '2026-04-21T09:00:00.000Z' });
    expect(d?.status).toBe('upcoming');
    expect(d?.answersFrom).toBe(d?.dueAt);
  });

  it('only the first timepoint of each instrument; a window already open before enrollment stays', () => {
    const wide = { ...baseline, window: { beforeDays: 30, afterDays: 1 } };
    const second = { ...baseline, key: 'second', offset: { amount: 0, unit: 'days' as const } };
    const gad = { ...baseline, key: 'gad', instrumentId: 'gad-7' };
    const out = due([wide, second, gad], { now: '2026-04-21T09:00:00.000Z' });
    const byKey = Object.fromEntries(out.map((d) => [d.planKey, d.answersFrom]));
    expect(byKey).toEqual({
      baseline: '2026-04-03T08:00:00.000Z',
      second: '2026-05-02T08:00:00.000Z',
      gad: base.enrolledAt,
    });
  });
});

describe('assessmentsDue: input', () => {
  it('accepts a calendar date as the enrollment (the preview uses the start date)', () => {
    const [d] = due([a({ anchor: 'enrollment' })], { enrolledAt: '2026-05-04' });
    expect(d?.dueAt).toBe('2026-05-03T22:00:00.000Z');
  });

  it('refuses an unreadable enrollment date, current time, start date or zone', () => {
    expect(caught(() => due([a({})], { enrolledAt: 'soon' })).fields[0]?.field).toBe('enrolledAt');
    expect(caught(() => due([a({})], { now: 'soon' })).fields[0]?.field).toBe('now');
    expect(caught(() => due([a({})], { startDate: '2026-13-01' })).fields[0]?.field).toBe('startDate');
    expect(caught(() => due([a({})], { timezone: 'Nowhere' })).fields[0]?.field).toBe('timezone');
  });
});

describe('assessmentsDue: arms', () => {
  it('only plans for every arm and for the client’s arm', () => {
    const arms = [
      { key: 'x', name: 'X', description: '' },
      { key: 'y', name: 'Y', description: '' },
    ];
    const plans = [a({ key: 'all' }), a({ key: 'x-only', arms: ['x'] }), a({ key: 'y-only', arms: ['y'] })];
    const out = due(plans, { arm: 'x' }, { arms });
    expect(out.map((d) => d.planKey)).toEqual(['all', 'x-only']);
  });
});
