import { describe, expect, it } from 'vitest';
import { byLocalDate, datesOf, rangeOf, readState, step, writeState } from './range.ts';

describe('calendar range', () => {
  it('starts weeks on Monday and covers local midnights, across a DST change', () => {
    // 29 March 2026: clocks go forward in Amsterdam.
    expect(datesOf('week', '2026-03-26', 'Europe/Amsterdam')).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
    expect(rangeOf('week', '2026-03-26', 'Europe/Amsterdam')).toEqual({
      from: '2026-03-22T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
    });
    expect(rangeOf('day', '2026-05-14', 'Europe/Amsterdam')).toEqual({
      from: '2026-05-13T22:00:00.000Z',
      to: '2026-05-14T22:00:00.000Z',
    });
  });

  it('steps by week or day', () => {
    expect(step('week', '2026-05-14', 1)).toBe('2026-05-21');
    expect(step('day', '2026-05-01', -1)).toBe('2026-04-30');
  });

  it('groups sessions by their local start date', () => {
    const groups = byLocalDate(
      [
        { id: 'b', startsAt: '2026-05-14T08:00:00.000Z' },
        { id: 'a', startsAt: '2026-05-13T22:30:00.000Z' },
        { id: 'c', startsAt: '2026-05-13T21:30:00.000Z' },
      ],
      'Europe/Amsterdam',
    );
    expect(groups.get('2026-05-14')?.map((s) => s.id)).toEqual(['a', 'b']);
    expect(groups.get('2026-05-13')?.map((s) => s.id)).toEqual(['c']);
  });

  it('reads and writes the URL state', () => {
    const state = readState(new URLSearchParams('view=day&date=2026-05-14&roomId=r1'), '2026-01-01');
    expect(state).toEqual({
      view: 'day',
      date: '2026-05-14',
      facilitatorId: '',
      roomId: 'r1',
      includeCancelled: false,
    });
    expect(readState(new URLSearchParams('date=nonsense'), '2026-01-01').date).toBe('2026-01-01');
    expect(writeState({ ...state, date: '2026-01-01' }, '2026-01-01').toString()).toBe('view=day&roomId=r1');
  });
});
