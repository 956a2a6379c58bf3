import { describe, expect, it } from 'vitest';
import { alertForHelp, alertForMissedCheckin } from '../dosing/at-home.ts';
import { findInstrument, INSTRUMENTS } from '../instruments/registry.ts';
import {
  alertForMissedContact,
  alertForUnbookable,
  alertsForChallenge,
} from '../integration-window/alerts.ts';
import {
  alertForMissed,
  alertForVitals,
  alertsForResponse,
  alertTitleCode,
  asImported,
  FLAG_ALERT_SEVERITY,
  flagSeverity,
  hasRiskFlag,
} from './alerts.ts';

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

  it('keeps an imported risk answer high, saying it was imported and when it was answered', () => {
    const score = phq9.score(answers([0, 0, 0, 0, 0, 0, 0, 0, 2]));
    const drafts = alertsForResponse({ responseId: 'r1', instrument: phq9, score, baseline: null });
    expect(asImported(drafts, '2021-03-04T10:00:00.000Z')).toEqual([
      {
        kind: 'risk-flag',
        severity: 'high',
        title: 'Risk answer on PHQ-9 (imported, answered 2021-03-04)',
        trigger:
          'PHQ-9: Item 9 answered 2 (More than half the days). Imported from past records: answered on 2021-03-04, not now.',
        dedupeKey: 'response:r1:flag:suicide-risk',
      },
    ]);
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

describe('which flag raises which alert', () => {
  const who5 = findInstrument('who-5')!;
  const meq30 = findInstrument('meq-30')!;

  it('WHO-5 poor wellbeing: a medium alert', () => {
    const score = who5.score({ q1: 1, q2: 1, q3: 1, q4: 1, q5: 1 });
    const alerts = alertsForResponse({ responseId: 'w', instrument: who5, score, baseline: null });
    expect(alerts).toEqual([
      expect.objectContaining({ kind: 'risk-flag', severity: 'medium', title: 'Flagged answer on WHO-5' }),
    ]);
  });

  it('MEQ-30 complete mystical experience: flagged on the score, but no alert (not a risk)', () => {
    const score = meq30.score(Object.fromEntries(meq30.items.map((i) => [i.linkId, 5])));
    expect(score.flags.map((f) => f.id)).toEqual(['complete-mystical-experience']);
    expect(alertsForResponse({ responseId: 'm', instrument: meq30, score, baseline: null })).toEqual([]);
  });

  it('a second MEQ-30 is not compared with the first (change has no meaning for it)', () => {
    const first = meq30.score(Object.fromEntries(meq30.items.map((i) => [i.linkId, 5])));
    const score = meq30.score(Object.fromEntries(meq30.items.map((i) => [i.linkId, 0])));
    const baseline = { responseId: 'first', score: first };
    expect(alertsForResponse({ responseId: 'second', instrument: meq30, score, baseline })).toEqual([]);
  });

  it('every flag an instrument declares has a decision; an unknown flag id fails closed (medium)', () => {
    expect(flagSeverity('suicide-risk')).toBe('high');
    expect(flagSeverity('provisional-ptsd')).toBe('medium');
    expect(flagSeverity('complete-mystical-experience')).toBeNull();
    expect(flagSeverity('a-flag-from-the-future')).toBe('medium');
    expect(flagSeverity('constructor')).toBe('medium');
    for (const instrument of INSTRUMENTS)
      for (const rule of instrument.safety) expect(Object.hasOwn(FLAG_ALERT_SEVERITY, rule.flag)).toBe(true);
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

describe('alert title codes', () => {
  it('reads back every title these rules write, imported or not', () => {
    expect(alertTitleCode('Risk answer on PHQ-9')).toEqual({
      code: 'risk-answer',
      params: { instrument: 'PHQ-9' },
    });
    expect(alertTitleCode('Flagged answer on PCL-5 (imported, answered 2024-03-02)')).toEqual({
      code: 'flagged-answer',
      params: { instrument: 'PCL-5', importedOn: '2024-03-02' },
    });
    expect(alertTitleCode('Reliable deterioration on GAD-7')?.code).toBe('deterioration');
    expect(alertTitleCode(alertForVitals({ vitalSignsId: 'v', messages: ['BP high'] })!.title)).toEqual({
      code: 'vitals',
      params: {},
    });
    expect(
      alertTitleCode(alertForMissed({ invitationId: 'i', label: 'Week 4', instrument: 'WHO-5' }).title),
    ).toEqual({
      code: 'missed',
      params: { instrument: 'WHO-5' },
    });
  });

  it('reads back the at-home and integration-window titles, each to its own code', () => {
    const titles = [
      alertForMissedCheckin({ id: 'c', dueAt: '2026-12-06T19:30:00.000Z', offsetMinutes: 30 }),
      alertForHelp({ id: 'c', answeredBy: 'support' }),
      ...alertsForChallenge({
        dosingRecordId: 'd',
        result: { undecided: 'The CEQ was not complete.', ceqResponseId: null },
        flagNote: null,
        ceqThreshold: null,
      }),
      ...alertsForChallenge({
        dosingRecordId: 'd',
        result: { challenging: true, reasons: ['flag', 'ceq'], ceqTotal: 120 },
        flagNote: null,
        ceqThreshold: 100,
      }),
      alertForMissedContact({ contactId: 'k', startsAt: '2026-12-07T10:00:00.000Z', why: 'absent' }),
      alertForUnbookable({ dosingRecordId: 'd', why: 'No slot.' }),
    ].map((a) => alertTitleCode(a.title)?.code);
    expect(titles).toEqual([
      'home-missed',
      'home-help',
      'integration-undecided',
      'integration-flagged',
      'integration-ceq',
      'integration-missed',
      'integration-unbookable',
    ]);
  });

  it('gives no code for a title it did not write', () => {
    expect(alertTitleCode('Something else')).toBeNull();
  });
});
