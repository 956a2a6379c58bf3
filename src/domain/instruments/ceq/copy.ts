/**
 * The organization's licensed copy of the CEQ: the item texts, answer labels and instructions in one
 * language, the scoring key and the licence under which it holds them. Checked whole (every item,
 * every label, a usable key) with every problem named; Threshold invents none of it.
 */
import { DomainError, type FieldIssue, fieldIssue } from '../../errors.ts';
import { CEQ_ITEM_COUNT, CEQ_SCALE } from './facts.ts';
import { type CeqKey, readCeqKey } from './key.ts';

export const CEQ_COPY_LIMITS = {
  textMaxLength: 500,
  instructionsMaxLength: 3000,
  licenceMaxLength: 500,
} as const;

export interface CeqCopy {
  language: string;
  instructions: string | null;
  /** Item texts in printed order (item 1 first). */
  items: string[];
  /** Answer labels for 0…5. */
  options: string[];
  key: CeqKey;
  licence: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function texts(value: unknown, field: string, count: number, issues: FieldIssue[]): string[] {
  if (!Array.isArray(value) || value.length !== count) {
    issues.push(fieldIssue(field, 'ceq-texts-count', { count }));
    return [];
  }
  return value.map((t, i) => {
    const text = typeof t === 'string' ? t.trim() : '';
    if (!text || text.length > CEQ_COPY_LIMITS.textMaxLength) {
      issues.push(fieldIssue(`${field}.${i}`, 'ceq-text-length', { max: CEQ_COPY_LIMITS.textMaxLength }));
    }
    return text;
  });
}

function optionalText(value: unknown, field: string, max: number, issues: FieldIssue[]): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || value.trim().length > max) {
    issues.push(fieldIssue(field, 'text-at-most', { max }));
    return null;
  }
  return value.trim() || null;
}

/** A copy checked whole; refuses with every problem named (the key's problems included). */
export function readCeqCopy(input: unknown): CeqCopy {
  if (!isObject(input))
    throw new DomainError('validation', 'copy: must be an object', [fieldIssue('copy', 'object')]);
  const issues: FieldIssue[] = [];
  const language =
    typeof input.language === 'string' && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(input.language)
      ? input.language
      : null;
  if (!language) issues.push(fieldIssue('language', 'ceq-language-tag'));
  const items = texts(input.items, 'items', CEQ_ITEM_COUNT, issues);
  const options = texts(input.options, 'options', CEQ_SCALE.max - CEQ_SCALE.min + 1, issues);
  const instructions = optionalText(
    input.instructions,
    'instructions',
    CEQ_COPY_LIMITS.instructionsMaxLength,
    issues,
  );
  const licence = optionalText(input.licence, 'licence', CEQ_COPY_LIMITS.licenceMaxLength, issues);
  if (!licence || licence.length < 3) issues.push(fieldIssue('licence', 'ceq-licence'));
  let key: CeqKey | null = null;
  try {
    key = readCeqKey(input.key);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    issues.push(...e.fields);
  }
  if (issues.length || !key || !language || !licence) {
    throw new DomainError(
      'validation',
      `The CEQ copy is not usable: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`,
      issues,
    );
  }
  return { language, instructions, items, options, key, licence };
}
