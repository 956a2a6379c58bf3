import { describe, expect, it } from 'vitest';
import { alertForHelp, alertForMissedCheckin } from '../dosing/at-home.ts';
import { findInstrument, INSTRUMENTS } from '../instruments/registry.ts';
import {
  alertForMissedContact,
  alertForUnbookable,
  alertsForChallenge,
} from '../integration-window/alerts.ts';
import {
  ALERT_TRIGGER_CODES,
  alertForMissed,
  alertForVitals,
  alertsForResponse,
  alertTitleCode,
  asImported,
  FLAG_ALERT_SEVERITY,
  flagSeverity,
  hasRiskFlag,
  isAlertTriggerCode,
} from './alerts.ts';

const phq9 = findInstrument('phq-9')!;
const SYSTOLIC = {
  message: 'Systolic 172 mmHg is above the limit.',
  code: 'pre-dose-above-systolic',
  value: 172,
  limit: 160,
};
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
      triggerCode: 'flag-item',
      triggerParams: { instrument: 'PHQ-9', flag: 'suicide-risk', item: 9, value: 2 },
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
        triggerCode: 'flag-item',
        triggerParams: {
          instrument: 'PHQ-9',
          flag: 'suicide-risk',
          item: 9,
          value: 2,
          importedOn: '2021-03-04',
        },
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
    expect(alertForVitals({ vitalSignsId: 'v1', flags: [] })).toBeNull();
    expect(alertForVitals({ vitalSignsId: 'v1', flags: [SYSTOLIC] })).toMatchObject({
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
    expect(alertTitleCode(alertForVitals({ vitalSignsId: 'v', flags: [SYSTOLIC] })!.title)).toEqual({
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

describe('alert trigger codes', () => {
  const codeOf = (a: { triggerCode: string | null; triggerParams: unknown }) => [
    a.triggerCode,
    a.triggerParams,
  ];

  it('codes each flag reason with its instrument, flag id and values', () => {
    const pcl5 = findInstrument('pcl-5')!;
    // Items 1 (B), 6 (C), 8–9 (D) and 15–16 (E) at 2: the fewest symptoms the cluster rule accepts.
    const values = Array.from({ length: 20 }, (_, i) => ([1, 6, 8, 9, 15, 16].includes(i + 1) ? 2 : 0));
    const [ptsd] = alertsForResponse({
      responseId: 'r',
      instrument: pcl5,
      score: pcl5.score(answers(values)),
      baseline: null,
    });
    expect(codeOf(ptsd!)).toEqual([
      'flag-ptsd',
      {
        instrument: 'PCL-5',
        flag: 'provisional-ptsd',
        clusters: [
          { key: 'B', count: 1, of: 5, needed: 1 },
          { key: 'C', count: 1, of: 2, needed: 1 },
          { key: 'D', count: 2, of: 7, needed: 2 },
          { key: 'E', count: 2, of: 6, needed: 2 },
        ],
      },
    ]);
    const who5 = findInstrument('who-5')!;
    const [poor] = alertsForResponse({
      responseId: 'r',
      instrument: who5,
      score: who5.score(answers([1, 3, 0, 3, 3])),
      baseline: null,
    });
    expect(codeOf(poor!)).toEqual([
      'flag-wellbeing',
      {
        instrument: 'WHO-5',
        flag: 'poor-wellbeing',
        raw: 10,
        rawBelow: 13,
        items: [
          { item: 1, value: 1 },
          { item: 3, value: 0 },
        ],
      },
    ]);
  });

  it('gives no code to a stored flag without a reason code (shown in its words)', () => {
    const score = { ...phq9.score(answers([0, 0, 0, 0, 0, 0, 0, 0, 1])) };
    score.flags = [{ id: 'suicide-risk', reason: 'Item 9 answered 1 (Several days)' }];
    const [alert] = alertsForResponse({ responseId: 'r', instrument: phq9, score, baseline: null });
    expect(codeOf(alert!)).toEqual([null, null]);
    expect(asImported([alert!], '2020-01-02')[0]!.triggerParams).toBeNull();
  });

  it('codes a reliable deterioration with both totals, the change and the threshold', () => {
    const baseline = { responseId: 'b', score: phq9.score(answers([1, 1, 1, 1, 1, 1, 1, 1, 0])) };
    const score = phq9.score(answers([2, 2, 2, 2, 2, 1, 1, 1, 0]));
    const [alert] = alertsForResponse({ responseId: 'r', instrument: phq9, score, baseline });
    expect(alert!.triggerCode).toBe('deterioration');
    expect(alert!.triggerParams).toMatchObject({ instrument: 'PHQ-9', baseline: 8, now: 13, change: 5 });
    expect(typeof alert!.triggerParams!.threshold).toBe('number');
  });

  it('codes vitals by their field codes, and missed questionnaires by label and instrument', () => {
    expect(codeOf(alertForVitals({ vitalSignsId: 'v', flags: [SYSTOLIC] })!)).toEqual([
      'vitals',
      { flags: [{ code: 'pre-dose-above-systolic', value: 172, limit: 160 }] },
    ]);
    expect(codeOf(alertForMissed({ invitationId: 'i', label: 'Week 4', instrument: 'WHO-5' }))).toEqual([
      'missed',
      { label: 'Week 4', instrument: 'WHO-5' },
    ]);
  });

  it('codes the at-home and integration-window triggers with ISO times, never "UTC" words', () => {
    expect(
      codeOf(alertForMissedCheckin({ id: 'c', dueAt: '2026-12-06T19:30:00.000Z', offsetMinutes: 30 })),
    ).toEqual(['home-missed', { dueAt: '2026-12-06T19:30:00.000Z', offsetMinutes: 30 }]);
    expect(codeOf(alertForHelp({ id: 'c', answeredBy: 'support' }))).toEqual([
      'home-help',
      { answeredBy: 'support' },
    ]);
    expect(
      alertsForChallenge({
        dosingRecordId: 'd',
        result: { undecided: 'x', reason: 'ceq-no-threshold', ceqResponseId: null },
        flagNote: null,
        ceqThreshold: null,
      }).map(codeOf),
    ).toEqual([['integration-undecided', { reason: 'ceq-no-threshold' }]]);
    expect(
      alertsForChallenge({
        dosingRecordId: 'd',
        result: { challenging: true, reasons: ['flag', 'ceq'], ceqTotal: 120 },
        flagNote: 'Panic at 2h',
        ceqThreshold: 100,
      }).map(codeOf),
    ).toEqual([
      ['integration-flagged', { note: 'Panic at 2h' }],
      ['integration-ceq', { total: 120, threshold: 100 }],
    ]);
    expect(
      codeOf(alertForMissedContact({ contactId: 'k', startsAt: '2026-12-07T10:00:00.000Z', why: 'absent' })),
    ).toEqual(['integration-missed', { startsAt: '2026-12-07T10:00:00.000Z', why: 'absent' }]);
    expect(codeOf(alertForUnbookable({ dosingRecordId: 'd', why: 'No slot.' }))).toEqual([null, null]);
    expect(
      codeOf(
        alertForUnbookable({
          dosingRecordId: 'd',
          why: 'x',
          problem: { code: 'alert-stale', params: {} },
        }),
      ),
    ).toEqual(['integration-unbookable', { problem: 'alert-stale', problemParams: {} }]);
  });

  it('keeps every trigger code a known one', () => {
    expect(new Set(ALERT_TRIGGER_CODES).size).toBe(ALERT_TRIGGER_CODES.length);
    expect(isAlertTriggerCode('flag-item')).toBe(true);
    expect(isAlertTriggerCode('nope')).toBe(false);
  });
});
