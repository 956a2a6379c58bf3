import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../errors.ts';
import { compareScores } from '../change.ts';
import { answersOf, refusalOf, sourcedIn } from '../testing.ts';
import type { Answers } from '../types.ts';
import { who5 } from './index.ts';

const IDS = ['q1', 'q2', 'q3', 'q4', 'q5'] as const;

const refusal = (answers: Answers): DomainError => refusalOf(() => who5.score(answers));

describe('WHO-5 scoring', () => {
  it('reports the raw total, the percentage score (raw × 4) and no severity', () => {
    expect(who5.score(answersOf([4, 3, 3, 4, 4]))).toEqual({
      instrumentId: 'who-5',
      instrumentVersion: who5.version,
      total: 18,
      severity: null,
      subscales: { percentage: 72 },
      flags: [],
    });
  });

  it('spans 0–25 raw and 0–100 percent', () => {
    expect(who5.score(answersOf([5, 5, 5, 5, 5]))).toMatchObject({
      total: 25,
      subscales: { percentage: 100 },
    });
    expect(who5.score(answersOf([0, 0, 0, 0, 0]))).toMatchObject({ total: 0, subscales: { percentage: 0 } });
  });

  it('raw 13 with no item at 0 or 1 raises no flag', () => {
    expect(who5.score(answersOf([3, 3, 3, 2, 2])).flags).toEqual([]);
  });

  it('raw 12 (below 13) raises poor-wellbeing on the raw score alone', () => {
    const score = who5.score(answersOf([2, 2, 2, 2, 4]));
    expect(score.total).toBe(12);
    expect(score.subscales.percentage).toBe(48);
    expect(score.flags).toEqual([
      {
        id: 'poor-wellbeing',
        reason: 'Raw score 12 is below 13',
        reasonCode: { code: 'wellbeing-low', params: { raw: 12, rawBelow: 13, items: [] } },
      },
    ]);
  });

  it('an item answered 1 raises poor-wellbeing even with a high raw score, naming the item', () => {
    const score = who5.score(answersOf([5, 5, 5, 5, 1]));
    expect(score.total).toBe(21);
    expect(score.flags).toEqual([
      {
        id: 'poor-wellbeing',
        reason: 'Item 5 answered 1 (Some of the time)',
        reasonCode: {
          code: 'wellbeing-low',
          params: { raw: 21, rawBelow: 13, items: [{ item: 5, value: 1 }] },
        },
      },
    ]);
  });

  it('an item answered 0 raises poor-wellbeing, naming the item', () => {
    expect(who5.score(answersOf([0, 5, 5, 5, 5])).flags).toEqual([
      {
        id: 'poor-wellbeing',
        reason: 'Item 1 answered 0 (At no time)',
        reasonCode: {
          code: 'wellbeing-low',
          params: { raw: 20, rawBelow: 13, items: [{ item: 1, value: 0 }] },
        },
      },
    ]);
  });

  it('names both conditions, and every low item, when both fire', () => {
    expect(who5.score(answersOf([1, 3, 0, 3, 3])).flags).toEqual([
      {
        id: 'poor-wellbeing',
        reason:
          'Raw score 10 is below 13; Item 1 answered 1 (Some of the time), item 3 answered 0 (At no time)',
        reasonCode: {
          code: 'wellbeing-low',
          params: {
            raw: 10,
            rawBelow: 13,
            items: [
              { item: 1, value: 1 },
              { item: 3, value: 0 },
            ],
          },
        },
      },
    ]);
  });

  it('an item answered 2 does not count as low', () => {
    expect(who5.score(answersOf([2, 5, 5, 5, 5])).flags).toEqual([]);
  });
});

describe('WHO-5 refusals name the field', () => {
  it('refuses a missing item and names it', () => {
    const e = refusal(answersOf([3, 3, 3, 3]));
    expect(e.kind).toBe('validation');
    expect(e.fields).toMatchObject([{ field: 'answers.q5', message: 'is required for scoring' }]);
    expect(e.message).toContain('item 5 unanswered');
  });

  it('treats null as unanswered', () => {
    expect(refusal(answersOf([3, 3, 3, 3, 3], { q2: null })).fields.map((f) => f.field)).toEqual([
      'answers.q2',
    ]);
  });

  it.each([
    ['q1', 6],
    ['q4', -1],
  ])('refuses %s = %i as out of range', (linkId, value) => {
    const e = refusal(answersOf([3, 3, 3, 3, 3], { [linkId]: value }));
    expect(e.fields[0]?.field).toBe(`answers.${linkId}`);
    expect(e.fields[0]?.message).toContain('out of range (0–5)');
  });

  it.each([2.5, Number.NaN])('refuses a non-integer answer (%s)', (value) => {
    const e = refusal(answersOf([3, 3, 3, 3, 3], { q3: value }));
    expect(e.fields[0]?.field).toBe('answers.q3');
    expect(e.fields[0]?.message).toContain('whole number');
  });

  it('refuses an answer to an item the WHO-5 does not have', () => {
    const e = refusal(answersOf([3, 3, 3, 3, 3], { q6: 3 }));
    expect(e.fields).toMatchObject([{ field: 'answers.q6', message: 'is not an item of the WHO-5' }]);
  });
});

