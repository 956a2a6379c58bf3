import { describe, expect, it } from 'vitest';
import { TEST_CEQ_COPY } from '../../../../test/support/ceq-copy.ts';
import { answersOf, refusalOf } from '../testing.ts';
import { CEQ_FACTOR_KEYS, CEQ_FACTS, type CeqKey, readCeqKey, scoreCeq } from './index.ts';

/**
 * A made-up key for the tests (test/support/ceq-copy.ts): NOT the paper's (which Threshold does not
 * have). Items are dealt to the factors in turn so that every factor has items and every item is
 * on one factor.
 */
const TEST_KEY_INPUT = TEST_CEQ_COPY.key;
const KEY: CeqKey = readCeqKey(TEST_KEY_INPUT);
const filled = (x: number): number[] => Array(26).fill(x);

describe('CEQ facts', () => {
  it('names the seven factors of the abstract, confirmed', () => {
    expect(CEQ_FACTS.factors.status).toBe('confirmed');
    expect(CEQ_FACTS.factors.value).toEqual([
      'grief',
      'fear',
      'death',
      'insanity',
      'isolation',
      'physical distress',
      'paranoia',
    ]);
    expect(CEQ_FACTOR_KEYS).toHaveLength(7);
  });

  it('cites the paper with its DOI and marks what was not verified', () => {
    expect(CEQ_FACTS.citation.value).toContain('J Psychopharmacol. 2016;30(12):1279-1295');
    expect(CEQ_FACTS.citation.value).toContain('doi:10.1177/0269881116678781');
    expect(CEQ_FACTS.itemTexts.status).toBe('unverified');
    expect(CEQ_FACTS.licence.status).toBe('unverified');
    expect(CEQ_FACTS.scoring.status).toBe('unverified');
    expect(CEQ_FACTS.itemCount).toMatchObject({ value: 26, status: 'secondary' });
  });
});

describe('CEQ scoring (hand-computed)', () => {
  it('scores factor means and the total mean', () => {
    const v = filled(0);
    // grief items 1, 8, 15, 22 = 5, 4, 3, 2 → 14 / 4 = 3.5
    [
      [1, 5],
      [8, 4],
      [15, 3],
      [22, 2],
    ].forEach(([n, x]) => {
      v[n! - 1] = x!;
    });
    // fear items 2, 9, 16, 23 = 1 each → 1
    for (const n of [2, 9, 16, 23]) v[n - 1] = 1;
    // physical distress 6, 13, 20 = 5, 0, 1 → 6 / 3 = 2
    [
      [6, 5],
      [13, 0],
      [20, 1],
    ].forEach(([n, x]) => {
      v[n! - 1] = x!;
    });
    // paranoia 7, 14, 21 = 2, 2, 3 → 7 / 3
    [
      [7, 2],
      [14, 2],
      [21, 3],
    ].forEach(([n, x]) => {
      v[n! - 1] = x!;
    });
    const s = scoreCeq(KEY, answersOf(v));
    expect(s.subscales.grief).toBe(3.5);
    expect(s.subscales.fear).toBe(1);
    expect(s.subscales.death).toBe(0);
    expect(s.subscales.insanity).toBe(0);
    expect(s.subscales.isolation).toBe(0);
    expect(s.subscales.physicalDistress).toBe(2);
    expect(s.subscales.paranoia).toBeCloseTo(7 / 3, 12);
    // total = (14 + 4 + 6 + 7) / 26 = 31 / 26
    expect(s.total).toBeCloseTo(31 / 26, 12);
    expect(s.instrumentId).toBe('ceq');
    expect(s.severity).toBeNull();
    expect(s.flags).toEqual([]);
    expect(Object.keys(s.subscales)).toEqual([...CEQ_FACTOR_KEYS]);
  });

  it('scores all zeros as 0 and all fives as 5', () => {
    expect(scoreCeq(KEY, answersOf(filled(0))).total).toBe(0);
    const s = scoreCeq(KEY, answersOf(filled(5)));
    expect(s.total).toBe(5);
    for (const f of CEQ_FACTOR_KEYS) expect(s.subscales[f]).toBe(5);
  });

  it('scores the same answers the same whatever order the key lists the items in', () => {
    const reversed = readCeqKey(
      Object.fromEntries(Object.entries(TEST_KEY_INPUT).map(([k, items]) => [k, [...items].reverse()])),
    );
    const v = filled(2).map((x, i) => (i % 3 === 0 ? 4 : x));
    expect(scoreCeq(reversed, answersOf(v))).toEqual(scoreCeq(KEY, answersOf(v)));
  });
});

describe('CEQ answer refusals', () => {
  it('names every missing item', () => {
    const a: Record<string, number | null | undefined> = { ...answersOf(filled(1)) };
    delete a.q3;
    delete a.q26;
    const e = refusalOf(() => scoreCeq(KEY, a));
    expect(e.message).toContain('items 3, 26 unanswered');
    expect(e.fields.map((f) => f.field)).toEqual(['answers.q3', 'answers.q26']);
  });

  it('refuses 6, -1 and 2.5, naming the field', () => {
    for (const bad of [6, -1]) {
      const e = refusalOf(() => scoreCeq(KEY, { ...answersOf(filled(1)), q5: bad }));
      expect(e.fields[0]!.field).toBe('answers.q5');
      expect(e.message).toContain('out of range (0–5)');
    }
    const e = refusalOf(() => scoreCeq(KEY, { ...answersOf(filled(1)), q5: 2.5 }));
    expect(e.message).toContain('whole number');
  });

  it('refuses an unknown item', () => {
    const e = refusalOf(() => scoreCeq(KEY, { ...answersOf(filled(1)), q27: 1 }));
    expect(e.fields[0]!.field).toBe('answers.q27');
  });
});

describe('CEQ key refusals', () => {
  it('refuses a missing factor and an unknown one', () => {
    const { paranoia: _, ...rest } = TEST_KEY_INPUT;
    const e = refusalOf(() => readCeqKey({ ...rest, anger: [7, 14, 21] }));
    expect(e.fields.map((f) => f.field)).toEqual(['key.anger', 'key.paranoia']);
  });

  it('refuses an item on two factors and an item out of range', () => {
    const e = refusalOf(() => readCeqKey({ ...TEST_KEY_INPUT, paranoia: [7, 14, 1, 27] }));
    expect(e.fields).toEqual([
      {
        field: 'key.paranoia',
        message: 'item 1 is already on grief',
        code: 'ceq-key-item-twice',
        params: { item: 1, factor: 'grief' },
      },
      {
        field: 'key.paranoia',
        message: 'item 27 is not an item number 1–26',
        code: 'ceq-key-item-number',
        params: { item: '27', max: 26 },
      },
    ]);
  });

  it('refuses a key that leaves items on no factor, and an empty factor', () => {
    expect(refusalOf(() => readCeqKey({ ...TEST_KEY_INPUT, paranoia: [7, 14] })).message).toContain(
      'items 21 are on no factor',
    );
    expect(refusalOf(() => readCeqKey({ ...TEST_KEY_INPUT, paranoia: [] })).fields[0]!.field).toBe(
      'key.paranoia',
    );
    expect(refusalOf(() => readCeqKey(null)).fields[0]!.field).toBe('key');
  });
});
