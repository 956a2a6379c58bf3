/**
 * The organization's licensed copy of the CEQ: the item texts, answer labels and instructions in one
 * language, the scoring key and the licence under which it holds them. Checked whole (every item,
 * every label, a usable key) with every problem named; Threshold invents none of it.
 */
import { DomainError, type FieldIssue } from '../../errors.ts';
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
    issues.push({ field, message: `must list exactly ${count} texts` });
    return [];
  }
  return value.map((t, i) => {
    const text = typeof t === 'string' ? t.trim() : '';
    if (!text || text.length > CEQ_COPY_LIMITS.textMaxLength) {
      issues.push({
        field: `${field}.${i}`,
        message: `must be text of 1–${CEQ_COPY_LIMITS.textMaxLength} characters`,
      });
    }
    return text;
  });
}

function optionalText(value: unknown, field: string, max: number, issues: FieldIssue[]): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || value.trim().length > max) {
    issues.push({ field, message: `must be text of at most ${max} characters` });
    return null;
  }
  return value.trim() || null;
}

/** A copy checked whole; refuses with every problem named (the key's problems included). */
export function readCeqCopy(input: unknown): CeqCopy {
  if (!isObject(input))
    throw new DomainError('validation', 'copy: must be an object', [
      { field: 'copy', message: 'must be an object' },
    ]);
  const issues: FieldIssue[] = [];
  const language =
    typeof input.language === 'string' && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(input.language)
      ? input.language
      : null;
  if (!language) issues.push({ field: 'language', message: 'must be a language tag such as en or nl' });
  const items = texts(input.items, 'items', CEQ_ITEM_COUNT, issues);
  const options = texts(input.options, 'options', CEQ_SCALE.max - CEQ_SCALE.min + 1, issues);
  const instructions = optionalText(
    input.instructions,
    'instructions',
    CEQ_COPY_LIMITS.instructionsMaxLength,
    issues,
  );
  const licence = optionalText(input.licence, 'licence', CEQ_COPY_LIMITS.licenceMaxLength, issues);
  if (!licence || licence.length < 3)
    issues.push({
      field: 'licence',
      message: 'must say under what licence the organization holds this copy',
    });
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
