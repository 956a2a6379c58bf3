import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersOf, refusalOf } from '../testing.ts';
import { QIDS_SR16_DOMAINS, qidsSr16 } from './index.ts';

const zeros = (): number[] => Array(16).fill(0);

/** All zeros except the given 1-based items. */
const withItems = (entries: Record<number, number>): number[] => {
  const v = zeros();
  for (const [n, value] of Object.entries(entries)) v[Number(n) - 1] = value;
  return v;
};

/**
 * Answers whose domain total is exactly `total` (0–27): fills the nine domains in order, using the
 * first item of each multi-item domain.
 */
const withTotal = (total: number): number[] => {
  const firstItemOfDomain = [1, 5, 6, 10, 11, 12, 13, 14, 15];
  const v = zeros();
  let left = total;
  for (const n of firstItemOfDomain) {
    const x = Math.min(3, left);
    v[n - 1] = x;
    left -= x;
  }
  return v;
};

const refusal = refusalOf;

describe('QIDS-SR16 definition', () => {
  it('has 16 items q1…q16 in order with unique linkIds', () => {
    expect(qidsSr16.id).toBe('qids-sr16');
    expect(qidsSr16.shortName).toBe('QIDS-SR16');
    expect(qidsSr16.items).toHaveLength(16);
    expect(qidsSr16.items.map((i) => i.linkId)).toEqual(Array.from({ length: 16 }, (_, i) => `q${i + 1}`));
    expect(new Set(qidsSr16.items.map((i) => i.linkId)).size).toBe(16);
    for (const item of qidsSr16.items) {
      expect(item.scored).toBe(true);
      expect(item.required).toBe(true);
    }
  });

  it('gives every item its own four answer texts valued 0–3', () => {
    const allLabels = new Set<string>();
    for (const item of qidsSr16.items) {
      expect(item.options.map((o) => o.value)).toEqual([0, 1, 2, 3]);
      for (const o of item.options) {
        expect(o.label.length).toBeGreaterThan(10);
        allLabels.add(o.label);
      }
      expect(new Set(item.options.map((o) => o.label)).size).toBe(4);
    }
    // Items 8 and 9 share their 0 answer ("I have not had a change in my weight."): 64 answers, 63 texts.
    expect(allLabels.size).toBe(63);
  });

  it('keeps the item headings and a few answer texts as printed', () => {
    expect(qidsSr16.items[0]!.text).toBe('Falling Asleep:');
    expect(qidsSr16.items[11]!.text).toBe('Thoughts of Death or Suicide:');
    expect(qidsSr16.items[11]!.options[3]!.label).toBe(
      'I think of suicide or death several times a day in some detail, or I have made specific plans for suicide or have actually tried to take my life.',
    );
    expect(qidsSr16.items[4]!.options[3]!.label).toBe('I feel sad nearly all of the time.');
  });

  it('carries the reference facts with their statuses', () => {
    expect(qidsSr16.recallPeriod).toBe('past 7 days');
    expect(qidsSr16.totalRange).toEqual({ min: 0, max: 27 });
    expect(qidsSr16.bands?.status).toBe('confirmed');
    expect(qidsSr16.bands?.value).toEqual([
      { min: 0, max: 5, label: 'none' },
      { min: 6, max: 10, label: 'mild' },
      { min: 11, max: 15, label: 'moderate' },
      { min: 16, max: 20, label: 'severe' },
      { min: 21, max: 27, label: 'very severe' },
    ]);
    expect(qidsSr16.change.response).toMatchObject({ value: { percent: 50 }, status: 'confirmed' });
    expect(qidsSr16.change.remission).toMatchObject({ value: { maxTotal: 5 }, status: 'confirmed' });
    expect(qidsSr16.change.response?.source).toContain('Trivedi et al. 2006');
    expect(qidsSr16.change.reliableChange).toBeNull();
    expect(qidsSr16.change.mcid).toBeNull();
    expect(qidsSr16.change.reliability).toEqual([
      expect.objectContaining({ value: expect.objectContaining({ r: 0.86 }), status: 'confirmed' }),
    ]);
    expect(qidsSr16.licence.status).toBe('unverified');
    expect(qidsSr16.textSource.status).toBe('secondary');
    expect(qidsSr16.loinc).toEqual({ panel: null, total: null });
  });

  it('covers every item exactly once across the nine domains', () => {
    expect(QIDS_SR16_DOMAINS.map((d) => d.key)).toEqual([
      'sleep',
      'sadMood',
      'appetiteWeight',
      'concentration',
      'selfView',
      'suicidalIdeation',
      'interest',
      'energy',
      'psychomotor',
    ]);
    expect(QIDS_SR16_DOMAINS.flatMap((d) => d.linkIds)).toEqual(qidsSr16.items.map((i) => i.linkId));
  });
});

