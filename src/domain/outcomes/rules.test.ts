/** outcomeRules: the registry's change criteria as the analysis applies them, consistent with change.ts. */
import { describe, expect, it } from 'vitest';
import { compareScores } from '../instruments/change.ts';
import { meq30 } from '../instruments/meq-30/index.ts';
import { phq9 } from '../instruments/phq-9/index.ts';
import { qidsSr16 } from '../instruments/qids-sr16/index.ts';
import type { InstrumentDefinition, Score } from '../instruments/types.ts';
import { who5 } from '../instruments/who-5/index.ts';
import { outcomeRules } from './rules.ts';

const score = (def: InstrumentDefinition, total: number): Score => ({
  instrumentId: def.id,
  instrumentVersion: def.version,
  total,
  severity: null,
  subscales: {},
  flags: [],
});

describe('outcomeRules', () => {
  it('PHQ-9: ≥ 50% reduction, total ≤ 4, the published 5-point threshold', () => {
    const r = outcomeRules(phq9)!;
    expect(r).toMatchObject({
      instrumentId: 'phq-9',
      better: 'lower',
      responsePercent: 50,
      responseCriterion: '≥ 50% reduction from baseline',
      remissionMaxTotal: 4,
      remissionCriterion: 'total ≤ 4',
      reliableChangePoints: 5,
    });
    expect(r.reliableChangeMethod).toMatch(/^published threshold/);
    // The criterion texts are the ones a single comparison shows.
    const c = compareScores(phq9, score(phq9, 20), score(phq9, 4));
    expect(r.responseCriterion).toBe(c.response!.criterion);
    expect(r.remissionCriterion).toBe(c.remission!.criterion);
  });

  it('WHO-5: its threshold is on the percentage score, not the total, and no SD is known: none', () => {
    const r = outcomeRules(who5)!;
    expect(r.better).toBe('higher');
    expect(r.responsePercent).toBeNull();
    expect(r.remissionMaxTotal).toBeNull();
    expect(r.reliableChangePoints).toBeNull();
    expect(r.reliableChangeMethod).toBeNull();
  });

  it('QIDS-SR16: no published threshold and no reliability figure with an SD: none', () => {
    expect(outcomeRules(qidsSr16)!.reliableChangePoints).toBeNull();
  });

  it('MEQ-30: change has no meaning, so no rules', () => {
    expect(outcomeRules(meq30)).toBeNull();
  });

  it('Jacobson–Truax from the first reliability figure with an SD, the threshold change.ts applies', () => {
    const def: InstrumentDefinition = {
      ...phq9,
      change: {
        ...phq9.change,
        reliableChange: null,
        reliability: [
          {
            value: { kind: 'internal-consistency', r: 0.89, sd: null, sample: 'a' },
            status: 'secondary',
            source: 'x',
          },
          { value: { kind: 'test-retest', r: 0.84, sd: 5.5, sample: 'b' }, status: 'secondary', source: 'y' },
          { value: { kind: 'test-retest', r: 0.9, sd: 4, sample: 'c' }, status: 'secondary', source: 'z' },
        ],
      },
    };
    const r = outcomeRules(def)!;
    // 1.959964 × √2 × 5.5 × √(1 − 0.84) = 2.771808 × 5.5 × 0.4 = 6.09798
    expect(r.reliableChangePoints).toBeCloseTo(1.959963984540054 * Math.SQRT2 * 5.5 * 0.4, 12);
    expect(r.reliableChangePoints).toBeCloseTo(6.09798, 5);
    expect(r.reliableChangeMethod).toMatch(/^Jacobson–Truax/);
    expect(r.reliableChangeMethod).toContain('r = 0.84, SD = 5.5');
    const c = compareScores(def, score(def, 20), score(def, 10));
    expect(c.reliableChange!.threshold).toBeCloseTo(r.reliableChangePoints!, 12);
  });

  it('a threshold published on a subscale gives way to Jacobson–Truax on the total', () => {
    const def: InstrumentDefinition = {
      ...who5,
      change: {
        ...who5.change,
        reliability: [
          { value: { kind: 'test-retest', r: 0.75, sd: 4, sample: 's' }, status: 'secondary', source: 'q' },
        ],
      },
    };
    // 1.959964 × √2 × 4 × √0.25 = 5.5436…
    expect(outcomeRules(def)!.reliableChangePoints).toBeCloseTo(1.959963984540054 * Math.SQRT2 * 2, 12);
  });
});
