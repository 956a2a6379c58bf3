/**
 * The definition a program draft becomes, checked against the limits the server enforces too;
 * what is wrong comes back as draft errors (draft-errors.ts) instead. New items get keys here.
 */
import { DEFINITION_LIMITS } from '../../domain/programs/definition.ts';
import type { AssessmentPlan, ProgramDefinition, SessionPlan } from '../../domain/programs/types.ts';
import {
  type AssessmentField,
  makeKey,
  type ProgramDraft,
  parseDecimal,
  parseInteger,
  parseNumberList,
  type SessionField,
} from './draft.ts';
import {
  armAddress,
  assessmentAddress,
  type DraftErrors,
  errorCount,
  NO_ERRORS,
  sessionAddress,
} from './draft-errors.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const L = DEFINITION_LIMITS;

/**
 * The definition the draft becomes, or the errors that keep it from being sent (numbers that are
 * not numbers, values outside the limits the server enforces too). New items get keys here.
 */
export function buildDefinition(draft: ProgramDraft): {
  definition: ProgramDefinition | null;
  errors: DraftErrors;
} {
  const fields: Record<string, string> = {};
  const other: string[] = [];
  const need = (address: string, message: string) => {
    if (!fields[address]) fields[address] = message;
  };

  const intIn = (address: string, text: string, range: { min: number; max: number }, what: string) => {
    const n = parseInteger(text);
    if (n === null) {
      need(address, text.trim() ? `Enter ${what} as a whole number.` : `Enter ${what}.`);
      return 0;
    }
    if (n < range.min || n > range.max) need(address, `Enter ${what} from ${range.min} to ${range.max}.`);
    return n;
  };
  const optionalInt = (address: string, text: string, range: { min: number; max: number }, what: string) =>
    text.trim() === '' ? null : intIn(address, text, range, what);

  if (!draft.name.trim()) need('name', 'Enter a name for the program.');
  if (draft.name.trim().length > L.nameMaxLength) need('name', `Use at most ${L.nameMaxLength} characters.`);
  if (draft.description.length > L.descriptionMaxLength)
    need('description', `Use at most ${L.descriptionMaxLength} characters.`);

  const systolic = optionalInt(
    'safety.preDoseSystolicMax',
    draft.systolic,
    L.preDoseSystolicMax,
    'the systolic limit',
  );
  const diastolic = optionalInt(
    'safety.preDoseDiastolicMax',
    draft.diastolic,
    L.preDoseDiastolicMax,
    'the diastolic limit',
  );

  const reminderEveryDays = intIn(
    'reminderEveryDays',
    draft.reminderEveryDays,
    { min: 0, max: L.maxReminderEveryDays },
    'the days between reminders',
  );

  const armKeys = new Set(draft.arms.map((a) => a.key).filter(Boolean));
  const keyOfArm = new Map<number, string>();
  const arms = draft.arms.map((a) => {
    if (!a.name.trim()) need(armAddress(a.uid, 'name'), 'Enter a name for the arm.');
    const key = a.key || makeKey(a.name, armKeys, 'arm');
    keyOfArm.set(a.uid, key);
    return { key, name: a.name.trim(), description: a.description.trim() };
  });
  if (arms.length > L.maxArms) need('arms', `A program can have at most ${L.maxArms} arms.`);
  const armList = (uids: number[]) => {
    const keys = uids.map((u) => keyOfArm.get(u)).filter((k): k is string => k !== undefined);
    return keys.length ? keys : null;
  };

  if (draft.sessions.length === 0) need('sessions', 'Add at least one session.');
  const sessionKeys = new Set(draft.sessions.map((s) => s.key).filter(Boolean));
  const sessions: SessionPlan[] = draft.sessions.map((s) => {
    const at = (f: SessionField) => sessionAddress(s.uid, f);
    if (!s.name.trim()) need(at('name'), 'Enter a name for the session.');
    const { values: days, bad } = parseNumberList(s.days);
    if (bad !== null) need(at('days'), `“${bad}” is not a whole number. Separate days with commas.`);
    else if (days.length === 0) need(at('days'), 'Enter at least one program day.');
    else if (days.some((d) => d < L.day.min || d > L.day.max))
      need(at('days'), `Days run from ${L.day.min} to ${L.day.max} (day 0 is the start date).`);
    else if (new Set(days).size !== days.length) need(at('days'), 'Each day may appear only once.');
    if (!TIME.test(s.startTime)) need(at('startTime'), 'Enter a start time as HH:MM (24-hour).');
    const durationMinutes = intIn(
      at('durationMinutes'),
      s.durationMinutes,
      L.durationMinutes,
      'the duration',
    );
    const facilitatorsNeeded = intIn(
      at('facilitatorsNeeded'),
      s.facilitatorsNeeded,
      L.facilitatorsNeeded,
      'the number of facilitators',
    );
    if (s.kind === 'group' && draft.format !== 'cohort')
      need(at('kind'), 'Group sessions need the cohort format (clients starting together).');
    let mgPerKg: number | null = null;
    if (s.dosing) {
      if (!s.substance.trim()) need(at('substance'), 'Enter the substance given.');
      if (s.mgPerKg.trim()) {
        mgPerKg = parseDecimal(s.mgPerKg);
        if (mgPerKg === null) need(at('mgPerKg'), 'Enter the dose in mg/kg as a number, e.g. 0.5.');
        else if (mgPerKg <= L.mgPerKg.min || mgPerKg > L.mgPerKg.max)
          need(at('mgPerKg'), `Enter a dose above ${L.mgPerKg.min} and at most ${L.mgPerKg.max} mg/kg.`);
      }
    }
    return {
      key: s.key || makeKey(s.name, sessionKeys, 'session'),
      name: s.name.trim(),
      phase: s.phase,
      kind: s.kind,
      dosing: s.dosing ? { substance: s.substance.trim(), route: s.route || null, mgPerKg } : null,
      days,
      startTime: s.startTime,
      durationMinutes,
      facilitatorsNeeded,
      arms: armList(s.arms),
      description: s.description.trim(),
    };
  });
  if (sessions.length > L.maxSessions)
    need('sessions', `A program can have at most ${L.maxSessions} sessions.`);

  const assessmentKeys = new Set(draft.assessments.map((a) => a.key).filter(Boolean));
  const assessments: AssessmentPlan[] = draft.assessments.map((a) => {
    const at = (f: AssessmentField) => assessmentAddress(a.uid, f);
    if (!a.instrumentId) need(at('instrumentId'), 'Choose a questionnaire.');
    if (!a.label.trim()) need(at('label'), 'Enter a timepoint label, e.g. “Baseline”.');
    let dosingNumbers: number[] | null = null;
    if (a.anchor === 'each-dosing' && a.dosingNumbers.trim()) {
      const { values, bad } = parseNumberList(a.dosingNumbers);
      if (bad !== null) need(at('dosingNumbers'), `“${bad}” is not a whole number.`);
      else if (values.some((n) => n < L.dosingNumber.min || n > L.dosingNumber.max))
        need(at('dosingNumbers'), `Dosing numbers start at ${L.dosingNumber.min}.`);
      dosingNumbers = values.length ? values : null;
    }
    const amount = intIn(at('offsetAmount'), a.offsetAmount, L.offsetAmount, 'the offset');
    const beforeDays = intIn(at('windowBefore'), a.windowBefore, L.windowDays, 'the days before');
    const afterDays = intIn(at('windowAfter'), a.windowAfter, L.windowDays, 'the days after');
    return {
      key: a.key || makeKey(`${a.instrumentId} ${a.label}`, assessmentKeys, 'assessment'),
      instrumentId: a.instrumentId,
      label: a.label.trim(),
      anchor: a.anchor,
      dosingNumbers,
      offset: { amount, unit: a.offsetUnit },
      window: { beforeDays, afterDays },
      arms: armList(a.arms),
    };
  });

  const errors = { fields, other };
  if (errorCount(errors) > 0) return { definition: null, errors };
  return {
    definition: {
      name: draft.name.trim(),
      description: draft.description.trim(),
      modality: draft.modality,
      format: draft.format,
      arms,
      sessions,
      assessments,
      safety: { preDoseSystolicMax: systolic, preDoseDiastolicMax: diastolic },
      reminderEveryDays,
      source: draft.source,
    },
    errors: NO_ERRORS,
  };
}
