import { describe, expect, it } from 'vitest';
import { getInstrument } from '../../domain/instruments/registry.ts';
import { INSTRUMENT_MODELS, PROGRAMS } from './params.ts';
import { Rng } from './prng.ts';
import {
  answersForSum,
  baselineSeverity,
  type ClientLatent,
  type Course,
  drawLatent,
  gainFraction,
  observedTotal,
  scoredAnswers,
  sumForTotal,
} from './trajectory.ts';

const INSTRUMENTS = [...Object.keys(INSTRUMENT_MODELS), 'meq-30'];

describe('synthetic PRNG', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = new Rng('seed-1');
    const b = new Rng('seed-1');
    const c = new Rng('seed-2');
    const xs = Array.from({ length: 20 }, () => a.uint32());
    expect(Array.from({ length: 20 }, () => b.uint32())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.uint32())).not.toEqual(xs);
  });

  it('draws version-4 shaped UUIDs, uniform numbers in range and normals around their mean', () => {
    const r = new Rng('uuid');
    for (let i = 0; i < 1000; i++) {
      expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const x = r.int(3, 7);
      expect(x >= 3 && x <= 7 && Number.isInteger(x)).toBe(true);
    }
    const sequenced = new Rng('uuid').sequenced(5 * 1024);
    const ids = Array.from({ length: 300 }, () => sequenced.uuid());
    expect(ids[0]).toMatch(/^00000000-1400-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    const normals = Array.from({ length: 20_000 }, () => r.normal(10, 2));
    const mean = normals.reduce((s, x) => s + x, 0) / normals.length;
    const sd = Math.sqrt(normals.reduce((s, x) => s + (x - mean) ** 2, 0) / normals.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeCloseTo(2, 1);
  });
});

describe('item-level answers', () => {
  it.each(INSTRUMENTS)('%s: every reachable sum is met exactly, every answer inside its item', (id) => {
    const def = getInstrument(id);
    const scored = def.items.filter((i) => i.scored);
    const min = scored.reduce((s, i) => s + Math.min(...i.options.map((o) => o.value)), 0);
    const max = scored.reduce((s, i) => s + Math.max(...i.options.map((o) => o.value)), 0);
    const rng = new Rng(`answers-${id}`);
    for (let sum = min; sum <= max; sum++) {
      for (let k = 0; k < 5; k++) {
        const answers = answersForSum(id, sum, rng);
        expect(Object.keys(answers).sort()).toEqual(def.items.map((i) => i.linkId).sort());
        for (const item of def.items) {
          const v = answers[item.linkId]!;
          expect(
            item.options.some((o) => o.value === v),
            `${id} ${item.linkId}=${v}`,
          ).toBe(true);
        }
        expect(scored.reduce((s, i) => s + answers[i.linkId]!, 0)).toBe(sum);
      }
    }
    expect(() => answersForSum(id, max + 1, rng)).toThrow();
  });

  it.each(INSTRUMENTS)('%s: scored with its own rules, the total is the wanted one', (id) => {
    const def = getInstrument(id);
    const rng = new Rng(`score-${id}`);
    const wanted =
      id === 'meq-30' ? [0, 1.5, 2.7, 3.2, 5] : [def.totalRange.min, 3, 7, 12, def.totalRange.max];
    for (const total of wanted) {
      const { answers, score } = scoredAnswers(id, total, rng);
      expect(score).toEqual(def.score(answers));
      expect(score.total).toBeCloseTo(id === 'meq-30' ? sumForTotal(id, total) / 30 : total, 10);
    }
  });

  it('keeps the PHQ-9 suicide-risk item at 0 in most mild responses', () => {
    const rng = new Rng('item-9');
    let flagged = 0;
    for (let i = 0; i < 2000; i++) if (scoredAnswers('phq-9', 8, rng).score.flags.length) flagged++;
    expect(flagged / 2000).toBeLessThan(0.1);
    let severe = 0;
    for (let i = 0; i < 2000; i++) if (scoredAnswers('phq-9', 24, rng).score.flags.length) severe++;
    expect(severe).toBeGreaterThan(flagged);
  });
});

describe('score trajectories', () => {
  const course = (improvement: number): Course => ({
    improvement,
    rampDays: 35,
    treatmentDays: 36,
    condition: 'depression',
  });

  it('reaches the full gain at the end of the ramp and loses the relapse share by the end of follow-up', () => {
    const c = { rampDays: 10, treatmentDays: 20 };
    expect(gainFraction(-5, c, 0.3)).toBe(0);
    expect(gainFraction(5, c, 0.3)).toBeCloseTo(0.5);
    expect(gainFraction(20, c, 0.3)).toBe(1);
    expect(gainFraction(20 + 90, c, 0.3)).toBeCloseTo(0.85);
    expect(gainFraction(20 + 400, c, 0.3)).toBeCloseTo(0.7);
  });

  it('keeps every observed total inside the instrument range', () => {
    const rng = new Rng('range');
    for (const id of Object.keys(INSTRUMENT_MODELS)) {
      const { min, max } = getInstrument(id).totalRange;
      for (let i = 0; i < 500; i++) {
        const latent = drawLatent(rng);
        const base = baselineSeverity(id, 'treatment-resistant-depression', latent, rng);
        for (const days of [-1, 10, 40, 200, 400]) {
          const t = observedTotal(id, base, course(0.45), latent, days, rng);
          expect(Number.isInteger(t) && t >= min && t <= max, `${id} ${t}`).toBe(true);
        }
      }
    }
  });

  it('improves more with psychotherapy than with ketamine alone, and worsens deteriorators', () => {
    const [alone, therapy] = PROGRAMS.kap.arms;
    const mean = (improvement: number, latentOf: (rng: Rng) => ClientLatent) => {
      const rng = new Rng(`arm-${improvement}`);
      let before = 0;
      let after = 0;
      for (let i = 0; i < 4000; i++) {
        const latent = latentOf(rng);
        const base = baselineSeverity('phq-9', 'depression', latent, rng);
        before += observedTotal('phq-9', base, course(improvement), latent, -1, rng);
        after += observedTotal('phq-9', base, course(improvement), latent, 91, rng);
      }
      return { before: before / 4000, after: after / 4000 };
    };
    const a = mean(alone!.improvement, drawLatent);
    const t = mean(therapy!.improvement, drawLatent);
    expect(a.before).toBeGreaterThan(13);
    expect(a.before).toBeLessThan(19);
    expect(t.after).toBeLessThan(a.after - 1);
    const worse = mean(0.45, () => ({ severity: 0, responder: -0.4, relapse: 0 }));
    expect(worse.after).toBeGreaterThan(worse.before);
  });
});