describe('QIDS-SR16 scoring', () => {
  it.each([
    [0, 'none'],
    [5, 'none'],
    [6, 'mild'],
    [10, 'mild'],
    [11, 'moderate'],
    [15, 'moderate'],
    [16, 'severe'],
    [20, 'severe'],
    [21, 'very severe'],
    [27, 'very severe'],
  ])('a total of %i is %s', (total, severity) => {
    const s = qidsSr16.score(answersOf(withTotal(total)));
    expect(s.total).toBe(total);
    expect(s.severity).toBe(severity);
  });

  it('scores all threes as 27, not 48', () => {
    const s = qidsSr16.score(answersOf(Array(16).fill(3)));
    expect(s.total).toBe(27);
    expect(Object.values(s.subscales)).toEqual(Array(9).fill(3));
  });

  it('takes the sleep domain as the highest of items 1–4, wherever it is', () => {
    const first = qidsSr16.score(answersOf(withItems({ 1: 3 })));
    const last = qidsSr16.score(answersOf(withItems({ 4: 3 })));
    expect(first.subscales.sleep).toBe(3);
    expect(last.subscales.sleep).toBe(3);
    expect(first.total).toBe(last.total);
    // All four sleep items at 3 still count 3, not 12.
    expect(qidsSr16.score(answersOf(withItems({ 1: 3, 2: 3, 3: 3, 4: 3 }))).total).toBe(3);
  });

  it('takes appetite/weight as the highest of items 6–9 and psychomotor as the higher of 15–16', () => {
    const s = qidsSr16.score(answersOf(withItems({ 6: 1, 7: 0, 8: 2, 9: 1, 15: 1, 16: 2 })));
    expect(s.subscales.appetiteWeight).toBe(2);
    expect(s.subscales.psychomotor).toBe(2);
    expect(s.total).toBe(4);
  });

  it('is not the sum of the 16 items', () => {
    const v = withItems({ 1: 2, 2: 2, 3: 1, 5: 2, 6: 1, 8: 2, 15: 1, 16: 1 });
    const s = qidsSr16.score(answersOf(v));
    expect(v.reduce((a, b) => a + b, 0)).toBe(12);
    // sleep 2 + sad mood 2 + appetite/weight 2 + psychomotor 1
    expect(s.total).toBe(7);
    expect(s.severity).toBe('mild');
  });

  it('reports each single-item domain from its own item', () => {
    const s = qidsSr16.score(answersOf(withItems({ 5: 1, 10: 2, 11: 3, 12: 1, 13: 2, 14: 3 })));
    expect(s.subscales).toEqual({
      sleep: 0,
      sadMood: 1,
      appetiteWeight: 0,
      concentration: 2,
      selfView: 3,
      suicidalIdeation: 1,
      interest: 2,
      energy: 3,
      psychomotor: 0,
    });
    expect(s.total).toBe(12);
  });

  it('flags suicide risk on any answer above 0 to item 12, whatever the total', () => {
    expect(qidsSr16.score(answersOf(zeros())).flags).toEqual([]);
    const s = qidsSr16.score(answersOf(withItems({ 12: 1 })));
    expect(s.total).toBe(1);
    expect(s.severity).toBe('none');
    expect(s.flags).toEqual([
      {
        id: 'suicide-risk',
        reason:
          "Item 12 (Thoughts of Death or Suicide) answered 1 (I feel that life is empty or wonder if it's worth living.)",
        reasonCode: { code: 'item-answered', params: { item: 12, value: 1 } },
      },
    ]);
    for (const v of [2, 3]) {
      expect(qidsSr16.score(answersOf(withItems({ 12: v }))).flags.map((f) => f.id)).toEqual([
        'suicide-risk',
      ]);
    }
    // A high total without item 12 raises no flag.
    const high = Array(16).fill(3);
    high[11] = 0;
    expect(qidsSr16.score(answersOf(high)).flags).toEqual([]);
  });

  it('reports the definition id and version', () => {
    const s = qidsSr16.score(answersOf(zeros()));
    expect(s.instrumentId).toBe('qids-sr16');
    expect(s.instrumentVersion).toBe(qidsSr16.version);
  });
});

