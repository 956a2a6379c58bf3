import { describe, expect, it } from 'vitest';
import { findBuiltin } from '../evidence/library/index.ts';
import type { OutcomeReport, Proportion, TimepointStats } from '../outcomes/types.ts';
import { besideStudy } from './evidence.ts';
import { checkBenchmarkSettings, PUBLIC_MIN_CELL_SIZE } from './settings.ts';
import { publicSummary } from './summary.ts';

const prop = (events: number, n: number): Proportion => ({
  events,
  n,
  percent: (100 * events) / n,
  ci: { lower: 1, upper: 99 },
});

const tp = (key: string, role: TimepointStats['role'], n: number, responders: number): TimepointStats => ({
  key,
  label: key,
  role,
  expected: n + 2,
  assessed: n,
  missing: 2,
  observed: { n, mean: 10, sd: 3 },
  change: role === 'baseline' ? null : { n, mean: -5, sd: 2, ci: null, effectSize: 1, effectSizeCi: null },
  response: role === 'baseline' ? null : prop(responders, n),
  remission: role === 'baseline' ? null : prop(Math.floor(responders / 2), n),
  reliable: null,
});

const report = (subjects: number, timepoints: TimepointStats[]): OutcomeReport => ({
  instrumentId: 'phq-9',
  rules: {
    instrumentId: 'phq-9',
    better: 'lower',
    responsePercent: 50,
    responseCriterion: '≥50% fall',
    remissionMaxTotal: 4,
    remissionCriterion: 'total ≤ 4',
    reliableChangePoints: null,
    reliableChangeMethod: null,
  },
  subjects,
  timepoints,
  missingData: [],
  lmm: null,
  durability: null,
  subgroups: null,
  comparison: null,
});

describe('the public outcome summary', () => {
  it('shows response and remission after baseline with n assessed of expected, and withholds small cells', () => {
    const s = publicSummary(
      report(14, [
        tp('base', 'baseline', 14, 0),
        tp('w4', 'end-of-treatment', 12, 7),
        tp('m3', 'follow-up', 9, 5),
      ]),
      10,
    );
    if ('suppressed' in s) throw new Error('not withheld');
    expect(s.started).toBe(14);
    expect(s.missingDataMethod).toBe('observed-cases');
    expect(s.timepoints.map((t) => t.key)).toEqual(['w4', 'm3']);
    expect(s.timepoints[0]).toMatchObject({ expected: 14, assessed: 12, response: { events: 7, n: 12 } });
    expect(s.timepoints[1]!.response).toEqual({
      suppressed: { reason: 'fewer than 10 clients', threshold: 10 },
    });
    // Nothing but the public fields: no means, no model, no subgroups.
    expect(Object.keys(s.timepoints[0]!).sort()).toEqual(
      ['assessed', 'expected', 'key', 'label', 'remission', 'response', 'role'].sort(),
    );
  });

  it('withholds the whole summary below the minimum, including when no one started', () => {
    for (const n of [0, 9]) {
      const s = publicSummary(report(n, []), 10);
      expect(s).toMatchObject({ instrumentId: 'phq-9', suppressed: { threshold: 10 } });
      expect(s).not.toHaveProperty('started');
    }
  });
});

describe('publishing settings', () => {
  const choices = {
    instruments: ['phq-9'],
    researcherMinCell: 5,
    hasStudy: (id: string) => id === 'goodwin-2022',
  };
  const ok = { instrumentId: 'phq-9', minCellSize: 10, studyIds: ['goodwin-2022'] };
  const fieldOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as { fields?: Array<{ field: string }> }).fields?.[0]?.field ?? String(e);
    }
    return null;
  };

  it('accepts a program instrument, a public minimum and known studies', () => {
    expect(checkBenchmarkSettings(ok, choices)).toEqual(ok);
  });

  it('names the field of each problem', () => {
    expect(fieldOf(() => checkBenchmarkSettings({ ...ok, instrumentId: 'gad-7' }, choices))).toBe(
      'instrumentId',
    );
    expect(
      fieldOf(() => checkBenchmarkSettings({ ...ok, minCellSize: PUBLIC_MIN_CELL_SIZE - 1 }, choices)),
    ).toBe('minCellSize');
    expect(
      fieldOf(() =>
        checkBenchmarkSettings({ ...ok, minCellSize: 12 }, { ...choices, researcherMinCell: 15 }),
      ),
    ).toBe('minCellSize');
    expect(
      fieldOf(() => checkBenchmarkSettings({ ...ok, studyIds: ['goodwin-2022', 'nope'] }, choices)),
    ).toBe('studyIds.1');
    expect(
      fieldOf(() => checkBenchmarkSettings({ ...ok, studyIds: ['goodwin-2022', 'goodwin-2022'] }, choices)),
    ).toBe('studyIds.1');
  });
});

describe('studies beside the summary', () => {
  it("keeps a study's response and remission results with their status and provenance", () => {
    const study = findBuiltin('goodwin-2022');
    if (!study) throw new Error('goodwin-2022 is in the library');
    const b = besideStudy(study);
    expect(b.results.length).toBeGreaterThanOrEqual(2);
    for (const r of b.results) {
      expect(r.quantity).toMatch(/response|remission/i);
      expect(r.provenance).not.toBe('');
    }
    expect(b.citationStatus).toBe(study.citation.status);
  });
});
