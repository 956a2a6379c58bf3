/**
 * The program builder's draft: a program definition as typed (numbers and day lists as text), the
 * definition it becomes, and the errors that come back. Sessions, assessments and arms carry a
 * draft-only `uid` (React key and error address); keys of new items are made from their names
 * when the definition is built, and arms are referenced by uid so renaming an arm keeps its sessions.
 *
 * Error addresses: top-level fields by name (`name`, `safety.preDoseSystolicMax`), items as
 * `sessions.<uid>.<field>`, `assessments.<uid>.<field>`, `arms.<uid>.<field>`; `<section>.<uid>`
 * alone is a message about the whole item. A server path such as
 * `definition.sessions[2].days[1]` is mapped back onto the item built at index 2.
 */
import { DEFAULT_REMINDER_EVERY_DAYS, DEFINITION_LIMITS } from '../../domain/programs/definition.ts';
import type {
  Anchor,
  AssessmentPlan,
  Modality,
  OffsetUnit,
  Phase,
  ProgramDefinition,
  ProgramFormat,
  ProgramSource,
  Route,
  SessionPlan,
} from '../../domain/programs/types.ts';
import { sentence } from '../http/field-errors.ts';
import { ApiError } from '../http/problem.ts';

export interface ArmDraft {
  uid: number;
  /** '' until the definition is first built (then made from the name). */
  key: string;
  name: string;
  description: string;
}

export interface SessionDraft {
  uid: number;
  key: string;
  name: string;
  phase: Phase;
  kind: 'personal' | 'group';
  dosing: boolean;
  substance: string;
  route: Route | '';
  mgPerKg: string;
  /** Program days, comma-separated as typed: "0, 1, 2". */
  days: string;
  startTime: string;
  durationMinutes: string;
  facilitatorsNeeded: string;
  /** Arm uids; empty = every arm. */
  arms: number[];
  description: string;
}

export interface AssessmentDraft {
  uid: number;
  key: string;
  instrumentId: string;
  label: string;
  anchor: Anchor;
  /** With 'each-dosing': comma-separated dosing numbers; '' = every dosing session. */
  dosingNumbers: string;
  offsetAmount: string;
  offsetUnit: OffsetUnit;
  windowBefore: string;
  windowAfter: string;
  arms: number[];
}

export interface ProgramDraft {
  name: string;
  description: string;
  modality: Modality;
  format: ProgramFormat;
  systolic: string;
  diastolic: string;
  /** Days between questionnaire reminders; '0' = none. */
  reminderEveryDays: string;
  arms: ArmDraft[];
  sessions: SessionDraft[];
  assessments: AssessmentDraft[];
  /** A template's citation travels with the definition unchanged. */
  source: ProgramSource | null;
}

export type SessionField = Exclude<keyof SessionDraft, 'uid' | 'key'>;
export type AssessmentField = Exclude<keyof AssessmentDraft, 'uid' | 'key'>;
export type ArmField = 'name' | 'description';
export type TopField =
  | 'name'
  | 'description'
  | 'modality'
  | 'format'
  | 'safety.preDoseSystolicMax'
  | 'safety.preDoseDiastolicMax'
  | 'reminderEveryDays'
  | 'sessions'
  | 'assessments'
  | 'arms';

export const sessionAddress = (uid: number, field?: SessionField) =>
  field ? `sessions.${uid}.${field}` : `sessions.${uid}`;
export const assessmentAddress = (uid: number, field?: AssessmentField) =>
  field ? `assessments.${uid}.${field}` : `assessments.${uid}`;
export const armAddress = (uid: number, field?: ArmField) => (field ? `arms.${uid}.${field}` : `arms.${uid}`);

/** Messages by address, plus those no input shows. */
export interface DraftErrors {
  fields: Record<string, string>;
  other: string[];
}
export const NO_ERRORS: DraftErrors = { fields: {}, other: [] };
export const errorCount = (e: DraftErrors) => Object.keys(e.fields).length + e.other.length;

/** True when any message is about this item (or one of its fields). */
export function itemHasError(errors: DraftErrors, prefix: string): boolean {
  return Object.keys(errors.fields).some((a) => a === prefix || a.startsWith(`${prefix}.`));
}

