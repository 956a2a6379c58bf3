import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersOf, refusalOf } from '../testing.ts';
import { MEQ30_SUBSCALES, meq30 } from './index.ts';

const filled = (x: number): number[] => Array(30).fill(x);

const SUBSCALE_ITEMS = {
  transcendence: [1, 7, 11, 13, 19, 22],
  positiveMood: [2, 8, 12, 17, 27, 30],
  ineffability: [3, 10, 29],
  mystical: [4, 5, 6, 9, 14, 15, 16, 18, 20, 21, 23, 24, 25, 26, 28],
};

const refusal = refusalOf;

describe('MEQ-30 definition', () => {
  it('has 30 items q1…q30 in order with unique linkIds', () => {
    expect(meq30.id).toBe('meq-30');
    expect(meq30.shortName).toBe('MEQ-30');
    expect(meq30.items).toHaveLength(30);
    expect(meq30.items.map((i) => i.linkId)).toEqual(Array.from({ length: 30 }, (_, i) => `q${i + 1}`));
    expect(new Set(meq30.items.map((i) => i.linkId)).size).toBe(30);
    expect(new Set(meq30.items.map((i) => i.text)).size).toBe(30);
    for (const item of meq30.items) {
      expect(item.scored).toBe(true);
      expect(item.required).toBe(true);
    }
  });

  it('gives every item the full 0–5 option set', () => {
    for (const item of meq30.items) {
      expect(item.options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(item.options.map((o) => o.label)).toEqual([
        'None; not at all',
        'So slight cannot decide',
        'Slight',
        'Moderate',
        'Strong (equivalent in degree to any other strong experience)',
        'Extreme (more than ever before in my life and stronger than 4)',
      ]);
    }
  });

  it('keeps the administered order (first, last and a few items by number)', () => {
    expect(meq30.items[0]!.text).toBe('Loss of your usual sense of time.');
    expect(meq30.items[1]!.text).toBe('Experience of amazement.');
    expect(meq30.items[2]!.text).toBe('Sense that the experience cannot be described adequately in words.');
    expect(meq30.items[21]!.text).toBe('Experience of timelessness.');
    expect(meq30.items[28]!.text).toBe(
      'Feeling that it would be difficult to communicate your own experience to others who have not had similar experiences.',
    );
    expect(meq30.items[29]!.text).toBe('Feelings of joy.');
  });

  it('maps the subscales as in the reference and covers every item once', () => {
    expect(
      Object.fromEntries(MEQ30_SUBSCALES.map((s) => [s.key, s.linkIds.map((id) => Number(id.slice(1)))])),
    ).toEqual(SUBSCALE_ITEMS);
    const all = MEQ30_SUBSCALES.flatMap((s) => s.linkIds).sort(
      (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
    );
    expect(all).toEqual(meq30.items.map((i) => i.linkId));
  });

  it('carries the reference facts with their statuses', () => {
    expect(meq30.recallPeriod).toMatch(/specific experience/);
    expect(meq30.totalRange).toEqual({ min: 0, max: 5 });
    expect(meq30.bands).toBeNull();
    expect(meq30.licence.status).toBe('unverified');
    expect(meq30.textSource.status).toBe('secondary');
    expect(meq30.loinc).toEqual({ panel: null, total: null });
    expect(meq30.change).toMatchObject({
      response: null,
      remission: null,
      reliableChange: null,
      mcid: null,
      reliability: [],
    });
    expect(meq30.safety).toEqual([
      expect.objectContaining({ flag: 'complete-mystical-experience', status: 'secondary' }),
    ]);
  });
});

describe('MEQ-30 scoring', () => {
  it('scores a hand-computed example', () => {
    const v = filled(0);
    // transcendence items 1, 7, 11, 13, 19, 22 = 5, 4, 3, 2, 1, 0 → 15 / 6 = 2.5
    for (const [n, x] of [
      [1, 5],
      [7, 4],
      [11, 3],
      [13, 2],
      [19, 1],
      [22, 0],
    ] as const)
      v[n - 1] = x;
    // positive mood items 2, 8, 12, 17, 27, 30 = 5 each → 5
    for (const n of SUBSCALE_ITEMS.positiveMood) v[n - 1] = 5;
    // ineffability items 3, 10, 29 = 1, 2, 4 → 7 / 3
    for (const [n, x] of [
      [3, 1],
      [10, 2],
      [29, 4],
    ] as const)
      v[n - 1] = x;
    // mystical: items 4, 5, 6 = 3, the other 12 = 0 → 9 / 15 = 0.6
    for (const n of [4, 5, 6]) v[n - 1] = 3;
    const s = meq30.score(answersOf(v));
    expect(s.subscales.transcendence).toBe(2.5);
    expect(s.subscales.positiveMood).toBe(5);
    expect(s.subscales.ineffability).toBeCloseTo(7 / 3, 12);
    expect(s.subscales.mystical).toBeCloseTo(0.6, 12);
    // total = (15 + 30 + 7 + 9) / 30 = 61 / 30
    expect(s.total).toBeCloseTo(61 / 30, 12);
    expect(s.severity).toBeNull();
    expect(s.flags).toEqual([]);
    // Exactly the reference's subscale keys (the CLI's --json output uses them).
    expect(Object.keys(s.subscales)).toEqual(['transcendence', 'positiveMood', 'ineffability', 'mystical']);
  });

  it('accepts 5 and scores all fives as 5 (100%)', () => {
    const s = meq30.score(answersOf(filled(5)));
    expect(s.total).toBe(5);
    for (const key of ['transcendence', 'positiveMood', 'ineffability', 'mystical']) {
      expect(s.subscales[key]).toBe(5);
    }
    expect(s.flags.map((f) => f.id)).toEqual(['complete-mystical-experience']);
  });

  it('scores all zeros as 0 with no flag', () => {
    const s = meq30.score(answersOf(filled(0)));
    expect(s.total).toBe(0);
    expect(s.flags).toEqual([]);
  });

  it('flags a complete mystical experience with every subscale mean exactly 3.0 (60%)', () => {
    const s = meq30.score(answersOf(filled(3)));
    for (const key of ['transcendence', 'positiveMood', 'ineffability', 'mystical']) {
      expect(s.subscales[key]).toBe(3);
    }
    expect(s.flags).toHaveLength(1);
    expect(s.flags[0]!.id).toBe('complete-mystical-experience');
    expect(s.flags[0]!.reason).toContain('transcendence of time and space 3');
  });

  it.each(Object.entries(SUBSCALE_ITEMS))('does not flag when %s is just below 3.0', (key, items) => {
    const v = filled(3);
    v[items[0]! - 1] = 2; // one point less on one item of this subscale only
    const s = meq30.score(answersOf(v));
    expect(s.subscales[key]!).toBeLessThan(3);
    for (const other of Object.keys(SUBSCALE_ITEMS).filter((k) => k !== key)) {
      expect(s.subscales[other]).toBe(3);
    }
    expect(s.flags).toEqual([]);
  });

  it('flags when a subscale below 3.0 elsewhere is made up on the same subscale', () => {
    const v = filled(3);
    v[0] = 2; // transcendence item 1 down …
    v[6] = 4; // … transcendence item 7 up: mean back to exactly 3.0
    const s = meq30.score(answersOf(v));
    expect(s.subscales.transcendence).toBe(3);
    expect(s.flags.map((f) => f.id)).toEqual(['complete-mystical-experience']);
  });

  it('reports the definition id and version', () => {
    const s = meq30.score(answersOf(filled(1)));
    expect(s.instrumentId).toBe('meq-30');
    expect(s.instrumentVersion).toBe(meq30.version);
  });
});

describe('MEQ-30 refusals', () => {
  it('names the missing item', () => {
    const a: Record<string, number | null | undefined> = { ...answersOf(filled(2)) };
    delete a.q29;
    const e = refusal(() => meq30.score(a));
    expect(e.message).toContain('item 29 unanswered');
    expect(e.fields).toEqual([
      { field: 'answers.q29', message: 'is required for scoring', code: 'required-for-scoring' },
    ]);
  });

  it('refuses 6 and -1 (out of the 0–5 range), naming the field', () => {
    for (const bad of [6, -1]) {
      const e = refusal(() => meq30.score({ ...answersOf(filled(2)), q30: bad }));
      expect(e.fields[0]!.field).toBe('answers.q30');
      expect(e.message).toContain('out of range (0–5)');
    }
  });

  it('refuses a non-integer, naming the field', () => {
    const e = refusal(() => meq30.score({ ...answersOf(filled(2)), q4: 2.5 }));
    expect(e.fields[0]!.field).toBe('answers.q4');
    expect(e.message).toContain('whole number');
  });

  it('refuses an unknown linkId, naming it', () => {
    const e = refusal(() => meq30.score({ ...answersOf(filled(2)), q31: 2 }));
    expect(e.fields[0]!.field).toBe('answers.q31');
  });
});

describe('MEQ-30 properties', () => {
  const answersArb = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 30, maxLength: 30 });

  it('keeps the total and every subscale mean within 0–5', () => {
    fc.assert(
      fc.property(answersArb, (v) => {
        const s = meq30.score(answersOf(v));
        expect(s.total).toBeGreaterThanOrEqual(meq30.totalRange.min);
        expect(s.total).toBeLessThanOrEqual(meq30.totalRange.max);
        for (const sub of MEQ30_SUBSCALES) {
          const mean = s.subscales[sub.key]!;
          expect(mean >= 0 && mean <= 5).toBe(true);
        }
        // The total is the item-weighted mean of the subscale means.
        const weighted =
          MEQ30_SUBSCALES.reduce((a, sub) => a + s.subscales[sub.key]! * sub.linkIds.length, 0) / 30;
        expect(s.total).toBeCloseTo(weighted, 9);
      }),
    );
  });

  it('never lowers the total (or any subscale) when one answer is raised', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: 29 }), (v, i) => {
        fc.pre(v[i]! < 5);
        const before = meq30.score(answersOf(v));
        const raised = [...v];
        raised[i] = raised[i]! + 1;
        const after = meq30.score(answersOf(raised));
        expect(after.total).toBeGreaterThan(before.total);
        for (const sub of MEQ30_SUBSCALES) {
          expect(after.subscales[sub.key]!).toBeGreaterThanOrEqual(before.subscales[sub.key]!);
        }
        if (before.flags.length) expect(after.flags).toHaveLength(1);
      }),
    );
  });

  it('flags exactly when every subscale mean is at least 3', () => {
    fc.assert(
      fc.property(answersArb, (v) => {
        const s = meq30.score(answersOf(v));
        const sums = Object.values(SUBSCALE_ITEMS).map((items) => items.reduce((a, n) => a + v[n - 1]!, 0));
        const expected = Object.values(SUBSCALE_ITEMS).every((items, k) => sums[k]! >= 3 * items.length);
        expect(s.flags.length === 1).toBe(expected);
      }),
    );
  });
});
