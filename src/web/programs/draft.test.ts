import { describe, expect, it } from 'vitest';
import type { ProgramDefinition } from '../../domain/programs/types.ts';
import { ApiError } from '../http/problem.ts';
import { i18n } from '../i18n/i18n.ts';
import { buildDefinition } from './build-definition.ts';
import {
  blankDraft,
  draftFromDefinition,
  draftSignature,
  makeKey,
  newArm,
  newAssessment,
  parseNumberList,
  withKeys,
} from './draft.ts';
import { addressOf, errorsFromApi, sessionAddress } from './draft-errors.ts';

const DEF: ProgramDefinition = {
  name: 'Spring retreat',
  description: 'Three days',
  modality: 'psilocybin',
  format: 'cohort',
  arms: [{ key: 'a', name: 'Arm A', description: '' }],
  sessions: [
    {
      key: 'prep',
      name: 'Preparation',
      phase: 'preparation',
      kind: 'personal',
      dosing: null,
      days: [-14],
      startTime: '10:00',
      durationMinutes: 60,
      facilitatorsNeeded: 1,
      arms: null,
      description: '',
    },
    {
      key: 'ceremony',
      name: 'Ceremony',
      phase: 'immersion',
      kind: 'group',
      dosing: { substance: 'psilocybin', route: 'oral', mgPerKg: null },
      days: [1],
      startTime: '09:30',
      durationMinutes: 480,
      facilitatorsNeeded: 2,
      arms: ['a'],
      description: 'Bring a blanket',
    },
  ],
  assessments: [
    {
      key: 'phq-9-baseline',
      instrumentId: 'phq-9',
      label: 'Baseline',
      anchor: 'start',
      dosingNumbers: null,
      offset: { amount: -7, unit: 'days' },
      window: { beforeDays: 7, afterDays: 3 },
      arms: null,
    },
  ],
  safety: { preDoseSystolicMax: null, preDoseDiastolicMax: 90 },
  reminderEveryDays: 5,
  source: { citation: 'A study', doi: null, studyId: null, note: 'Set the times' },
};

describe('program draft', () => {
  it('round-trips a definition', () => {
    const draft = draftFromDefinition(DEF);
    expect(draft.sessions[0]!.days).toBe('-14');
    expect(draft.systolic).toBe('');
    const { definition, errors } = buildDefinition(draft);
    expect(errors.other).toEqual([]);
    expect(errors.fields).toEqual({});
    expect(definition).toEqual(DEF);
  });

  it('shows a planned dose with the screen’s decimal mark and reads it back unchanged', async () => {
    const dosed: ProgramDefinition = {
      ...DEF,
      sessions: DEF.sessions.map((s) => (s.dosing ? { ...s, dosing: { ...s.dosing, mgPerKg: 0.25 } } : s)),
    };
    await i18n.changeLanguage('nl');
    try {
      const draft = draftFromDefinition(dosed);
      expect(draft.sessions.find((s) => s.dosing)!.mgPerKg).toBe('0,25');
      expect(buildDefinition(draft).definition).toEqual(dosed);
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('gives new items keys from their names and keeps arm references through a rename', () => {
    const draft = draftFromDefinition(DEF);
    const arm = newArm({ name: 'Arm B (waitlist)' });
    draft.arms.push(arm);
    draft.sessions[1]!.arms.push(arm.uid);
    draft.assessments.push(newAssessment({ instrumentId: 'who-5', label: 'Baseline', offsetAmount: '-7' }));
    arm.name = 'Waitlist';
    const built = buildDefinition(draft).definition!;
    expect(built.arms[1]!.key).toBe('waitlist');
    expect(built.sessions[1]!.arms).toEqual(['a', 'waitlist']);
    expect(built.assessments[1]!.key).toBe('who-5-baseline');
    // Once built, the keys stay even if the names change.
    const kept = withKeys(draft, built);
    kept.arms[1]!.name = 'Control';
    expect(buildDefinition(kept).definition!.arms[1]!.key).toBe('waitlist');
  });

  it('reports what cannot be sent beside the inputs', () => {
    const draft = blankDraft();
    const s = draft.sessions[0]!;
    s.days = '0, x';
    s.durationMinutes = '2';
    s.startTime = '25:00';
    s.kind = 'group';
    draft.systolic = '300';
    const { definition, errors } = buildDefinition(draft);
    expect(definition).toBeNull();
    expect(errors.fields.name).toMatch(/name/);
    expect(errors.fields[sessionAddress(s.uid, 'days')]).toMatch(/“x”/);
    expect(errors.fields[sessionAddress(s.uid, 'durationMinutes')]).toMatch(/5 to 1440/);
    expect(errors.fields[sessionAddress(s.uid, 'startTime')]).toBeDefined();
    expect(errors.fields[sessionAddress(s.uid, 'kind')]).toMatch(/cohort/);
    expect(errors.fields['safety.preDoseSystolicMax']).toMatch(/60 to 250/);
  });

  it('maps server paths onto draft items', () => {
    const draft = draftFromDefinition(DEF);
    const [prep, ceremony] = draft.sessions;
    expect(addressOf('definition.sessions[1].days[0]', draft)).toBe(`sessions.${ceremony!.uid}.days`);
    expect(addressOf('definition.sessions.0.dosing.mgPerKg', draft)).toBe(`sessions.${prep!.uid}.mgPerKg`);
    expect(addressOf('definition.assessments[0].window.afterDays', draft)).toBe(
      `assessments.${draft.assessments[0]!.uid}.windowAfter`,
    );
    expect(addressOf('definition.sessions[7].days', draft)).toBe('sessions');
    expect(addressOf('definition.safety.preDoseSystolicMax', draft)).toBe('safety.preDoseSystolicMax');
    expect(addressOf('baseVersion', draft)).toBeNull();
    const error = new ApiError({
      status: 400,
      title: 'Invalid request',
      fieldErrors: [
        { field: 'definition.sessions[1].startTime', message: 'must be HH:MM' },
        { field: 'somewhere', message: 'is odd' },
      ],
    });
    const errors = errorsFromApi(error, draft);
    expect(errors.fields[`sessions.${ceremony!.uid}.startTime`]).toBe('Must be HH:MM.');
    expect(errors.other).toEqual(['somewhere: Is odd.']);
  });

  it('parses day lists and makes unique keys', () => {
    expect(parseNumberList('0, 1,2 −3')).toEqual({ values: [0, 1, 2, -3], bad: null });
    expect(parseNumberList('1, 2.5').bad).toBe('2.5');
    const taken = new Set(['circle']);
    expect(makeKey('Circle', taken, 'x')).toBe('circle-2');
    expect(makeKey('Intégration — séance', taken, 'x')).toBe('integration-seance');
    expect(makeKey('!!!', taken, 'session')).toBe('session');
    expect(makeKey('a'.repeat(50), taken, 'x')).toHaveLength(40);
  });

  it('notices changes but not new uids', () => {
    expect(draftSignature(draftFromDefinition(DEF))).toBe(draftSignature(draftFromDefinition(DEF)));
    const changed = draftFromDefinition(DEF);
    changed.sessions[0]!.startTime = '11:00';
    expect(draftSignature(changed)).not.toBe(draftSignature(draftFromDefinition(DEF)));
  });
});
