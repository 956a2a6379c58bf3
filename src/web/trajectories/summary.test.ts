import { afterEach, describe, expect, it } from 'vitest';
import { setOrganizationFormat } from '../i18n/format.ts';
import { i18n } from '../i18n/i18n.ts';
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

const improved = () =>
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
  ]);

describe('describeTrajectory', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
    setOrganizationFormat(null, null);
  });

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
      'PHQ-9: 2 scores. Baseline 20 (severe) on 5 January 2026. Latest 8 (mild) on 1 March 2026 (-12 from baseline). ' +
        'Latest meets the response criterion, not in remission, reliably improved. 6 dosing sessions marked.',
    );
  });

  it('says so when there is nothing to show', () => {
    expect(describeTrajectory(t([]), 0)).toBe('PHQ-9: no scores yet.');
  });

  it('says it in Dutch, with dates in the organization’s zone (the band is the instrument’s own label)', async () => {
    await i18n.changeLanguage('nl');
    // 23:30 UTC on 28 February is already 1 March in Amsterdam.
    setOrganizationFormat('nl-NL', 'Europe/Amsterdam');
    const late = improved();
    late.points[1]!.administeredAt = '2026-02-28T23:30:00.000Z';
    expect(describeTrajectory(late, 1)).toBe(
      'PHQ-9: 2 scores. Nulmeting 20 (severe) op 5 januari 2026. Laatste 8 (mild) op 1 maart 2026 ' +
        '(-12 ten opzichte van de nulmeting). Laatste: voldoet aan het responscriterium, niet in remissie, ' +
        'betrouwbaar verbeterd. 1 doseringssessie gemarkeerd.',
    );
    expect(describeTrajectory(t([]), 0)).toBe('PHQ-9: nog geen scores.');
  });
});
