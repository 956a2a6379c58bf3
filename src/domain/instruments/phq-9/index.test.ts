import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../errors.ts';
import { answersOf, refusalOf, sourcedIn } from '../testing.ts';
import type { Answers } from '../types.ts';
import { phq9 } from './index.ts';

const SCORED_IDS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9'] as const;

/** Answers whose total is `total`, with item 9 fixed at `item9` and the rest filled from item 1 on. */
function answersForTotal(total: number, item9 = 0): Answers {
  let rest = total - item9;
  const values = SCORED_IDS.slice(0, 8).map(() => {
    const v = Math.min(3, rest);
    rest -= v;
    return v;
  });
  if (rest !== 0) throw new Error(`cannot reach ${total} with item 9 = ${item9}`);
  return answersOf([...values, item9]);
}

const refusal = (answers: Answers): DomainError => refusalOf(() => phq9.score(answers));

/** Every Sourced<T>-shaped object (and safety rule) in the definition. */
describe('PHQ-9 scoring', () => {
  it('scores the published example (HL7 US Core QuestionnaireResponse-phq-9-example): [2,2,2,2,1,1,2,0,0] → 12, moderate', () => {
    expect(phq9.score(answersOf([2, 2, 2, 2, 1, 1, 2, 0, 0]))).toEqual({
      instrumentId: 'phq-9',
      instrumentVersion: phq9.version,
      total: 12,
      severity: 'moderate',
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
    [15, 'moderately severe'],
    [19, 'moderately severe'],
    [20, 'severe'],
    [24, 'severe'],
  ])('total %i is %s', (total, severity) => {
    const score = phq9.score(answersForTotal(total));
    expect(score.total).toBe(total);
    expect(score.severity).toBe(severity);
  });

  it('the maximum, every item "Nearly every day", is 27 and severe', () => {
    const score = phq9.score(answersForTotal(27, 3));
    expect(score.total).toBe(27);
    expect(score.severity).toBe('severe');
  });

  it('item 10 (difficulty) never changes the total or the severity', () => {
    const base = [2, 2, 2, 2, 1, 1, 2, 0, 0];
    const without = phq9.score(answersOf(base));
    for (const difficulty of [0, 1, 2, 3]) {
      const withDifficulty = phq9.score(answersOf(base, { difficulty }));
      expect(withDifficulty.total).toBe(without.total);
      expect(withDifficulty.severity).toBe(without.severity);
      expect(withDifficulty.flags).toEqual(without.flags);
    }
    expect(phq9.score(answersOf(base, { difficulty: null })).total).toBe(12);
  });

  it.each([
    [1, 'Several days'],
    [2, 'More than half the days'],
    [3, 'Nearly every day'],
  ])('item 9 answered %i raises suicide-risk naming the answer (%s)', (item9, label) => {
    const score = phq9.score(answersOf([0, 0, 0, 0, 0, 0, 0, 0, item9]));
    expect(score.flags).toEqual([
      {
        id: 'suicide-risk',
        reason: `Item 9 answered ${item9} (${label})`,
        reasonCode: { code: 'item-answered', params: { item: 9, value: item9 } },
      },
    ]);
    expect(score.severity).toBe('minimal');
  });

  it('the flag reads exactly "Item 9 answered 2 (More than half the days)"', () => {
    expect(phq9.score(answersForTotal(20, 2)).flags[0]?.reason).toBe(
      'Item 9 answered 2 (More than half the days)',
    );
  });

  it('raises no flag when item 9 is 0, however high the total', () => {
    const score = phq9.score(answersForTotal(24, 0));
    expect(score.severity).toBe('severe');
    expect(score.flags).toEqual([]);
  });
});

describe('PHQ-9 refusals name the field', () => {
  it('refuses a missing scored item and names it', () => {
    const answers: Record<string, number> = { ...answersOf([1, 1, 1, 1, 1, 1, 1, 1, 1]) } as Record<
      string,
      number
    >;
    delete answers.q3;
    const e = refusal(answers);
    expect(e.kind).toBe('validation');
    expect(e.fields).toMatchObject([{ field: 'answers.q3', message: 'is required for scoring' }]);
    expect(e.message).toContain('item 3 unanswered');
    expect(e.message).toContain(phq9.missingRule);
  });

  it('treats null as unanswered and names every missing item', () => {
    const e = refusal(answersOf([1, 1, 1, 1, 1, 1, 1, 1, 1], { q2: null, q9: null }));
    expect(e.fields.map((f) => f.field)).toEqual(['answers.q2', 'answers.q9']);
    expect(e.message).toContain('items 2, 9 unanswered');
  });

  it('refuses an empty answer set, naming all nine scored items and not item 10', () => {
    const e = refusal({});
    expect(e.fields.map((f) => f.field)).toEqual(SCORED_IDS.map((id) => `answers.${id}`));
  });

  it.each([
    ['q1', 4],
    ['q5', -1],
    ['difficulty', 4],
  ])('refuses %s = %i as out of range', (linkId, value) => {
    const e = refusal(answersOf([0, 0, 0, 0, 0, 0, 0, 0, 0], { [linkId]: value }));
    expect(e.kind).toBe('validation');
    expect(e.fields[0]?.field).toBe(`answers.${linkId}`);
    expect(e.fields[0]?.message).toContain('out of range (0–3)');
  });

  it.each([1.5, Number.NaN])('refuses a non-integer answer (%s)', (value) => {
    const e = refusal(answersOf([0, 0, 0, 0, 0, 0, 0, 0, 0], { q7: value }));
    expect(e.fields[0]?.field).toBe('answers.q7');
    expect(e.fields[0]?.message).toContain('whole number');
  });

  it('refuses an answer to an item the PHQ-9 does not have', () => {
    const e = refusal(answersOf([0, 0, 0, 0, 0, 0, 0, 0, 0], { q10: 1 }));
    expect(e.fields).toMatchObject([{ field: 'answers.q10', message: 'is not an item of the PHQ-9' }]);
  });
});

describe('PHQ-9 properties', () => {
  const item = fc.integer({ min: 0, max: 3 });
  const scored = fc.array(item, { minLength: 9, maxLength: 9 });
  const difficulty = fc.option(item, { nil: null });

  it('totals stay within 0–27, equal the item sum, and always have a severity', () => {
    fc.assert(
      fc.property(scored, difficulty, (values, d) => {
        const score = phq9.score(answersOf(values, { difficulty: d }));
        expect(score.total).toBeGreaterThanOrEqual(phq9.totalRange.min);
        expect(score.total).toBeLessThanOrEqual(phq9.totalRange.max);
        expect(score.total).toBe(values.reduce((a, b) => a + b, 0));
        expect(score.severity).not.toBeNull();
        expect(score.flags.length).toBe(values[8]! > 0 ? 1 : 0);
      }),
    );
  });

  it('raising one answer never lowers the total', () => {
    fc.assert(
      fc.property(scored, fc.nat({ max: 8 }), fc.integer({ min: 1, max: 3 }), (values, index, step) => {
        const raised = [...values];
        raised[index] = Math.min(3, raised[index]! + step);
        expect(phq9.score(answersOf(raised)).total).toBeGreaterThanOrEqual(
          phq9.score(answersOf(values)).total,
        );
      }),
    );
  });
});

describe('PHQ-9 definition', () => {
  it('has 9 scored items q1–q9 in printed order plus the unscored, optional difficulty item', () => {
    expect(phq9.items.map((i) => i.linkId)).toEqual([...SCORED_IDS, 'difficulty']);
    expect(phq9.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(phq9.items.map((i) => i.linkId)).size).toBe(phq9.items.length);
    expect(phq9.items.filter((i) => i.scored)).toHaveLength(9);
    const difficulty = phq9.items[9]!;
    expect(difficulty).toMatchObject({ linkId: 'difficulty', required: false, scored: false });
    expect(difficulty.options.map((o) => o.label)).toEqual([
      'Not difficult at all',
      'Somewhat difficult',
      'Very difficult',
      'Extremely difficult',
    ]);
  });

  it('gives every scored item the full 0–3 option set with the printed labels and LOINC answer codes', () => {
    for (const item of phq9.items.filter((i) => i.scored)) {
      expect(item.required).toBe(true);
      expect(item.options.map((o) => [o.value, o.label, o.loinc?.value, o.loinc?.status])).toEqual([
        [0, 'Not at all', 'LA6568-5', 'confirmed'],
        [1, 'Several days', 'LA6569-3', 'confirmed'],
        [2, 'More than half the days', 'LA6570-1', 'confirmed'],
        [3, 'Nearly every day', 'LA6571-9', 'unverified'],
      ]);
      expect(item.text.trim()).toBe(item.text);
      expect(item.text.length).toBeGreaterThan(0);
    }
  });

  it('carries the LOINC codes of the reference', () => {
    expect(phq9.items.map((i) => i.loinc?.value)).toEqual([
      '44250-9',
      '44255-8',
      '44259-0',
      '44254-1',
      '44251-7',
      '44258-2',
      '44252-5',
      '44253-3',
      '44260-8',
      '69722-7',
    ]);
    expect(phq9.items.slice(0, 9).every((i) => i.loinc?.status === 'confirmed')).toBe(true);
    expect(phq9.loinc.panel?.value).toBe('44249-1');
    expect(phq9.loinc.total?.value).toBe('44261-6');
  });

  it('has contiguous bands covering exactly 0–27, labelled in lower case', () => {
    const bands = phq9.bands!.value;
    expect(bands[0]!.min).toBe(phq9.totalRange.min);
    expect(bands.at(-1)!.max).toBe(phq9.totalRange.max);
    for (let i = 1; i < bands.length; i++) expect(bands[i]!.min).toBe(bands[i - 1]!.max + 1);
    for (const b of bands) expect(b.label).toBe(b.label.toLowerCase());
    expect(phq9.totalRange).toEqual({ min: 0, max: 27 });
  });

  it('carries the change criteria of the reference', () => {
    expect(phq9.change.better).toBe('lower');
    expect(phq9.change.response).toMatchObject({ value: { percent: 50 }, status: 'confirmed' });
    expect(phq9.change.remission).toMatchObject({ value: { maxTotal: 4 }, status: 'confirmed' });
    expect(phq9.change.mcid).toMatchObject({ value: { points: 5 }, status: 'confirmed' });
    expect(phq9.change.reliability.map((r) => [r.value.kind, r.value.r, r.value.sd, r.status])).toEqual([
      ['internal-consistency', 0.89, null, 'secondary'],
      ['test-retest', 0.84, null, 'unverified'],
    ]);
    expect(phq9.safety).toEqual([expect.objectContaining({ flag: 'suicide-risk', status: 'secondary' })]);
    expect(phq9.licence.status).toBe('confirmed');
    expect(phq9.textSource.status).toBe('secondary');
    expect(phq9.languages).toEqual(['en']);
  });

  it('gives every sourced fact one of the three statuses and a source', () => {
    const sourced = sourcedIn(phq9);
    expect(sourced.length).toBeGreaterThan(40);
    for (const s of sourced) {
      expect(['confirmed', 'secondary', 'unverified']).toContain(s.status);
      expect(typeof s.source === 'string' && s.source.length > 0).toBe(true);
    }
  });
});
