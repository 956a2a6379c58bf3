import { describe, expect, it } from 'vitest';
import { getInstrument } from '../instruments/registry.ts';
import { trajectory } from './trajectory.ts';

const phq9 = getInstrument('phq-9');
const score = (responseId: string, administeredAt: string, total: number) => ({
  responseId,
  administeredAt,
  instrumentId: 'phq-9',
  instrumentVersion: phq9.version,
  total,
  severity: null,
  subscales: {},
  flags: [],
});

describe('trajectory', () => {
  it('compares every later score with the baseline by the PHQ-9 rules', () => {
    // Baseline 20: response ≥ 50% reduction → ≤ 10; remission < 5 (total ≤ 4); reliable change 5 points (the registry's fixed threshold).
    const t = trajectory(
      phq9,
      [
        score('c', '2026-03-01T10:00:00Z', 4),
        score('a', '2026-01-01T10:00:00Z', 20),
        score('b', '2026-02-01T10:00:00Z', 16),
      ],
      null,
    );
    expect(t.baselineResponseId).toBe('a');
    expect(t.responseThreshold).toBe(10);
    expect(t.points.map((p) => [p.responseId, p.change, p.response, p.remission, p.reliable])).toEqual([
      ['a', null, null, null, null],
      ['b', -4, false, false, 'unchanged'],
      ['c', -16, true, true, 'improved'],
    ]);
  });

  it('uses the program baseline when given, and leaves earlier scores uncompared', () => {
    const t = trajectory(
      phq9,
      [
        score('early', '2025-06-01T10:00:00Z', 9),
        score('base', '2026-01-01T10:00:00Z', 18),
        score('later', '2026-02-01T10:00:00Z', 25),
      ],
      'base',
    );
    expect(t.points[0]).toMatchObject({ responseId: 'early', change: null, isBaseline: false });
    expect(t.points[2]).toMatchObject({ change: 7, response: false, reliable: 'deteriorated' });
  });

  it('has no points and no threshold without scores', () => {
    expect(trajectory(phq9, [], null)).toEqual({
      baselineResponseId: null,
      responseThreshold: null,
      points: [],
    });
  });
});