describe('QIDS-SR16 refusals', () => {
  it('names the missing item, including an unanswered appetite or weight item', () => {
    const a: Record<string, number | null | undefined> = { ...answersOf(zeros()) };
    delete a.q7;
    const e = refusal(() => qidsSr16.score(a));
    expect(e.message).toContain('item 7 unanswered');
    expect(e.fields).toEqual([
      { field: 'answers.q7', message: 'is required for scoring', code: 'required-for-scoring' },
    ]);
  });

  it('refuses 4 (out of the 0–3 range), naming the field', () => {
    const e = refusal(() => qidsSr16.score({ ...answersOf(zeros()), q5: 4 }));
    expect(e.fields[0]!.field).toBe('answers.q5');
    expect(e.message).toContain('out of range (0–3)');
  });

  it('refuses a non-integer, naming the field', () => {
    const e = refusal(() => qidsSr16.score({ ...answersOf(zeros()), q12: 0.5 }));
    expect(e.fields[0]!.field).toBe('answers.q12');
    expect(e.message).toContain('whole number');
  });

  it('refuses an unknown linkId, naming it', () => {
    const e = refusal(() => qidsSr16.score({ ...answersOf(zeros()), sleep: 1 }));
    expect(e.fields[0]!.field).toBe('answers.sleep');
  });
});

describe('QIDS-SR16 properties', () => {
  const answersArb = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 16, maxLength: 16 });

  it('keeps the total within 0–27, equal to the sum of the nine domains, each 0–3', () => {
    fc.assert(
      fc.property(answersArb, (v) => {
        const s = qidsSr16.score(answersOf(v));
        expect(s.total).toBeGreaterThanOrEqual(qidsSr16.totalRange.min);
        expect(s.total).toBeLessThanOrEqual(qidsSr16.totalRange.max);
        const domains = Object.values(s.subscales);
        expect(domains).toHaveLength(9);
        for (const d of domains) expect(d >= 0 && d <= 3).toBe(true);
        expect(domains.reduce((a, b) => a + b, 0)).toBe(s.total);
        expect(s.severity).not.toBeNull();
      }),
    );
  });

  it('never lowers the total or any domain when one answer is raised', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: 15 }), (v, i) => {
        fc.pre(v[i]! < 3);
        const before = qidsSr16.score(answersOf(v));
        const raised = [...v];
        raised[i] = raised[i]! + 1;
        const after = qidsSr16.score(answersOf(raised));
        expect(after.total).toBeGreaterThanOrEqual(before.total);
        expect(after.total - before.total).toBeLessThanOrEqual(1);
        for (const d of QIDS_SR16_DOMAINS) {
          expect(after.subscales[d.key]!).toBeGreaterThanOrEqual(before.subscales[d.key]!);
        }
      }),
    );
  });
});
