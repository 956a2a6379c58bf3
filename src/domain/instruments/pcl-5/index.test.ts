import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersOf, refusalOf } from '../testing.ts';
import { PCL5_CLUSTERS, pcl5 } from './index.ts';

/** Answers from a list of 20 values in item order. */
const zeros = (): number[] => Array(20).fill(0);

/** All zeros except the given 1-based items set to `value`. */
const withItems = (items: readonly number[], value: number): number[] => {
  const v = zeros();
  for (const n of items) v[n - 1] = value;
  return v;
};

/** The smallest pattern that meets the provisional diagnosis: 1 B, 1 C, 2 D, 2 E items at 2. */
const MINIMAL_PROVISIONAL = [1, 6, 8, 9, 15, 16];

const refusal = refusalOf;

describe('PCL-5 definition', () => {
  it('has 20 items q1…q20 in order, unique linkIds, all scored and required', () => {
    expect(pcl5.id).toBe('pcl-5');
    expect(pcl5.shortName).toBe('PCL-5');
    expect(pcl5.items).toHaveLength(20);
    expect(pcl5.items.map((i) => i.linkId)).toEqual(Array.from({ length: 20 }, (_, i) => `q${i + 1}`));
    expect(new Set(pcl5.items.map((i) => i.linkId)).size).toBe(20);
    expect(pcl5.items.map((i) => i.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const item of pcl5.items) {
      expect(item.scored).toBe(true);
      expect(item.required).toBe(true);
      expect(item.text.length).toBeGreaterThan(0);
    }
  });

  it('gives every item the full 0–4 option set with the printed labels', () => {
    for (const item of pcl5.items) {
      expect(item.options).toEqual([
        { value: 0, label: 'Not at all' },
        { value: 1, label: 'A little bit' },
        { value: 2, label: 'Moderately' },
        { value: 3, label: 'Quite a bit' },
        { value: 4, label: 'Extremely' },
      ]);
    }
  });

  it('keeps the printed wording where copies disagreed (see the source comment)', () => {
    expect(pcl5.items[0]!.text).toBe(
      'Repeated, disturbing, and unwanted memories of the stressful experience?',
    );
    expect(pcl5.items[9]!.text).toBe(
      'Blaming yourself or someone else for the stressful experience or what happened after it?',
    );
    expect(pcl5.items[16]!.text).toBe('Being “superalert” or watchful or on guard?');
    expect(pcl5.items[17]!.text).toBe('Feeling jumpy or easily startled?');
    expect(pcl5.items[19]!.text).toBe('Trouble falling or staying asleep?');
    expect(pcl5.instructions).toContain(
      'in the past month.\n\nIn the past month, how much were you bothered by:',
    );
  });

  it('carries the reference facts with their statuses', () => {
    expect(pcl5.recallPeriod).toBe('past month');
    expect(pcl5.languages).toEqual(['en']);
    expect(pcl5.totalRange).toEqual({ min: 0, max: 80 });
    expect(pcl5.bands).toBeNull();
    expect(pcl5.licence.status).toBe('secondary');
    expect(pcl5.textSource.status).toBe('secondary');
    expect(pcl5.loinc).toEqual({ panel: null, total: null });
    expect(pcl5.change.better).toBe('lower');
    expect(pcl5.change.response).toBeNull();
    expect(pcl5.change.remission).toBeNull();
    expect(pcl5.change.reliableChange).toMatchObject({ value: { points: 15 }, status: 'confirmed' });
    expect(pcl5.change.reliableChange?.source).toContain('Marx et al. 2022');
    // The published MID is a range (9–12): no single number is stored, the range is stated in the rules.
    expect(pcl5.change.mcid).toMatchObject({ value: { points: 9, upTo: 12 }, status: 'confirmed' });
    expect(pcl5.scoringRules.join(' ')).toContain('9–12 points (Blanchard et al. 2023');
    expect(pcl5.scoringRules.join(' ')).toContain('31–33');
    expect(pcl5.change.reliability.map((r) => [r.value.kind, r.value.r, r.status])).toEqual([
      ['internal-consistency', 0.94, 'confirmed'],
      ['test-retest', 0.82, 'confirmed'],
      ['internal-consistency', 0.96, 'confirmed'],
      ['test-retest', 0.84, 'confirmed'],
    ]);
    expect(pcl5.safety).toEqual([expect.objectContaining({ flag: 'provisional-ptsd', status: 'confirmed' })]);
  });

  it('maps the clusters to the DSM-5 items', () => {
    expect(PCL5_CLUSTERS.map((c) => [c.key, c.linkIds.length, c.needed])).toEqual([
      ['B', 5, 1],
      ['C', 2, 1],
      ['D', 7, 2],
      ['E', 6, 2],
    ]);
    expect(PCL5_CLUSTERS.flatMap((c) => c.linkIds)).toEqual(pcl5.items.map((i) => i.linkId));
  });
});

describe('PCL-5 scoring', () => {
  it('scores all zeros as 0 with no severity and no flag', () => {
    const s = pcl5.score(answersOf(zeros()));
    expect(s).toEqual({
      instrumentId: 'pcl-5',
      instrumentVersion: pcl5.version,
      total: 0,
      severity: null,
      subscales: { B: 0, C: 0, D: 0, E: 0 },
      flags: [],
    });
  });

  it('scores all fours as 80 with cluster maxima 20, 8, 28, 24', () => {
    const s = pcl5.score(answersOf(Array(20).fill(4)));
    expect(s.total).toBe(80);
    expect(s.subscales).toEqual({ B: 20, C: 8, D: 28, E: 24 });
    expect(s.severity).toBeNull();
  });

  it('sums each cluster over its own items only', () => {
    // Item n answered n mod 5: B = 1+2+3+4+0 = 10, C = 1+2 = 3, D = 3+4+0+1+2+3+4 = 17, E = 0+1+2+3+4+0 = 10.
    const s = pcl5.score(answersOf(Array.from({ length: 20 }, (_, i) => (i + 1) % 5)));
    expect(s.subscales).toEqual({ B: 10, C: 3, D: 17, E: 10 });
    expect(s.total).toBe(40);
  });

  it('flags a provisional diagnosis at the minimum 1 B, 1 C, 2 D, 2 E symptoms rated 2', () => {
    const s = pcl5.score(answersOf(withItems(MINIMAL_PROVISIONAL, 2)));
    expect(s.total).toBe(12);
    expect(s.flags).toHaveLength(1);
    expect(s.flags[0]!.id).toBe('provisional-ptsd');
    expect(s.flags[0]!.reason).toContain('B 1 of 5 (needs 1)');
    expect(s.flags[0]!.reason).toContain('C 1 of 2 (needs 1)');
    expect(s.flags[0]!.reason).toContain('D 2 of 7 (needs 2)');
    expect(s.flags[0]!.reason).toContain('E 2 of 6 (needs 2)');
    expect(s.flags[0]!.reasonCode).toEqual({
      code: 'ptsd-clusters',
      params: {
        clusters: [
          { key: 'B', count: 1, of: 5, needed: 1 },
          { key: 'C', count: 1, of: 2, needed: 1 },
          { key: 'D', count: 2, of: 7, needed: 2 },
          { key: 'E', count: 2, of: 6, needed: 2 },
        ],
      },
    });
  });

  it.each([
    ['no B symptom', 1],
    ['no C symptom', 6],
    ['only 1 D symptom', 9],
    ['only 1 E symptom', 16],
  ])('does not flag with %s', (_label, dropped) => {
    const s = pcl5.score(
      answersOf(
        withItems(
          MINIMAL_PROVISIONAL.filter((n) => n !== dropped),
          2,
        ),
      ),
    );
    expect(s.flags).toEqual([]);
  });

  it('does not count an item rated 1 as a symptom', () => {
    const v = withItems(MINIMAL_PROVISIONAL, 2);
    v[8] = 1; // item 9 (cluster D) at 1: only one D symptom left
    expect(pcl5.score(answersOf(v)).flags).toEqual([]);
    // Every item at 1 gives a total of 20 but no symptom at all.
    const allOnes = pcl5.score(answersOf(Array(20).fill(1)));
    expect(allOnes.total).toBe(20);
    expect(allOnes.flags).toEqual([]);
  });

  it('counts items rated 3 and 4 as symptoms', () => {
    const v = withItems(MINIMAL_PROVISIONAL, 3);
    v[0] = 4;
    expect(pcl5.score(answersOf(v)).flags.map((f) => f.id)).toEqual(['provisional-ptsd']);
  });

  it('can flag a provisional diagnosis below the 31–33 cut-point and not flag above it', () => {
    // The two rules are independent: 6 symptoms at 2 (total 12) meet the cluster rule …
    expect(pcl5.score(answersOf(withItems(MINIMAL_PROVISIONAL, 2))).flags).toHaveLength(1);
    // … while all of B and C at 4 plus D at 1 (total 35) misses it: no D or E symptom.
    const v = [4, 4, 4, 4, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0];
    const s = pcl5.score(answersOf(v));
    expect(s.total).toBe(35);
    expect(s.flags).toEqual([]);
  });
});

describe('PCL-5 refusals', () => {
  it('names the missing items', () => {
    const a: Record<string, number | null | undefined> = { ...answersOf(zeros()) };
    delete a.q7;
    delete a.q20;
    const e = refusal(() => pcl5.score(a));
    expect(e.kind).toBe('validation');
    expect(e.message).toContain('items 7, 20 unanswered');
    expect(e.fields.map((f) => f.field)).toEqual(['answers.q7', 'answers.q20']);
  });

  it('treats null as unanswered', () => {
    const e = refusal(() => pcl5.score({ ...answersOf(zeros()), q3: null }));
    expect(e.fields).toEqual([
      { field: 'answers.q3', message: 'is required for scoring', code: 'required-for-scoring' },
    ]);
  });

  it('refuses 5 and -1 (out of the 0–4 range), naming the field', () => {
    for (const bad of [5, -1]) {
      const e = refusal(() => pcl5.score({ ...answersOf(zeros()), q12: bad }));
      expect(e.fields[0]!.field).toBe('answers.q12');
      expect(e.message).toContain('out of range (0–4)');
    }
  });

  it('refuses a non-integer, naming the field', () => {
    const e = refusal(() => pcl5.score({ ...answersOf(zeros()), q2: 1.5 }));
    expect(e.fields[0]!.field).toBe('answers.q2');
    expect(e.message).toContain('whole number');
  });

  it('refuses an unknown linkId, naming it', () => {
    const e = refusal(() => pcl5.score({ ...answersOf(zeros()), q21: 0 }));
    expect(e.fields[0]!.field).toBe('answers.q21');
    expect(e.message).toContain('not an item of the PCL-5');
  });
});

describe('PCL-5 properties', () => {
  const answersArb = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 20, maxLength: 20 });

  it('keeps the total within 0–80 and equal to the sum of the clusters', () => {
    fc.assert(
      fc.property(answersArb, (v) => {
        const s = pcl5.score(answersOf(v));
        expect(s.total).toBeGreaterThanOrEqual(pcl5.totalRange.min);
        expect(s.total).toBeLessThanOrEqual(pcl5.totalRange.max);
        expect(s.subscales.B! + s.subscales.C! + s.subscales.D! + s.subscales.E!).toBe(s.total);
      }),
    );
  });

  it('never lowers the total, a cluster, or removes the flag when one answer is raised', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: 19 }), (v, i) => {
        fc.pre(v[i]! < 4);
        const before = pcl5.score(answersOf(v));
        const raised = [...v];
        raised[i] = raised[i]! + 1;
        const after = pcl5.score(answersOf(raised));
        expect(after.total).toBe(before.total + 1);
        for (const key of ['B', 'C', 'D', 'E']) {
          expect(after.subscales[key]!).toBeGreaterThanOrEqual(before.subscales[key]!);
        }
        if (before.flags.length) expect(after.flags.map((f) => f.id)).toEqual(['provisional-ptsd']);
      }),
    );
  });
});
