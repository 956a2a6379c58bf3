import { ApiError, fieldMessage } from '../http/problem.ts';
import { tKey, translatedLabels } from '../i18n/labels.ts';
import type { ArmField, AssessmentField, ProgramDraft, SessionField } from './draft.ts';

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
      fields[address] = fields[address] ? `${fields[address]} ${fieldMessage(e)}` : fieldMessage(e);
    else other.push(`${e.field}: ${fieldMessage(e)}`);
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
    const name = s?.name.trim() || tKey('programs:fields.sessionNumbered', { number: i + 1 });
    return field ? `${name}: ${SESSION_FIELD_LABELS[field as SessionField] ?? field}` : name;
  }
  if (section === 'assessments' && Number.isInteger(uidNum)) {
    const i = draft.assessments.findIndex((a) => a.uid === uidNum);
    const a = draft.assessments[i];
    const name = a
      ? `${a.instrumentId || tKey('programs:fields.questionnaire')} ${a.label}`.trim()
      : tKey('programs:fields.questionnaireNumbered', { number: i + 1 });
    return field ? `${name}: ${ASSESSMENT_FIELD_LABELS[field as AssessmentField] ?? field}` : name;
  }
  if (section === 'arms' && Number.isInteger(uidNum)) {
    const i = draft.arms.findIndex((a) => a.uid === uidNum);
    return tKey('programs:fields.arm', { name: draft.arms[i]?.name.trim() || i + 1 });
  }
  return (TOP_FIELD_LABELS as Record<string, string | undefined>)[address] ?? address;
}

const SESSION_FIELDS: SessionField[] = [
  'name',
  'phase',
  'kind',
  'dosing',
  'substance',
  'route',
  'mgPerKg',
  'days',
  'startTime',
  'durationMinutes',
  'facilitatorsNeeded',
  'arms',
  'description',
];
export const SESSION_FIELD_LABELS: Record<SessionField, string> = translatedLabels(
  'programs:fields.session',
  SESSION_FIELDS,
);

const ASSESSMENT_FIELDS: AssessmentField[] = [
  'instrumentId',
  'label',
  'anchor',
  'dosingNumbers',
  'offsetAmount',
  'offsetUnit',
  'windowBefore',
  'windowAfter',
  'arms',
];
export const ASSESSMENT_FIELD_LABELS: Record<AssessmentField, string> = translatedLabels(
  'programs:fields.assessment',
  ASSESSMENT_FIELDS,
);

/** Names of the program's own fields, by error address. */
export const TOP_FIELD_LABELS = translatedLabels('programs:fields.top', [
  'name',
  'description',
  'modality',
  'format',
  'safety.preDoseSystolicMax',
  'safety.preDoseDiastolicMax',
  'reminderEveryDays',
  'sessions',
  'assessments',
  'arms',
] as const);