describe('WHO-5 properties', () => {
  const values = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 5, maxLength: 5 });

  it('totals stay within 0–25, the percentage is raw × 4, and the flag fires exactly on its two conditions', () => {
    fc.assert(
      fc.property(values, (v) => {
        const score = who5.score(answersOf(v));
        const raw = v.reduce((a, b) => a + b, 0);
        expect(score.total).toBe(raw);
        expect(score.total).toBeGreaterThanOrEqual(who5.totalRange.min);
        expect(score.total).toBeLessThanOrEqual(who5.totalRange.max);
        expect(score.subscales).toEqual({ percentage: raw * 4 });
        expect(score.severity).toBeNull();
        const poor = raw < 13 || v.some((x) => x <= 1);
        expect(score.flags.map((f) => f.id)).toEqual(poor ? ['poor-wellbeing'] : []);
      }),
    );
  });

  it('raising one answer never lowers the total', () => {
    fc.assert(
      fc.property(values, fc.nat({ max: 4 }), fc.integer({ min: 1, max: 5 }), (v, index, step) => {
        const raised = [...v];
        raised[index] = Math.min(5, raised[index]! + step);
        expect(who5.score(answersOf(raised)).total).toBeGreaterThanOrEqual(who5.score(answersOf(v)).total);
      }),
    );
  });
});

describe('WHO-5 definition', () => {
  it('has 5 scored, required items q1–q5 in printed order', () => {
    expect(who5.items.map((i) => i.linkId)).toEqual([...IDS]);
    expect(who5.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(who5.items.map((i) => i.linkId)).size).toBe(5);
    expect(who5.items.every((i) => i.scored && i.required)).toBe(true);
  });

  it('gives every item the full 5…0 option set with the printed labels', () => {
    for (const item of who5.items) {
      expect(item.options.map((o) => [o.value, o.label])).toEqual([
        [5, 'All of the time'],
        [4, 'Most of the time'],
        [3, 'More than half of the time'],
        [2, 'Less than half of the time'],
        [1, 'Some of the time'],
        [0, 'At no time'],
      ]);
      expect(item.text.trim()).toBe(item.text);
    }
  });

  it('has no bands, higher is better, and its 10-point change on the percentage score', () => {
    expect(who5.bands).toBeNull();
    expect(who5.totalRange).toEqual({ min: 0, max: 25 });
    expect(who5.change).toEqual({
      better: 'higher',
      response: null,
      remission: null,
      reliableChange: expect.objectContaining({
        value: { points: 10, on: 'percentage' },
        status: 'secondary',
      }),
      mcid: null,
      reliability: [],
    });
    expect(who5.safety).toEqual([expect.objectContaining({ flag: 'poor-wellbeing', status: 'secondary' })]);
    expect(who5.licence.status).toBe('unverified');
    expect(who5.languages).toEqual(['en']);
  });

  it('judges change on the percentage score: 2 raw points (8 %) is not significant, 3 (12 %) is', () => {
    const at = (v: number) =>
      who5.score(Object.fromEntries([1, 2, 3, 4, 5].map((n, i) => [`q${n}`, i < v ? 3 : 2])));
    expect(compareScores(who5, at(0), at(2)).reliableChange).toMatchObject({
      scale: 'percentage',
      reliable: false,
    });
    expect(compareScores(who5, at(0), at(3)).reliableChange).toMatchObject({
      reliable: true,
      direction: 'improved',
    });
    expect(compareScores(who5, at(3), at(0)).reliableChange).toMatchObject({
      reliable: true,
      direction: 'deteriorated',
    });
  });

  it('gives every sourced fact one of the three statuses and a source', () => {
    const sourced = sourcedIn(who5);
    expect(sourced.length).toBeGreaterThan(3);
    for (const s of sourced) {
      expect(['confirmed', 'secondary', 'unverified']).toContain(s.status);
      expect(typeof s.source === 'string' && s.source.length > 0).toBe(true);
    }
  });
});
