/**
 * Checking the crisis lines an organization writes: each a language, a name, a phone number that
 * can be dialled and optional opening hours. The list's order is the order clients see.
 */
import { invalid } from '../errors.ts';
import { checkPhone } from '../organizations/phone.ts';
import {
  CRISIS_LANGUAGES,
  CRISIS_LINE_TEXT_MAX_LENGTH,
  CRISIS_LINES_MAX,
  type CrisisLanguage,
  type CrisisLine,
} from './crisis.ts';

export interface CrisisLineInput {
  language: string;
  name: string;
  phone: string;
  hours?: string | null | undefined;
}

function text(field: string, value: string): string {
  const v = value.trim().replace(/\s+/g, ' ');
  if (v.length > CRISIS_LINE_TEXT_MAX_LENGTH) {
    throw invalid(field, 'max-length', { max: CRISIS_LINE_TEXT_MAX_LENGTH });
  }
  return v;
}

/** The lines trimmed and checked, in the given order; a problem names the first bad field. */
export function normalizeCrisisLines(input: readonly CrisisLineInput[]): CrisisLine[] {
  if (input.length > CRISIS_LINES_MAX)
    throw invalid('lines', 'hold-at-most-lines', { crisisLinesMax: CRISIS_LINES_MAX });
  const seen = new Set<string>();
  return input.map((line, i) => {
    const at = `lines.${i}`;
    if (!(CRISIS_LANGUAGES as readonly string[]).includes(line.language)) {
      throw invalid(`${at}.language`, 'one-of', { allowed: CRISIS_LANGUAGES.join(', ') });
    }
    const name = text(`${at}.name`, line.name);
    if (!name) throw invalid(`${at}.name`, 'required');
    const phone = checkPhone(`${at}.phone`, line.phone);
    const hours = line.hours ? text(`${at}.hours`, line.hours) || null : null;
    const key = `${line.language}|${phone.replace(/\D/g, '')}`;
    if (seen.has(key)) throw invalid(`${at}.phone`, 'listed-twice-language');
    seen.add(key);
    return { language: line.language as CrisisLanguage, name, phone, hours };
  });
}
