/**
 * Validation of a program definition as the builder, a template or an import sends it. Every
 * refusal names the dotted path of the failing value ('definition.sessions[2].startTime'); the
 * result is trimmed, carries only known fields, and has each session's days in ascending order.
 */
import { invalid } from '../errors.ts';
import { needsLicensedCopy } from '../instruments/licensed.ts';
import { findInstrument } from '../instruments/registry.ts';
import { normalizeIntegration } from '../integration-window/settings.ts';
import {
  readArray,
  readEnum,
  readInteger,
  readNumber,
  readObject,
  readOptionalText,
  readText,
} from './read.ts';
import {
  ANCHORS,
  type ArmDefinition,
  type AssessmentPlan,
  FORMATS,
  MODALITIES,
  OFFSET_UNITS,
  PHASES,
  type PlannedDose,
  type ProgramDefinition,
  type ProgramSource,
  ROUTES,
  type SafetySettings,
  type SessionPlan,
} from './types.ts';

/** The limits the builder shows and normalizeDefinition enforces. */
/** Questionnaire reminders, when a program does not say: every 3 days until the window closes. */
export const DEFAULT_REMINDER_EVERY_DAYS = 3;

export const DEFINITION_LIMITS = {
  /** 0 = no reminders. */
  maxReminderEveryDays: 30,
  keyPattern: /^[a-z0-9-]{1,40}$/,
  nameMaxLength: 200,
  descriptionMaxLength: 4000,
  labelMaxLength: 100,
  substanceMaxLength: 100,
  maxArms: 10,
  maxSessions: 200,
  maxAssessments: 200,
  maxDaysPerSession: 200,
  day: { min: -365, max: 730 },
  startTimePattern: /^([01]\d|2[0-3]):[0-5]\d$/,
  durationMinutes: { min: 5, max: 1440 },
  facilitatorsNeeded: { min: 0, max: 20 },
  /** Planned dose in mg/kg: above the minimum (exclusive), at most the maximum. */
  mgPerKg: { min: 0, max: 50 },
  dosingNumber: { min: 1, max: 200 },
  offsetAmount: { min: -1000, max: 1000 },
  windowDays: { min: 0, max: 365 },
  preDoseSystolicMax: { min: 60, max: 250 },
  preDoseDiastolicMax: { min: 30, max: 150 },
  citationMaxLength: 1000,
  doiMaxLength: 200,
  noteMaxLength: 4000,
} as const;

const L = DEFINITION_LIMITS;
const ROOT = 'definition';

function readKey(value: unknown, field: string): string {
  const key = readText(value, field, 40);
  if (!L.keyPattern.test(key)) {
    throw invalid(field, '1-40-lower-case-letters');
  }
  return key;
}

function assertUniqueKeys(items: Array<{ key: string }>, field: string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.key)) throw invalid(`${field}[${i}].key`, 'used-twice', { key: item.key });
    seen.add(item.key);
  });
}

function readArms(value: unknown, field: string, armKeys: Set<string>): string[] | null {
  if (value === null || value === undefined) return null;
  const list = readArray(value, field, L.maxArms);
  if (list.length === 0) throw invalid(field, 'name-at-least-one-arm');
  const keys = list.map((k, i) => readText(k, `${field}[${i}]`, 40));
  keys.forEach((k, i) => {
    if (!armKeys.has(k)) throw invalid(`${field}[${i}]`, 'arm-not-defined-program', { k });
    if (keys.indexOf(k) !== i) throw invalid(`${field}[${i}]`, 'arm-listed-twice', { k });
  });
  return keys;
}

function readArm(value: unknown, field: string): ArmDefinition {
  const o = readObject(value, field);
  return {
    key: readKey(o.key, `${field}.key`),
    name: readText(o.name, `${field}.name`, L.nameMaxLength),
    description: readText(o.description ?? '', `${field}.description`, L.descriptionMaxLength, true),
  };
}

function readDose(value: unknown, field: string): PlannedDose | null {
  if (value === null || value === undefined) return null;
  const o = readObject(value, field);
  const mg = o.mgPerKg;
  let mgPerKg: number | null = null;
  if (mg !== null && mg !== undefined) {
    mgPerKg = readNumber(mg, `${field}.mgPerKg`, L.mgPerKg.min, L.mgPerKg.max);
    if (mgPerKg === L.mgPerKg.min) throw invalid(`${field}.mgPerKg`, 'above-0-null-when-not');
  }
  return {
    substance: readText(o.substance, `${field}.substance`, L.substanceMaxLength),
    route: o.route === null || o.route === undefined ? null : readEnum(o.route, `${field}.route`, ROUTES),
    mgPerKg,
  };
}