let nextUid = 1;
const uid = () => nextUid++;

export function newSession(init: Partial<Omit<SessionDraft, 'uid'>> = {}): SessionDraft {
  return {
    uid: uid(),
    key: '',
    name: '',
    phase: 'preparation',
    kind: 'personal',
    dosing: false,
    substance: '',
    route: '',
    mgPerKg: '',
    days: '',
    startTime: '10:00',
    durationMinutes: '60',
    facilitatorsNeeded: '1',
    arms: [],
    description: '',
    ...init,
  };
}

export function newAssessment(init: Partial<Omit<AssessmentDraft, 'uid'>> = {}): AssessmentDraft {
  return {
    uid: uid(),
    key: '',
    instrumentId: '',
    label: '',
    anchor: 'start',
    dosingNumbers: '',
    offsetAmount: '0',
    offsetUnit: 'days',
    windowBefore: '0',
    windowAfter: '7',
    arms: [],
    ...init,
  };
}

export function newArm(init: Partial<Omit<ArmDraft, 'uid'>> = {}): ArmDraft {
  return { uid: uid(), key: '', name: '', description: '', ...init };
}

/** An empty program with one session to fill in (a definition needs at least one). */
export function blankDraft(): ProgramDraft {
  return {
    name: '',
    description: '',
    modality: 'psilocybin',
    format: 'individual',
    systolic: '',
    diastolic: '',
    reminderEveryDays: String(DEFAULT_REMINDER_EVERY_DAYS),
    arms: [],
    sessions: [newSession({ name: 'Preparation session', days: '-7' })],
    assessments: [],
    source: null,
  };
}

const numText = (n: number | null) => (n === null ? '' : String(n));

export function draftFromDefinition(def: ProgramDefinition): ProgramDraft {
  const arms = def.arms.map((a) => newArm({ key: a.key, name: a.name, description: a.description }));
  const armUids = (keys: string[] | null) =>
    (keys ?? []).map((k) => arms.find((a) => a.key === k)?.uid).filter((u): u is number => u !== undefined);
  return {
    name: def.name,
    description: def.description,
    modality: def.modality,
    format: def.format,
    systolic: numText(def.safety.preDoseSystolicMax),
    diastolic: numText(def.safety.preDoseDiastolicMax),
    reminderEveryDays: String(def.reminderEveryDays ?? DEFAULT_REMINDER_EVERY_DAYS),
    arms,
    sessions: def.sessions.map((s) =>
      newSession({
        key: s.key,
        name: s.name,
        phase: s.phase,
        kind: s.kind,
        dosing: s.dosing !== null,
        substance: s.dosing?.substance ?? '',
        route: s.dosing?.route ?? '',
        mgPerKg: numText(s.dosing?.mgPerKg ?? null),
        days: s.days.join(', '),
        startTime: s.startTime,
        durationMinutes: String(s.durationMinutes),
        facilitatorsNeeded: String(s.facilitatorsNeeded),
        arms: armUids(s.arms),
        description: s.description,
      }),
    ),
    assessments: def.assessments.map((a) =>
      newAssessment({
        key: a.key,
        instrumentId: a.instrumentId,
        label: a.label,
        anchor: a.anchor,
        dosingNumbers: (a.dosingNumbers ?? []).join(', '),
        offsetAmount: String(a.offset.amount),
        offsetUnit: a.offset.unit,
        windowBefore: String(a.window.beforeDays),
        windowAfter: String(a.window.afterDays),
        arms: armUids(a.arms),
      }),
    ),
    source: def.source,
  };
}

/** What the draft holds, without the draft-only uids of items (for "has anything changed?"). */
export function draftSignature(draft: ProgramDraft): string {
  const armKey = (u: number) => draft.arms.findIndex((a) => a.uid === u);
  return JSON.stringify({
    ...draft,
    arms: draft.arms.map(({ uid: _u, ...a }) => a),
    sessions: draft.sessions.map(({ uid: _u, ...s }) => ({ ...s, arms: s.arms.map(armKey) })),
    assessments: draft.assessments.map(({ uid: _u, ...a }) => ({ ...a, arms: a.arms.map(armKey) })),
  });
}

