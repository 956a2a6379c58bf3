import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../errors.ts';
import { answersOf, refusalOf, sourcedIn } from '../testing.ts';
import type { Answers } from '../types.ts';
import { gad7 } from './index.ts';

const IDS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'] as const;

/** Answers whose total is `total`, filled from item 1 on. */
function answersForTotal(total: number): Answers {
  let rest = total;
  const values = IDS.map(() => {
    const v = Math.min(3, rest);
    rest -= v;
    return v;
  });
  if (rest !== 0) throw new Error(`cannot reach ${total}`);
  return answersOf(values);
}

const refusal = (answers: Answers): DomainError => refusalOf(() => gad7.score(answers));

describe('GAD-7 scoring', () => {
  it('scores the published example (MII PRO implementation guide): [1,1,1,2,2,0,0] → 7, mild', () => {
    expect(gad7.score(answersOf([1, 1, 1, 2, 2, 0, 0]))).toEqual({
      instrumentId: 'gad-7',
      instrumentVersion: gad7.version,
      total: 7,
      severity: 'mild',
      subscales: {},
      flags: [],
    });
  });

  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('total %i is %s', (total, severity) => {
    const score = gad7.score(answersForTotal(total));
    expect(score.total).toBe(total);
    expect(score.severity).toBe(severity);
  });

  it('the maximum is 21, not 28', () => {
    expect(gad7.score(answersOf([3, 3, 3, 3, 3, 3, 3])).total).toBe(21);
  });
});

describe('GAD-7 refusals name the field', () => {
  it('refuses a missing item and names it', () => {
    const answers = { ...answersOf([1, 1, 1, 1, 1, 1, 1]) } as Record<string, number>;
    delete answers.q4;
    const e = refusal(answers);
    expect(e.kind).toBe('validation');
    expect(e.fields).toMatchObject([{ field: 'answers.q4', message: 'is required for scoring' }]);
    expect(e.message).toContain('item 4 unanswered');
  });

  it('treats null as unanswered and names every missing item', () => {
    const e = refusal(answersOf([1, 1, 1, 1, 1, 1, 1], { q1: null, q7: null }));
    expect(e.fields.map((f) => f.field)).toEqual(['answers.q1', 'answers.q7']);
  });

  it.each([
    ['q2', 4],
    ['q6', -1],
  ])('refuses %s = %i as out of range', (linkId, value) => {
    const e = refusal(answersOf([0, 0, 0, 0, 0, 0, 0], { [linkId]: value }));
    expect(e.fields[0]?.field).toBe(`answers.${linkId}`);
    expect(e.fields[0]?.message).toContain('out of range (0–3)');
  });

  it.each([2.5, Number.NaN])('refuses a non-integer answer (%s)', (value) => {
    const e = refusal(answersOf([0, 0, 0, 0, 0, 0, 0], { q3: value }));
    expect(e.fields[0]?.field).toBe('answers.q3');
    expect(e.fields[0]?.message).toContain('whole number');
  });

  it('refuses an answer to an item the GAD-7 does not have', () => {
    const e = refusal(answersOf([0, 0, 0, 0, 0, 0, 0], { q8: 0 }));
    expect(e.fields).toMatchObject([{ field: 'answers.q8', message: 'is not an item of the GAD-7' }]);
  });

  it('has no difficulty item to answer', () => {
    expect(refusal(answersOf([0, 0, 0, 0, 0, 0, 0], { difficulty: 1 })).fields[0]?.field).toBe(
      'answers.difficulty',
    );
  });
});

describe('GAD-7 properties', () => {
  const values = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 });

  it('totals stay within 0–21, equal the item sum, always have a severity and never raise a flag', () => {
    fc.assert(
      fc.property(values, (v) => {
        const score = gad7.score(answersOf(v));
        expect(score.total).toBeGreaterThanOrEqual(gad7.totalRange.min);
        expect(score.total).toBeLessThanOrEqual(gad7.totalRange.max);
        expect(score.total).toBe(v.reduce((a, b) => a + b, 0));
        expect(score.severity).not.toBeNull();
        expect(score.flags).toEqual([]);
      }),
    );
  });

  it('raising one answer never lowers the total', () => {
    fc.assert(
      fc.property(values, fc.nat({ max: 6 }), fc.integer({ min: 1, max: 3 }), (v, index, step) => {
        const raised = [...v];
        raised[index] = Math.min(3, raised[index]! + step);
        expect(gad7.score(answersOf(raised)).total).toBeGreaterThanOrEqual(gad7.score(answersOf(v)).total);
      }),
    );
  });
});

describe('GAD-7 definition', () => {
  it('has 7 scored, required items q1–q7 in printed order', () => {
    expect(gad7.items.map((i) => i.linkId)).toEqual([...IDS]);
    expect(gad7.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(gad7.items.map((i) => i.linkId)).size).toBe(7);
    expect(gad7.items.every((i) => i.scored && i.required)).toBe(true);
  });

  it('gives every item the full 0–3 option set with the printed labels', () => {
    for (const item of gad7.items) {
      expect(item.options.map((o) => [o.value, o.label])).toEqual([
        [0, 'Not at all'],
        [1, 'Several days'],
        [2, 'More than half the days'],
        [3, 'Nearly every day'],
      ]);
      expect(item.text.trim()).toBe(item.text);
      expect(item.text.length).toBeGreaterThan(0);
    }
  });

  it('has contiguous bands covering exactly 0–21, labelled in lower case', () => {
    const bands = gad7.bands!.value;
    expect(bands.map((b) => [b.min, b.max, b.label])).toEqual([
      [0, 4, 'minimal'],
      [5, 9, 'mild'],
      [10, 14, 'moderate'],
      [15, 21, 'severe'],
    ]);
    expect(gad7.totalRange).toEqual({ min: 0, max: 21 });
  });

  it('carries the change criteria with the reference statuses (remission < 5 only as unverified)', () => {
    expect(gad7.change.better).toBe('lower');
    expect(gad7.change.response).toBeNull();
    expect(gad7.change.remission).toMatchObject({ value: { maxTotal: 4 }, status: 'unverified' });
    expect(gad7.change.reliableChange).toMatchObject({ value: { points: 6 }, status: 'confirmed' });
    expect(gad7.change.mcid).toMatchObject({ value: { points: 4 }, status: 'confirmed' });
    expect(gad7.change.reliability.map((r) => [r.value.kind, r.value.r, r.status])).toEqual([
      ['internal-consistency', 0.92, 'secondary'],
      ['test-retest', 0.83, 'secondary'],
      ['test-retest', 0.87, 'confirmed'],
    ]);
    expect(gad7.licence.status).toBe('unverified');
    expect(gad7.loinc.total).toMatchObject({ value: '70274-6', status: 'confirmed' });
    expect(gad7.loinc.panel).toMatchObject({ value: '69737-5', status: 'secondary' });
    expect(gad7.languages).toEqual(['en']);
  });

  it('gives every sourced fact one of the three statuses and a source', () => {
    const sourced = sourcedIn(gad7);
    expect(sourced.length).toBeGreaterThan(10);
    for (const s of sourced) {
      expect(['confirmed', 'secondary', 'unverified']).toContain(s.status);
      expect(typeof s.source === 'string' && s.source.length > 0).toBe(true);
    }
  });
});