function readDays(value: unknown, field: string): number[] {
  const list = readArray(value, field, L.maxDaysPerSession);
  if (list.length === 0) throw invalid(field, 'list-at-least-one-day');
  const days = list.map((d, i) => readInteger(d, `${field}[${i}]`, L.day.min, L.day.max));
  days.forEach((d, i) => {
    if (days.indexOf(d) !== i) throw invalid(`${field}[${i}]`, 'day-listed-twice', { d });
  });
  return [...days].sort((a, b) => a - b);
}

function readSession(
  value: unknown,
  field: string,
  format: ProgramDefinition['format'],
  armKeys: Set<string>,
): SessionPlan {
  const o = readObject(value, field);
  const kind = readEnum(o.kind, `${field}.kind`, ['personal', 'group'] as const);
  if (kind === 'group' && format !== 'cohort') {
    throw invalid(`${field}.kind`, 'group-sessions-only-possible-program');
  }
  const startTime = readText(o.startTime, `${field}.startTime`, 5);
  if (!L.startTimePattern.test(startTime)) {
    throw invalid(`${field}.startTime`, 'time-hh-mm-between-00');
  }
  const { durationMinutes: dm, facilitatorsNeeded: fn } = L;
  return {
    key: readKey(o.key, `${field}.key`),
    name: readText(o.name, `${field}.name`, L.nameMaxLength),
    phase: readEnum(o.phase, `${field}.phase`, PHASES),
    kind,
    dosing: readDose(o.dosing, `${field}.dosing`),
    days: readDays(o.days, `${field}.days`),
    startTime,
    durationMinutes: readInteger(o.durationMinutes, `${field}.durationMinutes`, dm.min, dm.max),
    facilitatorsNeeded: readInteger(o.facilitatorsNeeded, `${field}.facilitatorsNeeded`, fn.min, fn.max),
    arms: readArms(o.arms, `${field}.arms`, armKeys),
    description: readText(o.description ?? '', `${field}.description`, L.descriptionMaxLength, true),
  };
}

function readDosingNumbers(value: unknown, field: string, anchor: string): number[] | null {
  if (value === null || value === undefined) return null;
  if (anchor !== 'each-dosing') throw invalid(field, 'only-possible-anchor-each-dosing');
  const list = readArray(value, field, L.dosingNumber.max);
  if (list.length === 0) throw invalid(field, 'list-at-least-one-dosing');
  const numbers = list.map((n, i) =>
    readInteger(n, `${field}[${i}]`, L.dosingNumber.min, L.dosingNumber.max),
  );
  numbers.forEach((n, i) => {
    if (numbers.indexOf(n) !== i) throw invalid(`${field}[${i}]`, 'dosing-number-listed-twice', { n });
  });
  return [...numbers].sort((a, b) => a - b);
}

function readAssessment(value: unknown, field: string, armKeys: Set<string>): AssessmentPlan {
  const o = readObject(value, field);
  const instrumentId = readText(o.instrumentId, `${field}.instrumentId`, 40);
  // An instrument needing the organization's licensed copy (the CEQ) passes here; whether the
  // organization holds one is checked where a definition is saved (licensed.ts).
  if (!findInstrument(instrumentId) && !needsLicensedCopy(instrumentId)) {
    throw invalid(`${field}.instrumentId`, 'not-instrument-threshold-can-score', { instrumentId });
  }
  const anchor = readEnum(o.anchor, `${field}.anchor`, ANCHORS);
  const offset = readObject(o.offset, `${field}.offset`);
  const window = readObject(o.window, `${field}.window`);
  const { offsetAmount: oa, windowDays: wd } = L;
  return {
    key: readKey(o.key, `${field}.key`),
    instrumentId,
    label: readText(o.label, `${field}.label`, L.labelMaxLength),
    anchor,
    dosingNumbers: readDosingNumbers(o.dosingNumbers, `${field}.dosingNumbers`, anchor),
    offset: {
      amount: readInteger(offset.amount, `${field}.offset.amount`, oa.min, oa.max),
      unit: readEnum(offset.unit, `${field}.offset.unit`, OFFSET_UNITS),
    },
    window: {
      beforeDays: readInteger(window.beforeDays, `${field}.window.beforeDays`, wd.min, wd.max),
      afterDays: readInteger(window.afterDays, `${field}.window.afterDays`, wd.min, wd.max),
    },
    arms: readArms(o.arms, `${field}.arms`, armKeys),
  };
}

