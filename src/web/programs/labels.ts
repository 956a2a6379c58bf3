/** Words and colours for program values. Phase colours always come with the phase's name. */
import type { Anchor, Modality, OffsetUnit, Phase, ProgramFormat } from '../../domain/programs/types.ts';

export { PHASE_LABELS } from '../../domain/programs/types.ts';

export const MODALITY_LABELS: Record<Modality, string> = {
  ketamine: 'Ketamine',
  psilocybin: 'Psilocybin',
  other: 'Other',
};

export const FORMAT_LABELS: Record<ProgramFormat, string> = {
  cohort: 'Cohort (clients start together, with group sessions)',
  individual: 'Individual (each client has their own start date)',
};

export const FORMAT_SHORT_LABELS: Record<ProgramFormat, string> = {
  cohort: 'Cohort',
  individual: 'Individual',
};

export const ANCHOR_LABELS: Record<Anchor, string> = {
  enrollment: 'Enrollment date',
  start: 'Program start (day 0)',
  'first-dosing': 'First dosing session',
  'each-dosing': 'Each dosing session',
  'last-dosing': 'Last dosing session',
  end: 'End of the last session',
};

export const OFFSET_UNIT_LABELS: Record<OffsetUnit, string> = {
  hours: 'hours',
  days: 'days',
  weeks: 'weeks',
  months: 'months',
};

/** Mantine colour per phase (shown beside the phase's name, never alone). */
export const PHASE_COLORS: Record<Phase, string> = {
  preparation: 'blue',
  immersion: 'grape',
  integration: 'teal',
  'follow-up': 'orange',
};

/** "0" → "day 0", "-7" → "7 days before the start". */
export function describeDay(day: number): string {
  if (day === 0) return 'day 0 (start)';
  if (day < 0) return `${-day} ${day === -1 ? 'day' : 'days'} before the start`;
  return `day ${day}`;
}

/** "+1 months after Program start", "-1 days before First dosing session". */
export function describeOffset(amount: number, unit: OffsetUnit, anchor: Anchor): string {
  const what = ANCHOR_LABELS[anchor].toLowerCase();
  if (amount === 0) return `At the ${what}`;
  const n = Math.abs(amount);
  const u = n === 1 ? OFFSET_UNIT_LABELS[unit].replace(/s$/, '') : OFFSET_UNIT_LABELS[unit];
  return `${n} ${u} ${amount < 0 ? 'before' : 'after'} the ${what}`;
}
