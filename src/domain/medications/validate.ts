/**
 * A medication entry and a rule set as staff send them, checked field by field (every problem at
 * once, each naming its field): classes from the list, real calendar days, a stop day not before
 * the start, taper steps in order and on or before the last dose, washouts whole days.
 */
import { DomainError, type FieldIssue, fieldIssue } from '../errors.ts';
import type { FieldCode } from '../field-codes.ts';
import {
  MEDICATION_CLASSES,
  type Medication,
  type MedicationRule,
  RULE_EFFECTS,
  type TaperStep,
} from './types.ts';

export const MAX_WASHOUT_DAYS = 365;

const isDay = (v: unknown): v is string =>
  typeof v === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

export type MedicationInput = Pick<
  Medication,
  'name' | 'medicationClass' | 'dose' | 'startedOn' | 'stoppedOn' | 'taper'
>;

function fail(issues: FieldIssue[]): never {
  throw new DomainError('validation', issues.map((i) => `${i.field} ${i.message}`).join('; '), issues);
}

export function checkMedicationInput(input: MedicationInput): MedicationInput {
  const issues: FieldIssue[] = [];
  const add = (field: string, code: FieldCode, values: Readonly<Record<string, unknown>> = {}) =>
    issues.push(fieldIssue(field, code, values));
  const name = input.name.trim();
  if (!name) add('name', 'required');
  if (!(MEDICATION_CLASSES as readonly string[]).includes(input.medicationClass))
    add('medicationClass', 'one-of', { allowed: MEDICATION_CLASSES.join(', ') });
  for (const field of ['startedOn', 'stoppedOn'] as const) {
    const v = input[field];
    if (v !== null && !isDay(v)) add(field, 'date-yyyy-mm-dd');
  }
  if (isDay(input.startedOn) && isDay(input.stoppedOn) && input.stoppedOn < input.startedOn)
    add('stoppedOn', 'not-before-start-date');
  const taper: TaperStep[] = input.taper.map((s) => ({ on: s.on, dose: s.dose.trim() }));
  taper.forEach((step, i) => {
    if (!isDay(step.on)) add(`taper[${i}].on`, 'date-yyyy-mm-dd');
    else if (i > 0 && isDay(taper[i - 1]?.on) && step.on <= (taper[i - 1] as TaperStep).on)
      add(`taper[${i}].on`, 'after-step-before');
    if (!step.dose) add(`taper[${i}].dose`, 'required');
  });
  const lastStep = taper.at(-1);
  if (lastStep && input.stoppedOn === null) add('stoppedOn', 'required-with-taper');
  else if (lastStep && isDay(lastStep.on) && isDay(input.stoppedOn) && lastStep.on > input.stoppedOn)
    add(`taper[${taper.length - 1}].on`, 'on-or-before-last-dose');
  if (issues.length) fail(issues);
  return { ...input, name, dose: input.dose?.trim() || null, taper };
}

export function checkRules(rules: readonly MedicationRule[]): MedicationRule[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    const add = (field: string, code: FieldCode, values: Readonly<Record<string, unknown>> = {}) =>
      issues.push(fieldIssue(`rules[${i}].${field}`, code, values));
    if (!(MEDICATION_CLASSES as readonly string[]).includes(r.medicationClass))
      add('medicationClass', 'one-of', { allowed: MEDICATION_CLASSES.join(', ') });
    else if (seen.has(r.medicationClass)) add('medicationClass', 'class-has-rule');
    seen.add(r.medicationClass);
    if (!(RULE_EFFECTS as readonly string[]).includes(r.effect))
      add('effect', 'one-of', { allowed: RULE_EFFECTS.join(', ') });
    if (
      r.washoutDays !== null &&
      (!Number.isInteger(r.washoutDays) || r.washoutDays < 0 || r.washoutDays > MAX_WASHOUT_DAYS)
    )
      add('washoutDays', 'days-up-to-or-empty', { max: MAX_WASHOUT_DAYS });
    if (!r.source.trim()) add('source', 'required-rule-source');
  });
  if (issues.length) fail(issues);
  return rules.map((r) => ({ ...r, source: r.source.trim() }));
}