function readLimit(value: unknown, field: string, range: { min: number; max: number }): number | null {
  if (value === null || value === undefined) return null;
  return readInteger(value, field, range.min, range.max);
}

function readSafety(value: unknown, field: string): SafetySettings {
  if (value === null || value === undefined) return { preDoseSystolicMax: null, preDoseDiastolicMax: null };
  const o = readObject(value, field);
  return {
    preDoseSystolicMax: readLimit(o.preDoseSystolicMax, `${field}.preDoseSystolicMax`, L.preDoseSystolicMax),
    preDoseDiastolicMax: readLimit(
      o.preDoseDiastolicMax,
      `${field}.preDoseDiastolicMax`,
      L.preDoseDiastolicMax,
    ),
  };
}

function readSource(value: unknown, field: string): ProgramSource | null {
  if (value === null || value === undefined) return null;
  const o = readObject(value, field);
  return {
    citation: readText(o.citation, `${field}.citation`, L.citationMaxLength),
    doi: readOptionalText(o.doi, `${field}.doi`, L.doiMaxLength),
    studyId: readOptionalText(o.studyId, `${field}.studyId`, 100),
    note: readText(o.note ?? '', `${field}.note`, L.noteMaxLength, true),
  };
}

const DOSING_ANCHORS = new Set(['first-dosing', 'each-dosing', 'last-dosing']);

/** Validates and normalises a program definition; throws `invalid` naming the first failing field. */
export function normalizeDefinition(input: unknown): ProgramDefinition {
  const o = readObject(input, ROOT);
  const name = readText(o.name, `${ROOT}.name`, L.nameMaxLength);
  const description = readText(o.description ?? '', `${ROOT}.description`, L.descriptionMaxLength, true);
  const modality = readEnum(o.modality, `${ROOT}.modality`, MODALITIES);
  const format = readEnum(o.format, `${ROOT}.format`, FORMATS);

  const arms = readArray(o.arms ?? [], `${ROOT}.arms`, L.maxArms).map((a, i) =>
    readArm(a, `${ROOT}.arms[${i}]`),
  );
  assertUniqueKeys(arms, `${ROOT}.arms`);
  const armKeys = new Set(arms.map((a) => a.key));

  const sessions = readArray(o.sessions, `${ROOT}.sessions`, L.maxSessions).map((s, i) =>
    readSession(s, `${ROOT}.sessions[${i}]`, format, armKeys),
  );
  if (sessions.length === 0) throw invalid(`${ROOT}.sessions`, 'program-needs-at-least-one');
  assertUniqueKeys(sessions, `${ROOT}.sessions`);

  const assessments = readArray(o.assessments ?? [], `${ROOT}.assessments`, L.maxAssessments).map((a, i) =>
    readAssessment(a, `${ROOT}.assessments[${i}]`, armKeys),
  );
  assertUniqueKeys(assessments, `${ROOT}.assessments`);
  const hasDosing = sessions.some((s) => s.dosing !== null);
  assessments.forEach((a, i) => {
    if (DOSING_ANCHORS.has(a.anchor) && !hasDosing) {
      throw invalid(`${ROOT}.assessments[${i}].anchor`, 'needs-session-where-substance-given', {
        anchor: a.anchor,
      });
    }
  });

  return {
    name,
    description,
    modality,
    format,
    arms,
    sessions,
    assessments,
    safety: readSafety(o.safety, `${ROOT}.safety`),
    reminderEveryDays:
      o.reminderEveryDays === undefined || o.reminderEveryDays === null
        ? DEFAULT_REMINDER_EVERY_DAYS
        : readInteger(o.reminderEveryDays, `${ROOT}.reminderEveryDays`, 0, L.maxReminderEveryDays),
    integration: normalizeIntegration(o.integration, `${ROOT}.integration`),
    source: readSource(o.source, `${ROOT}.source`),
  };
}
