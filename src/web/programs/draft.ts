/**
 * The program builder's draft: a program definition as typed (numbers and day lists as text).
 * Sessions, assessments and arms carry a draft-only `uid` (React key and error address); keys of
 * new items are made from their names when the definition is built (build-definition.ts), and arms
 * are referenced by uid so renaming an arm keeps its sessions. Errors and their addresses are in
 * draft-errors.ts.
 */
import { DEFAULT_REMINDER_EVERY_DAYS } from '../../domain/programs/definition.ts';
import type {
  Anchor,
  Modality,
  OffsetUnit,
  Phase,
  ProgramDefinition,
  ProgramFormat,
  ProgramSource,
  Route,
} from '../../domain/programs/types.ts';
import { tKey } from '../i18n/labels.ts';
import { decimalInput } from '../ui/format.ts';

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
    sessions: [newSession({ name: tKey('programs:sessions.firstName'), days: '-7' })],
    assessments: [],
    source: null,
  };
}

const numText = (n: number | null) => (n === null ? '' : String(n));
/** A decimal as the screen writes it in the input ("0,5" in Dutch). */
const decimalText = (n: number | null) => (n === null ? '' : decimalInput(n));

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
        mgPerKg: decimalText(s.dosing?.mgPerKg ?? null),
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

/** Gives new items the keys the built definition gave them, so the next build keeps them. */
export function withKeys(draft: ProgramDraft, def: ProgramDefinition): ProgramDraft {
  return {
    ...draft,
    arms: draft.arms.map((a, i) => ({ ...a, key: a.key || (def.arms[i]?.key ?? '') })),
    sessions: draft.sessions.map((s, i) => ({ ...s, key: s.key || (def.sessions[i]?.key ?? '') })),
    assessments: draft.assessments.map((a, i) => ({ ...a, key: a.key || (def.assessments[i]?.key ?? '') })),
  };
}
