/**
 * Later outcome by acute experience against R (fixtures/make-fixtures.R): response and remission per
 * group with prop.test (Wilson), the difference by Newcombe's method 10, and the mixed model with the
 * experience as a covariate against nlme::lme (REML).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriesMatrix } from '../outcomes/matrix.ts';
import type { OutcomeRules, Proportion, TimepointDef } from '../outcomes/types.ts';
import { laterByExperience } from './later.ts';
import { close, type Fixtures, type RProportion } from './test-fixtures.ts';

const fixtures = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/r-fixtures.json'), 'utf8'),
) as Fixtures;

const rules: OutcomeRules = {
  instrumentId: 'phq-9',
  better: 'lower',
  responsePercent: 50,
  responseCriterion: '≥ 50% reduction from baseline',
  remissionMaxTotal: 4,
  remissionCriterion: 'total ≤ 4',
  reliableChangePoints: 5,
  reliableChangeMethod: 'published threshold',
};
const timepoints: TimepointDef[] = [
  { key: 'baseline#1', label: 'Baseline', role: 'baseline', nominalDay: 0 },
  { key: 'end#1', label: 'End of treatment', role: 'end-of-treatment', nominalDay: 56 },
  { key: 'fu-3m#1', label: '3 months', role: 'follow-up', nominalDay: 140 },
];
const { later } = fixtures;
const subjects = [...later.scores, [12, 6, 3]].map((scores, i) => ({
  id: `e${i}`,
  attributes: { ageBand: null, sex: null, gender: null, condition: null, arm: null, cohort: null },
  started: true,
  points: Object.fromEntries(timepoints.map((t, k) => [t.key, { score: scores[k] ?? null, due: true }])),
}));
const m = seriesMatrix(timepoints, subjects);
// The last client has no MEQ-30 after a dose: in neither group.
const experience = (i: number) => (i < later.cme.length ? later.cme[i]! : null);
const result = laterByExperience(m, experience, timepoints, 0, rules);

const same = (p: Proportion | null, r: RProportion) => {
  expect([p?.events, p?.n]).toEqual([r.events, r.n]);
  close(p!.percent, r.percent);
  close(p!.ci?.lower, r.lower);
  close(p!.ci?.upper, r.upper);
};

describe('later outcome by acute experience', () => {
  it('counts the groups and leaves out clients without an MEQ-30', () => {
    expect([result.withClients, result.withoutClients, result.unknownClients]).toEqual([6, 6, 1]);
    expect(result.timepoints.map((t) => t.key)).toEqual(['end#1', 'fu-3m#1']);
  });

  it('matches R at each later timepoint', () => {
    for (const r of later.points) {
      const t = result.timepoints[r.timepoint - 1]!;
      expect([t.with.expected, t.without.expected]).toEqual([6, 6]);
      expect([t.with.assessed, t.without.assessed]).toEqual([r.with.assessed, r.without.assessed]);
      same(t.with.response, r.with.response);
      same(t.with.remission, r.with.remission);
      same(t.without.response, r.without.response);
      same(t.without.remission, r.without.remission);
      close(t.responseDifference?.estimate, r.responseDifference.estimate);
      close(t.responseDifference?.ci.lower, r.responseDifference.lower);
      close(t.responseDifference?.ci.upper, r.responseDifference.upper);
      close(t.remissionDifference?.estimate, r.remissionDifference.estimate);
      close(t.remissionDifference?.ci.lower, r.remissionDifference.lower);
      close(t.remissionDifference?.ci.upper, r.remissionDifference.upper);
    }
  });

  it('fits the mixed model with the experience as a covariate as nlme does', () => {
    const model = result.model!;
    const r = later.model;
    expect(r.names.at(-1)).toBe('cme_after');
    close(model.effect.mean, r.estimates.at(-1));
    close(model.effect.se, r.se.at(-1));
    close(model.fit.tau2, r.tau2);
    close(model.fit.sigma2, r.sigma2);
    close(model.fit.logLik, r.logLik);
    expect([model.fit.subjects, model.fit.observations]).toEqual([r.subjects, r.observations]);
    expect([model.withClients, model.withoutClients]).toEqual([6, 6]);
  });

  it('has no model when one group has no score after the baseline', () => {
    const onlyWith = laterByExperience(m, (i) => (i < 6 ? true : i < 8 ? false : null), timepoints, 0, rules);
    expect(onlyWith.model).not.toBeNull();
    const none = laterByExperience(m, (i) => (i < 6 ? true : null), timepoints, 0, rules);
    expect(none.model).toBeNull();
    expect(none.timepoints[0]!.responseDifference).toBeNull();
  });
});
