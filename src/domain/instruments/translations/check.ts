/**
 * The completeness check of a translation an organization adds: the texts must cover exactly the
 * registry's items (by linkId), each item's answer options (by value), the time period, the
 * instructions (when the registry has them) and the severity band labels (when it has bands). Every
 * missing, extra or empty text is reported at once, each naming its path, e.g. `texts.items.q9`.
 */
import { DomainError, type FieldIssue, fieldIssue } from '../../errors.ts';
import type { FieldCode } from '../../field-codes.ts';
import type { InstrumentDefinition, InstrumentTexts } from '../types.ts';
import { SOURCE_LANGUAGE } from './localize.ts';

/** Longest text accepted for one item, label or instruction. */
export const MAX_TEXT = 2000;

/** A BCP 47 language tag as Threshold stores it: `nl`, `de`, `pt-BR`, `fr-BE`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z]{2})?$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkLanguage(language: string, field = 'language'): string {
  if (!LANGUAGE_TAG.test(language)) {
    throw new DomainError('validation', `${field}: not a language tag such as nl, de or pt-BR`, [
      fieldIssue(field, 'translation-language-tag'),
    ]);
  }
  if (language === SOURCE_LANGUAGE) {
    throw new DomainError('validation', `${field}: English is the registry's own text`, [
      fieldIssue(field, 'english-source-text'),
    ]);
  }
  return language;
}

class Issues {
  readonly list: FieldIssue[] = [];
  add(field: string, code: FieldCode, values: Readonly<Record<string, unknown>> = {}) {
    this.list.push(fieldIssue(field, code, values, 'body'));
  }
  /** A non-empty trimmed string at `field`, or null (issue recorded). */
  text(value: unknown, field: string): string | null {
    if (typeof value !== 'string' || !value.trim()) {
      this.add(field, value === undefined ? 'missing' : 'non-empty-text');
      return null;
    }
    if (value.length > MAX_TEXT) {
      this.add(field, 'max-length', { max: MAX_TEXT });
      return null;
    }
    return value.trim();
  }
  /** Keys of `given` not in `expected`, refused with `code` ("not an item of …"). */
  extra(
    given: Obj,
    expected: readonly string[],
    field: string,
    code: FieldCode,
    values: Readonly<Record<string, unknown>> = {},
  ) {
    for (const k of Object.keys(given)) if (!expected.includes(k)) this.add(`${field}.${k}`, code, values);
  }
}

function checkItems(def: InstrumentDefinition, raw: unknown, issues: Issues) {
  const out: InstrumentTexts['items'] = {};
  if (!isObj(raw)) {
    issues.add('texts.items', 'translation-items-object');
    return out;
  }
  issues.extra(
    raw,
    def.items.map((i) => i.linkId),
    'texts.items',
    'translation-not-item',
    { instrument: def.shortName },
  );
  for (const item of def.items) {
    const field = `texts.items.${item.linkId}`;
    const given = raw[item.linkId];
    if (!isObj(given)) {
      issues.add(field, given === undefined ? 'missing' : 'translation-item-object');
      continue;
    }
    issues.extra(given, ['text', 'options'], field, 'translation-not-item-part');
    const text = issues.text(given.text, `${field}.text`);
    const options: Record<string, string> = {};
    if (!isObj(given.options)) {
      issues.add(`${field}.options`, given.options === undefined ? 'missing' : 'translation-options-object');
    } else {
      const values = item.options.map((o) => String(o.value));
      issues.extra(given.options, values, `${field}.options`, 'translation-not-answer-value', {
        item: item.number,
      });
      for (const v of values) {
        const label = issues.text(given.options[v], `${field}.options.${v}`);
        if (label !== null) options[v] = label;
      }
    }
    if (text !== null) out[item.linkId] = { text, options };
  }
  return out;
}

function checkBands(def: InstrumentDefinition, raw: unknown, issues: Issues) {
  const labels = (def.bands?.value ?? []).map((b) => b.label);
  const out: Record<string, string> = {};
  if (raw === undefined && labels.length === 0) return out;
  if (!isObj(raw)) {
    issues.add('texts.bands', raw === undefined ? 'missing' : 'translation-bands-object');
    return out;
  }
  issues.extra(raw, labels, 'texts.bands', 'translation-not-band', { instrument: def.shortName });
  for (const label of labels) {
    const t = issues.text(raw[label], `texts.bands.${label}`);
    if (t !== null) out[label] = t;
  }
  return out;
}

/** The checked texts, or a validation error naming every missing, extra or empty part. */
export function checkTranslation(def: InstrumentDefinition, raw: unknown): InstrumentTexts {
  const issues = new Issues();
  if (!isObj(raw)) {
    issues.add('texts', 'translation-object');
    throw new DomainError('validation', 'texts: not a translation', issues.list);
  }
  issues.extra(raw, ['recallPeriod', 'instructions', 'items', 'bands'], 'texts', 'translation-not-part');
  const recallPeriod = issues.text(raw.recallPeriod, 'texts.recallPeriod');
  let instructions: string | null = null;
  if (def.instructions === null) {
    if (raw.instructions !== undefined && raw.instructions !== null) {
      issues.add('texts.instructions', 'translation-no-instructions', { instrument: def.shortName });
    }
  } else instructions = issues.text(raw.instructions, 'texts.instructions');
  const items = checkItems(def, raw.items, issues);
  const bands = checkBands(def, raw.bands, issues);
  if (issues.list.length) {
    const first = issues.list[0]!;
    const more = issues.list.length > 1 ? ` (and ${issues.list.length - 1} more)` : '';
    throw new DomainError(
      'validation',
      `The translation is incomplete: ${first.field} ${first.message}${more}`,
      issues.list,
    );
  }
  return { recallPeriod: recallPeriod!, instructions, items, bands };
}