/** "Morning circle (day 2)" → "morning-circle-day-2", unique among `taken`, at most 40 characters. */
export function makeKey(text: string, taken: Set<string>, fallback: string): string {
  const base =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || fallback;
  let key = base;
  for (let n = 2; taken.has(key); n++) {
    const suffix = `-${n}`;
    key = `${base.slice(0, 40 - suffix.length).replace(/-+$/, '')}${suffix}`;
  }
  taken.add(key);
  return key;
}

/** "1 234" is not a number here; "−3" (a minus sign) is −3. */
export function parseInteger(text: string): number | null {
  const t = text.trim().replace(/\u2212/g, '-');
  return /^[-+]?\d+$/.test(t) ? Number(t) : null;
}

export function parseDecimal(text: string): number | null {
  const t = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : null;
}

/** "0, 1, 2" → [0, 1, 2]; a part that is not a whole number → that part, as an error. */
export function parseNumberList(text: string): { values: number[]; bad: string | null } {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const values: number[] = [];
  for (const p of parts) {
    const n = parseInteger(p);
    if (n === null) return { values, bad: p };
    values.push(n);
  }
  return { values, bad: null };
}

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

/** Gives new items the keys the built definition gave them, so the next build keeps them. */
export function withKeys(draft: ProgramDraft, def: ProgramDefinition): ProgramDraft {
  return {
    ...draft,
    arms: draft.arms.map((a, i) => ({ ...a, key: a.key || (def.arms[i]?.key ?? '') })),
    sessions: draft.sessions.map((s, i) => ({ ...s, key: s.key || (def.sessions[i]?.key ?? '') })),
    assessments: draft.assessments.map((a, i) => ({ ...a, key: a.key || (def.assessments[i]?.key ?? '') })),
  };
}

const SESSION_SUBFIELDS: Record<string, SessionField> = {
  name: 'name',
  key: 'name',
  phase: 'phase',
  kind: 'kind',
  dosing: 'dosing',
  'dosing.substance': 'substance',
  'dosing.route': 'route',
  'dosing.mgPerKg': 'mgPerKg',
  days: 'days',
  startTime: 'startTime',
  durationMinutes: 'durationMinutes',
  facilitatorsNeeded: 'facilitatorsNeeded',
  arms: 'arms',
  description: 'description',
};

const ASSESSMENT_SUBFIELDS: Record<string, AssessmentField> = {
  instrumentId: 'instrumentId',
  label: 'label',
  key: 'label',
  anchor: 'anchor',
  dosingNumbers: 'dosingNumbers',
  offset: 'offsetAmount',
  'offset.amount': 'offsetAmount',
  'offset.unit': 'offsetUnit',
  window: 'windowBefore',
  'window.beforeDays': 'windowBefore',
  'window.afterDays': 'windowAfter',
  arms: 'arms',
};

const ARM_SUBFIELDS: Record<string, ArmField> = { name: 'name', key: 'name', description: 'description' };

const TOP_FIELDS = new Set<string>([
  'name',
  'description',
  'modality',
  'format',
  'safety.preDoseSystolicMax',
  'safety.preDoseDiastolicMax',
  'sessions',
  'assessments',
  'arms',
]);

/**
 * The draft address of a server field path (`definition.sessions[2].days[0]`), or null when no
 * input shows it.
 */
export function addressOf(path: string, draft: ProgramDraft): string | null {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  if (parts[0] === 'definition') parts.shift();
  if (parts[0] === 'safety' && parts[1] === undefined) return 'safety.preDoseSystolicMax';
  const section = parts[0];
  if ((section === 'sessions' || section === 'assessments' || section === 'arms') && parts[1] !== undefined) {
    const index = Number(parts[1]);
    const items: { uid: number }[] = draft[section];
    const item = Number.isInteger(index) ? items[index] : undefined;
    if (!item) return section;
    // Drop array indices inside the item (`days.1` → `days`, `arms.0` → `arms`).
    const sub = parts
      .slice(2)
      .filter((p) => !/^\d+$/.test(p))
      .join('.');
    if (!sub) return `${section}.${item.uid}`;
    const map: Record<string, string> =
      section === 'sessions'
        ? SESSION_SUBFIELDS
        : section === 'assessments'
          ? ASSESSMENT_SUBFIELDS
          : ARM_SUBFIELDS;
    const field = map[sub];
    return field ? `${section}.${item.uid}.${field}` : `${section}.${item.uid}`;
  }
  const joined = parts.join('.');
  return TOP_FIELDS.has(joined) ? joined : null;
}

