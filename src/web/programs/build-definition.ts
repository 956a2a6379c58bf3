/**
 * The definition a program draft becomes, checked against the limits the server enforces too;
 * what is wrong comes back as draft errors (draft-errors.ts) instead. New items get keys here.
 */
import { DEFINITION_LIMITS } from '../../domain/programs/definition.ts';
import type { AssessmentPlan, ProgramDefinition, SessionPlan } from '../../domain/programs/types.ts';
import { messageValues } from '../i18n/format.ts';
import { tKey } from '../i18n/labels.ts';
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

/** What a number is, in the sentence of its error ("Enter the duration."). */
type What =
  | 'systolic'
  | 'diastolic'
  | 'reminder'
  | 'duration'
  | 'facilitators'
  | 'offset'
  | 'before'
  | 'after';
const w = (what: What): string => tKey(`programs:validation.what.${what}`);

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

  const intIn = (address: string, text: string, range: { min: number; max: number }, what: What) => {
    const n = parseInteger(text);
    if (n === null) {
      need(
        address,
        tKey(text.trim() ? 'programs:validation.wholeNumber' : 'programs:validation.enter', {
          what: w(what),
        }),
      );
      return 0;
    }
    if (n < range.min || n > range.max)
      need(address, tKey('programs:validation.range', { what: w(what), ...range }));
    return n;
  };
  const optionalInt = (address: string, text: string, range: { min: number; max: number }, what: What) =>
    text.trim() === '' ? null : intIn(address, text, range, what);

  if (!draft.name.trim()) need('name', tKey('programs:validation.programName'));
  if (draft.name.trim().length > L.nameMaxLength)
    need('name', tKey('programs:validation.maxChars', { max: L.nameMaxLength }));
  if (draft.description.length > L.descriptionMaxLength)
    need('description', tKey('programs:validation.maxChars', { max: L.descriptionMaxLength }));

  const systolic = optionalInt('safety.preDoseSystolicMax', draft.systolic, L.preDoseSystolicMax, 'systolic');
  const diastolic = optionalInt(
    'safety.preDoseDiastolicMax',
    draft.diastolic,
    L.preDoseDiastolicMax,
    'diastolic',
  );

  const reminderEveryDays = intIn(
    'reminderEveryDays',
    draft.reminderEveryDays,
    { min: 0, max: L.maxReminderEveryDays },
    'reminder',
  );

  const armKeys = new Set(draft.arms.map((a) => a.key).filter(Boolean));
  const keyOfArm = new Map<number, string>();
  const arms = draft.arms.map((a) => {
    if (!a.name.trim()) need(armAddress(a.uid, 'name'), tKey('programs:validation.armName'));
    const key = a.key || makeKey(a.name, armKeys, 'arm');
    keyOfArm.set(a.uid, key);
    return { key, name: a.name.trim(), description: a.description.trim() };
  });
  if (arms.length > L.maxArms) need('arms', tKey('programs:validation.maxArms', { max: L.maxArms }));
  const armList = (uids: number[]) => {
    const keys = uids.map((u) => keyOfArm.get(u)).filter((k): k is string => k !== undefined);
    return keys.length ? keys : null;
  };

  if (draft.sessions.length === 0) need('sessions', tKey('programs:validation.oneSession'));
  const sessionKeys = new Set(draft.sessions.map((s) => s.key).filter(Boolean));
  const sessions: SessionPlan[] = draft.sessions.map((s) => {
    const at = (f: SessionField) => sessionAddress(s.uid, f);
    if (!s.name.trim()) need(at('name'), tKey('programs:validation.sessionName'));
    const { values: days, bad } = parseNumberList(s.days);
    if (bad !== null) need(at('days'), tKey('programs:validation.notWholeDay', { value: bad }));
    else if (days.length === 0) need(at('days'), tKey('programs:validation.oneDay'));
    else if (days.some((d) => d < L.day.min || d > L.day.max))
      need(at('days'), tKey('programs:validation.dayRange', L.day));
    else if (new Set(days).size !== days.length) need(at('days'), tKey('programs:validation.dayOnce'));
    if (!TIME.test(s.startTime)) need(at('startTime'), tKey('programs:validation.startTime'));
    const durationMinutes = intIn(at('durationMinutes'), s.durationMinutes, L.durationMinutes, 'duration');
    const facilitatorsNeeded = intIn(
      at('facilitatorsNeeded'),
      s.facilitatorsNeeded,
      L.facilitatorsNeeded,
      'facilitators',
    );
    if (s.kind === 'group' && draft.format !== 'cohort')
      need(at('kind'), tKey('programs:validation.groupNeedsCohort'));
    let mgPerKg: number | null = null;
    if (s.dosing) {
      if (!s.substance.trim()) need(at('substance'), tKey('programs:validation.substance'));
      if (s.mgPerKg.trim()) {
        mgPerKg = parseDecimal(s.mgPerKg);
        if (mgPerKg === null) need(at('mgPerKg'), tKey('programs:validation.dose'));
        else if (mgPerKg <= L.mgPerKg.min || mgPerKg > L.mgPerKg.max)
          need(at('mgPerKg'), tKey('programs:validation.doseRange', messageValues(L.mgPerKg)));
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
    need('sessions', tKey('programs:validation.maxSessions', { max: L.maxSessions }));

  const assessmentKeys = new Set(draft.assessments.map((a) => a.key).filter(Boolean));
  const assessments: AssessmentPlan[] = draft.assessments.map((a) => {
    const at = (f: AssessmentField) => assessmentAddress(a.uid, f);
    if (!a.instrumentId) need(at('instrumentId'), tKey('programs:validation.instrument'));
    if (!a.label.trim()) need(at('label'), tKey('programs:validation.timepoint'));
    let dosingNumbers: number[] | null = null;
    if (a.anchor === 'each-dosing' && a.dosingNumbers.trim()) {
      const { values, bad } = parseNumberList(a.dosingNumbers);
      if (bad !== null) need(at('dosingNumbers'), tKey('programs:validation.notWhole', { value: bad }));
      else if (values.some((n) => n < L.dosingNumber.min || n > L.dosingNumber.max))
        need(at('dosingNumbers'), tKey('programs:validation.dosingFrom', L.dosingNumber));
      dosingNumbers = values.length ? values : null;
    }
    const amount = intIn(at('offsetAmount'), a.offsetAmount, L.offsetAmount, 'offset');
    const beforeDays = intIn(at('windowBefore'), a.windowBefore, L.windowDays, 'before');
    const afterDays = intIn(at('windowAfter'), a.windowAfter, L.windowDays, 'after');
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
