/** Words and colours for program values. Phase colours always come with the phase's name. */
import {
  ANCHORS,
  type Anchor,
  FORMATS,
  MODALITIES,
  OFFSET_UNITS,
  type OffsetUnit,
  PHASES,
  type Phase,
  type ProgramFormat,
} from '../../domain/programs/types.ts';
import { tKey, translatedLabels } from '../i18n/labels.ts';

/** Phase names in the current language. */
export const PHASE_LABELS: Record<Phase, string> = translatedLabels('sessions:phases', PHASES);

export const MODALITY_LABELS = translatedLabels('programs:modality', MODALITIES);

export const FORMAT_LABELS: Record<ProgramFormat, string> = translatedLabels('programs:format', FORMATS);

export const FORMAT_SHORT_LABELS: Record<ProgramFormat, string> = translatedLabels(
  'programs:formatShort',
  FORMATS,
);

export const ANCHOR_LABELS: Record<Anchor, string> = translatedLabels('programs:anchor', ANCHORS);

export const OFFSET_UNIT_LABELS: Record<OffsetUnit, string> = translatedLabels('programs:unit', OFFSET_UNITS);

/** Mantine colour per phase (shown beside the phase's name, never alone). */
export const PHASE_COLORS: Record<Phase, string> = {
  preparation: 'blue',
  immersion: 'grape',
  integration: 'teal',
  'follow-up': 'orange',
};

/** "0" → "day 0", "-7" → "7 days before the start". */
export function describeDay(day: number): string {
  if (day === 0) return tKey('programs:day.zero');
  if (day < 0) return tKey('programs:day.before', { count: -day });
  return tKey('programs:day.after', { day });
}

/** "1 month after the program start (day 0)", "1 day before the first dosing session". */
export function describeOffset(amount: number, unit: OffsetUnit, anchor: Anchor): string {
  const what = tKey(`programs:anchorInSentence.${anchor}`);
  if (amount === 0) return tKey('programs:offset.at', { what });
  const n = Math.abs(amount);
  const amountText = tKey(`programs:unitCount.${unit}`, { count: n });
  return tKey(amount < 0 ? 'programs:offset.before' : 'programs:offset.after', { amount: amountText, what });
}