/** A failed save or preview spread over the draft's inputs; the rest listed for the summary. */
export function errorsFromApi(error: unknown, draft: ProgramDraft): DraftErrors {
  if (!(error instanceof ApiError)) return { fields: {}, other: [String(error)] };
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const e of error.fieldErrors) {
    if (/^must (be null|match a schema in anyOf|match exactly one schema in oneOf)$/i.test(e.message.trim()))
      continue;
    const address = addressOf(e.field, draft);
    if (address)
      fields[address] = fields[address] ? `${fields[address]} ${sentence(e.message)}` : sentence(e.message);
    else other.push(`${e.field}: ${e.message}`);
  }
  if (Object.keys(fields).length === 0 && other.length === 0) other.push(error.detail ?? error.title);
  return { fields, other };
}

/** What an address is called in the error summary. */
export function describeAddress(address: string, draft: ProgramDraft): string {
  const [section, uidText, field] = address.split('.');
  const uidNum = Number(uidText);
  if (section === 'sessions' && Number.isInteger(uidNum)) {
    const i = draft.sessions.findIndex((s) => s.uid === uidNum);
    const s = draft.sessions[i];
    const name = s?.name.trim() || `session ${i + 1}`;
    return field ? `${name}: ${SESSION_FIELD_LABELS[field as SessionField] ?? field}` : name;
  }
  if (section === 'assessments' && Number.isInteger(uidNum)) {
    const i = draft.assessments.findIndex((a) => a.uid === uidNum);
    const a = draft.assessments[i];
    const name = a ? `${a.instrumentId || 'questionnaire'} ${a.label}`.trim() : `questionnaire ${i + 1}`;
    return field ? `${name}: ${ASSESSMENT_FIELD_LABELS[field as AssessmentField] ?? field}` : name;
  }
  if (section === 'arms' && Number.isInteger(uidNum)) {
    const i = draft.arms.findIndex((a) => a.uid === uidNum);
    return `Arm ${draft.arms[i]?.name.trim() || i + 1}`;
  }
  return TOP_LABELS[address] ?? address;
}

export const SESSION_FIELD_LABELS: Record<SessionField, string> = {
  name: 'Session name',
  phase: 'Phase',
  kind: 'Personal or group',
  dosing: 'Dosing session',
  substance: 'Substance',
  route: 'Route',
  mgPerKg: 'Planned dose (mg/kg)',
  days: 'Program days',
  startTime: 'Start time',
  durationMinutes: 'Duration (minutes)',
  facilitatorsNeeded: 'Facilitators needed',
  arms: 'Arms',
  description: 'Notes for staff',
};

export const ASSESSMENT_FIELD_LABELS: Record<AssessmentField, string> = {
  instrumentId: 'Questionnaire',
  label: 'Timepoint label',
  anchor: 'Relative to',
  dosingNumbers: 'Dosing sessions',
  offsetAmount: 'Offset',
  offsetUnit: 'Offset unit',
  windowBefore: 'Window: days before',
  windowAfter: 'Window: days after',
  arms: 'Arms',
};

const TOP_LABELS: Record<string, string> = {
  name: 'Program name',
  description: 'Description',
  modality: 'Modality',
  format: 'Format',
  'safety.preDoseSystolicMax': 'Pre-dose systolic limit',
  'safety.preDoseDiastolicMax': 'Pre-dose diastolic limit',
  reminderEveryDays: 'Days between reminders',
  sessions: 'Sessions',
  assessments: 'Questionnaires',
  arms: 'Arms',
};
