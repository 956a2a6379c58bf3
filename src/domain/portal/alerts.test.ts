import { describe, expect, it } from 'vitest';
import { findInstrument } from '../instruments/registry.ts';
import { alertForMissed, alertForVitals, alertsForResponse, hasRiskFlag } from './alerts.ts';

const phq9 = findInstrument('phq-9')!;
const answers = (values: number[]) => Object.fromEntries(values.map((v, i) => [`q${i + 1}`, v]));

describe('alertsForResponse', () => {
  it('raises a high-severity alert for PHQ-9 item 9 above 0, naming the answer', () => {
    const score = phq9.score(answers([0, 0, 0, 0, 0, 0, 0, 0, 2]));
    expect(hasRiskFlag(score.flags)).toBe(true);
    const [alert, ...rest] = alertsForResponse({ responseId: 'r1', instrument: phq9, score, baseline: null });
    expect(rest).toEqual([]);
    expect(alert).toEqual({
      kind: 'risk-flag',
      severity: 'high',
      title: 'Risk answer on PHQ-9',
      trigger: 'PHQ-9: Item 9 answered 2 (More than half the days)',
      dedupeKey: 'response:r1:flag:suicide-risk',
    });
  });

  it('raises nothing for a response without flags and without reliable deterioration', () => {
    const baseline = { responseId: 'b', score: phq9.score(answers([1, 1, 1, 1, 1, 1, 1, 1, 0])) };
    const score = phq9.score(answers([1, 1, 1, 1, 1, 1, 2, 2, 0]));
    expect(alertsForResponse({ responseId: 'r2', instrument: phq9, score, baseline })).toEqual([]);
  });

  it('raises a medium alert for a reliable deterioration from baseline (PHQ-9: 5 points or more)', () => {
    const baseline = { responseId: 'b', score: phq9.score(answers([1, 1, 1, 1, 1, 1, 1, 1, 0])) };
    const score = phq9.score(answers([2, 2, 2, 2, 2, 1, 1, 1, 0]));
    const alerts = alertsForResponse({ responseId: 'r3', instrument: phq9, score, baseline });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      kind: 'deterioration',
      severity: 'medium',
      dedupeKey: 'response:r3:deterioration',
    });
    expect(alerts[0]!.trigger).toMatch(/8 at baseline → 13 now/);
  });

  it('does not compare a response with itself', () => {
    const score = phq9.score(answers([3, 3, 3, 3, 3, 3, 3, 3, 0]));
    expect(
      alertsForResponse({
        responseId: 'same',
        instrument: phq9,
        score,
        baseline: { responseId: 'same', score },
      }),
    ).toEqual([]);
  });
});

describe('other alerts', () => {
  it('vitals: one per flagged set, none without flags', () => {
    expect(alertForVitals({ vitalSignsId: 'v1', messages: [] })).toBeNull();
    expect(
      alertForVitals({ vitalSignsId: 'v1', messages: ['Systolic 172 mmHg is above the limit.'] }),
    ).toMatchObject({
      kind: 'vitals',
      severity: 'medium',
      dedupeKey: 'vitals:v1',
    });
  });
  it('missed: low severity, once per invitation', () => {
    expect(alertForMissed({ invitationId: 'i1', label: 'Baseline', instrument: 'PHQ-9' })).toMatchObject({
      kind: 'missed',
      severity: 'low',
      dedupeKey: 'invitation:i1:missed',
    });
  });
});
