import { describe, expect, it } from 'vitest';
import type { Trajectory } from './api.ts';
import { describeTrajectory } from './summary.ts';

const point = (over: Partial<Trajectory['points'][number]>): Trajectory['points'][number] => ({
  responseId: '00000000-0000-4000-8000-000000000001',
  administeredAt: '2026-01-05T10:00:00.000Z',
  total: 20,
  severity: 'severe',
  isBaseline: false,
  change: null,
  response: null,
  remission: null,
  reliable: null,
  ...over,
});

const t = (points: Trajectory['points']): Trajectory => ({
  id: 'phq-9',
  shortName: 'PHQ-9',
  better: 'lower',
  range: { min: 0, max: 27 },
  bands: [],
  responseCriterion: '≥ 50% reduction from baseline',
  remissionMaxTotal: 4,
  baselineResponseId: null,
  responseThreshold: 10,
  points,
});

describe('describeTrajectory', () => {
  it('says where the client started, where they are and what that means', () => {
    const text = describeTrajectory(
      t([
        point({ isBaseline: true }),
        point({
          administeredAt: '2026-03-01T10:00:00.000Z',
          total: 8,
          severity: 'mild',
          change: -12,
          response: true,
          remission: false,
          reliable: 'improved',
        }),
      ]),
      6,
    );
    expect(text).toBe(
      'PHQ-9: 2 scores. Baseline 20 (severe) on 5 Jan 2026. Latest 8 (mild) on 1 Mar 2026 (-12 from baseline). ' +
        'Latest meets the response criterion, not in remission, reliably improved. 6 dosing sessions marked.',
    );
  });

  it('says so when there is nothing to show', () => {
    expect(describeTrajectory(t([]), 0)).toBe('PHQ-9: no scores yet.');
  });
});
