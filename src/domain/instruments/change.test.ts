import { describe, expect, it } from 'vitest';
import { compareScores } from './change.ts';
import type { ChangeCriteria, InstrumentDefinition, Score } from './types.ts';

function def(change: Partial<ChangeCriteria>): InstrumentDefinition {
  return {
    id: 'test-1',
    change: {
      better: 'lower',
      response: null,
      remission: null,
      reliableChange: null,
      mcid: null,
      reliability: [],
      ...change,
    },
  } as InstrumentDefinition;
}
const score = (total: number, instrumentId = 'test-1'): Score => ({
  instrumentId,
  instrumentVersion: '1',
  total,
  severity: null,
  subscales: {},
  flags: [],
});
const src = { status: 'confirmed' as const, source: 'test' };

describe('change between administrations', () => {
  it('computes absolute and percent change, response and remission', () => {
    const d = def({
      response: { value: { percent: 50 }, ...src },
      remission: { value: { maxTotal: 4 }, ...src },
    });
    const c = compareScores(d, score(20), score(10));
    expect(c).toMatchObject({ absolute: -10, percent: -50, improvement: 10 });
    expect(c.response?.met).toBe(true);
    expect(c.remission?.met).toBe(false);
    expect(compareScores(d, score(20), score(11)).response?.met).toBe(false);
    expect(compareScores(d, score(20), score(4)).remission?.met).toBe(true);
    expect(compareScores(d, score(0), score(0))).toMatchObject({ percent: null, response: { met: false } });
  });

  it('uses a published fixed threshold for reliable change, in both directions', () => {
    const d = def({ reliableChange: { value: { points: 5 }, ...src } });
    expect(compareScores(d, score(15), score(10)).reliableChange).toMatchObject({
      reliable: true,
      direction: 'improved',
      method: 'published-threshold',
    });
    expect(compareScores(d, score(10), score(15)).reliableChange).toMatchObject({
      reliable: true,
      direction: 'deteriorated',
    });
    expect(compareScores(d, score(10), score(14)).reliableChange).toMatchObject({
      reliable: false,
      direction: 'unchanged',
    });
  });

  it('computes the Jacobson–Truax RCI from a reliability figure with an SD', () => {
    // S_diff = √2 · 5 · √(1 − .84) = 2.8284; reliable beyond 1.96 · S_diff = 5.5436 points.
    const d = def({
      reliability: [{ value: { kind: 'test-retest', r: 0.84, sd: 5, sample: 'test sample' }, ...src }],
    });
    const c = compareScores(d, score(20), score(14));
    expect(c.reliableChange?.method).toBe('jacobson-truax');
    expect(c.reliableChange?.threshold).toBeCloseTo(5.5436, 4);
    expect(c.reliableChange?.rci).toBeCloseTo(-6 / 2.828427, 5);
    expect(c.reliableChange?.reliable).toBe(true);
    expect(compareScores(d, score(20), score(15)).reliableChange?.reliable).toBe(false);
  });

  it('says nothing about reliable change when no SD is known', () => {
    const d = def({
      reliability: [{ value: { kind: 'internal-consistency', r: 0.89, sd: null, sample: 's' }, ...src }],
    });
    expect(compareScores(d, score(20), score(2)).reliableChange).toBeNull();
  });

  it('treats higher as better where the instrument says so', () => {
    const d = def({ better: 'higher', reliableChange: { value: { points: 10 }, ...src } });
    expect(compareScores(d, score(40), score(60)).reliableChange).toMatchObject({ direction: 'improved' });
  });

  it('refuses scores of another instrument', () => {
    expect(() => compareScores(def({}), score(1, 'other'), score(2))).toThrow(/baseline/);
  });
});
