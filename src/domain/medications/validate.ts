/**
 * A medication entry and a rule set as staff send them, checked field by field (every problem at
 * once, each naming its field): classes from the list, real calendar days, a stop day not before
 * the start, taper steps in order and on or before the last dose, washouts whole days.
 */
import { DomainError, type FieldIssue } from '../errors.ts';
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
  const add = (field: string, message: string) => issues.push({ field, message });
  const name = input.name.trim();
  if (!name) add('name', 'is required');
  if (!(MEDICATION_CLASSES as readonly string[]).includes(input.medicationClass))
    add('medicationClass', `must be one of ${MEDICATION_CLASSES.join(', ')}`);
  for (const field of ['startedOn', 'stoppedOn'] as const) {
    const v = input[field];
    if (v !== null && !isDay(v)) add(field, 'must be a date (YYYY-MM-DD)');
  }
  if (isDay(input.startedOn) && isDay(input.stoppedOn) && input.stoppedOn < input.startedOn)
    add('stoppedOn', 'must not be before the start date');
  const taper: TaperStep[] = input.taper.map((s) => ({ on: s.on, dose: s.dose.trim() }));
  taper.forEach((step, i) => {
    if (!isDay(step.on)) add(`taper[${i}].on`, 'must be a date (YYYY-MM-DD)');
    else if (i > 0 && isDay(taper[i - 1]?.on) && step.on <= (taper[i - 1] as TaperStep).on)
      add(`taper[${i}].on`, 'must be after the step before it');
    if (!step.dose) add(`taper[${i}].dose`, 'is required');
  });
  const lastStep = taper.at(-1);
  if (lastStep && input.stoppedOn === null)
    add('stoppedOn', 'is required with a taper plan: the day of the last dose');
  else if (lastStep && isDay(lastStep.on) && isDay(input.stoppedOn) && lastStep.on > input.stoppedOn)
    add(`taper[${taper.length - 1}].on`, 'must be on or before the last dose (stoppedOn)');
  if (issues.length) fail(issues);
  return { ...input, name, dose: input.dose?.trim() || null, taper };
}

export function checkRules(rules: readonly MedicationRule[]): MedicationRule[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    const add = (field: string, message: string) => issues.push({ field: `rules[${i}].${field}`, message });
    if (!(MEDICATION_CLASSES as readonly string[]).includes(r.medicationClass))
      add('medicationClass', `must be one of ${MEDICATION_CLASSES.join(', ')}`);
    else if (seen.has(r.medicationClass)) add('medicationClass', 'has a rule already: one rule per class');
    seen.add(r.medicationClass);
    if (!(RULE_EFFECTS as readonly string[]).includes(r.effect))
      add('effect', `must be one of ${RULE_EFFECTS.join(', ')}`);
    if (
      r.washoutDays !== null &&
      (!Number.isInteger(r.washoutDays) || r.washoutDays < 0 || r.washoutDays > MAX_WASHOUT_DAYS)
    )
      add('washoutDays', `must be a whole number of days from 0 to ${MAX_WASHOUT_DAYS}, or empty`);
    if (!r.source.trim()) add('source', 'is required: say where the rule comes from');
  });
  if (issues.length) fail(issues);
  return rules.map((r) => ({ ...r, source: r.source.trim() }));
}
