import { describe, expect, it } from 'vitest';
import type { AssessmentDue } from '../programs/types.ts';
import { parsePoints, seriesByInstrument, toSubject } from './stored.ts';

const due = (planKey: string, instrumentId: string, over: Partial<AssessmentDue>): AssessmentDue => ({
  planKey,
  instrumentId,
  label: planKey,
  occurrence: 1,
  dueAt: '2026-01-10T09:00:00.000Z',
  windowOpensAt: '2026-01-08T09:00:00.000Z',
  windowClosesAt: '2026-01-12T09:00:00.000Z',
  answersFrom: '2026-01-08T09:00:00.000Z',
  status: 'missed',
  responseId: null,
  ...over,
});

describe('outcome series', () => {
  const list = [
    due('baseline', 'phq-9', { status: 'done', responseId: 'r1' }),
    due('baseline', 'gad-7', { status: 'done', responseId: 'r2' }),
    due('week-4', 'phq-9', { dueAt: '2026-02-07T09:00:00.000Z', windowClosesAt: '2026-02-14T09:00:00.000Z' }),
    due('after', 'phq-9', {
      occurrence: 2,
      dueAt: null,
      windowOpensAt: null,
      windowClosesAt: null,
      answersFrom: null,
      status: 'unscheduled',
    }),
  ];
  const responses = new Map([
    ['r1', { total: 17, administeredAt: '2026-01-09T10:00:00.000Z' }],
    ['r2', { total: 11, administeredAt: '2026-01-09T10:05:00.000Z' }],
  ]);

  it('stores one compact series per instrument with the matched scores', () => {
    const series = seriesByInstrument(list, responses);
    expect([...series.keys()]).toEqual(['phq-9', 'gad-7']);
    expect(series.get('phq-9')).toEqual([
      ['baseline#1', 17, 1768035600, 1768208400, 1767952800],
      ['week-4#1', null, 1770454800, 1771059600, null],
      ['after#2', null, null, null, null],
    ]);
    expect(parsePoints(JSON.stringify(series.get('gad-7')))).toEqual(series.get('gad-7'));
  });

  it('decides due-ness at the time of reading: answered, or window closed', () => {
    const points = seriesByInstrument(list, responses).get('phq-9')!;
    const attrs = { ageBand: null, sex: null, gender: null, condition: null, arm: null, cohort: null };
    const before = toSubject('e1', attrs, true, points, Date.parse('2026-02-14T09:00:00Z') / 1000);
    expect(before.points).toEqual({
      'baseline#1': { score: 17, due: true },
      'week-4#1': { score: null, due: false },
      'after#2': { score: null, due: false },
    });
    const after = toSubject('e1', attrs, true, points, Date.parse('2026-02-14T09:00:01Z') / 1000);
    expect(after.points['week-4#1']).toEqual({ score: null, due: true });
  });
});
