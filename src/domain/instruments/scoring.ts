/**
 * Building blocks every instrument's `score` uses: answer validation that names the bad answer,
 * the completeness check, sums, maxima, means and band lookup.
 */
import { DomainError, fieldIssue, invalid } from '../errors.ts';
import type { AnswerOption, Answers, InstrumentDefinition, Item, SeverityBand } from './types.ts';

/** Answers keyed by linkId, checked: every key is an item, every value one of the item's options. */
export function validateAnswers(
  def: Pick<InstrumentDefinition, 'shortName' | 'items'>,
  answers: Answers,
): Map<string, number | null> {
  const byLinkId = new Map(def.items.map((i) => [i.linkId, i]));
  for (const key of Object.keys(answers)) {
    if (!byLinkId.has(key)) throw invalid(`answers.${key}`, 'not-item-of', { instrument: def.shortName });
  }
  const out = new Map<string, number | null>();
  for (const item of def.items) {
    const v = answers[item.linkId];
    if (v === undefined || v === null) {
      out.set(item.linkId, null);
      continue;
    }
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      throw invalid(`answers.${item.linkId}`, 'item-integer', {
        item: item.number,
        value: JSON.stringify(v),
      });
    }
    if (!item.options.some((o) => o.value === v)) {
      const values = item.options.map((o) => o.value);
      throw invalid(`answers.${item.linkId}`, 'item-out-of-range', {
        item: item.number,
        answer: v,
        min: Math.min(...values),
        max: Math.max(...values),
      });
    }
    out.set(item.linkId, v);
  }
  return out;
}

/** Refuses to score when a required scored item is unanswered, naming the items. */
export function requireComplete(
  def: Pick<InstrumentDefinition, 'shortName' | 'items' | 'missingRule'>,
  values: Map<string, number | null>,
): Map<string, number> {
  const missing = def.items.filter((i) => i.scored && values.get(i.linkId) === null);
  if (missing.length) {
    const which = missing.map((i) => i.number).join(', ');
    throw new DomainError(
      'validation',
      `The ${def.shortName} cannot be scored: item${missing.length > 1 ? 's' : ''} ${which} unanswered. ${def.missingRule}`,
      missing.map((i) => fieldIssue(`answers.${i.linkId}`, 'required-for-scoring')),
    );
  }
  return values as Map<string, number>;
}

const valuesOf = (values: Map<string, number>, linkIds: readonly string[]) =>
  linkIds.map((id) => {
    const v = values.get(id);
    if (v === undefined) throw new Error(`scoring refers to unknown item ${id}`);
    return v;
  });

export const sumOf = (values: Map<string, number>, linkIds: readonly string[]): number =>
  valuesOf(values, linkIds).reduce((a, b) => a + b, 0);

export const maxOf = (values: Map<string, number>, linkIds: readonly string[]): number =>
  Math.max(...valuesOf(values, linkIds));

export const meanOf = (values: Map<string, number>, linkIds: readonly string[]): number =>
  sumOf(values, linkIds) / linkIds.length;

export function bandFor(bands: readonly SeverityBand[] | undefined | null, total: number): string | null {
  if (!bands) return null;
  return bands.find((b) => total >= b.min && total <= b.max)?.label ?? null;
}

/** The label of an item's chosen option, for flag reasons. */
export function optionLabel(item: Item, value: number): string {
  return item.options.find((o) => o.value === value)?.label ?? String(value);
}

/** linkIds of the scored items in printed order. */
export const scoredLinkIds = (items: readonly Item[]): string[] =>
  items.filter((i) => i.scored).map((i) => i.linkId);

/**
 * Positional answers (as typed on the command line) keyed by linkId: either one per scored item,
 * or one per item. Anything else names the expected counts.
 */
export function positionalAnswers(
  def: Pick<InstrumentDefinition, 'shortName' | 'items'>,
  values: readonly (number | null)[],
): Record<string, number | null> {
  const scored = def.items.filter((i) => i.scored);
  const items =
    values.length === def.items.length ? def.items : values.length === scored.length ? scored : null;
  if (!items) {
    const counts =
      scored.length === def.items.length
        ? `${scored.length}`
        : `${scored.length} (scored items) or ${def.items.length} (all items)`;
    throw invalid('answers', 'answer-count', { instrument: def.shortName, counts, got: values.length });
  }
  return Object.fromEntries(items.map((item, i) => [item.linkId, values[i] ?? null]));
}

/** Items `q1`…`qN` in printed order, each required, scored and answered on the same scale. */
export function itemsOnOneScale(texts: readonly string[], options: readonly AnswerOption[]): Item[] {
  return texts.map((text, i) => ({
    linkId: `q${i + 1}`,
    number: i + 1,
    text,
    options: options.map((o) => ({ ...o })),
    required: true,
    scored: true,
  }));
}
