/**
 * Errors of a questionnaire form, by item: the browser's check for unanswered required items, and a
 * 400 problem's `answers.<linkId>` fields spread over the items they name.
 */
import { splitFieldErrors } from '../http/field-errors.ts';
import { ApiError, type FieldError, fieldMessage } from '../http/problem.ts';
import { currentLanguage } from '../i18n/instance.ts';
import { tKey } from '../i18n/t-key.ts';
import type { AnswerDraft, InstrumentItem } from './api.ts';

/** Error messages by item linkId. */
export type ItemErrors = Record<string, string>;

type AnswerField = `answers.${string}`;
const isAnswerField = (field: string): field is AnswerField => field.startsWith('answers.');

/** "1", "1 and 2", "1, 2 and 5" (in Dutch "1, 2 en 5"). */
export function numberList(numbers: readonly number[]): string {
  const locale = currentLanguage() === 'nl' ? 'nl' : 'en-GB';
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(numbers.map(String));
}

/** Required items without an answer, in printed order. */
export function unansweredRequired(items: readonly InstrumentItem[], draft: AnswerDraft): InstrumentItem[] {
  return items.filter((i) => i.required && (draft[i.linkId] === null || draft[i.linkId] === undefined));
}

export function missingErrors(missing: readonly InstrumentItem[]): ItemErrors {
  return Object.fromEntries(
    missing.map((i) => [i.linkId, tKey('responses:answers.choose', { number: i.number })]),
  );
}

export function missingSummary(missing: readonly InstrumentItem[]): string {
  const numbers = missing.map((i) => i.number);
  return tKey('responses:answers.missing', { count: numbers.length, items: numberList(numbers) });
}

export interface AnswerProblem {
  title: string;
  messages: string[];
}

/**
 * A failed score or save: messages for the items it names, the other named fields (for the caller
 * to place, e.g. `administeredAt`), and a summary for the top of the form.
 */
export function answerErrorsFrom(
  error: unknown,
  items: readonly InstrumentItem[],
): { items: ItemErrors; other: FieldError[]; problem: AnswerProblem } {
  if (!(error instanceof ApiError)) {
    return {
      items: {},
      other: [],
      problem: { title: tKey('responses:answers.failed'), messages: [String(error)] },
    };
  }
  const { byField, other } = splitFieldErrors(error, isAnswerField);
  const byLinkId = new Map(items.map((i) => [i.linkId, i]));
  const itemErrors: ItemErrors = {};
  const rest: FieldError[] = [...other];
  for (const [field, message] of Object.entries(byField) as [AnswerField, string][]) {
    const linkId = field.slice('answers.'.length);
    if (byLinkId.has(linkId)) itemErrors[linkId] = message;
    else rest.push({ field, message });
  }
  const messages: string[] = [];
  if (error.detail) messages.push(error.detail);
  const named = items.filter((i) => itemErrors[i.linkId]).map((i) => i.number);
  if (named.length && !error.detail) {
    messages.push(tKey('responses:answers.check', { count: named.length, items: numberList(named) }));
  }
  return { items: itemErrors, other: rest, problem: { title: error.title, messages } };
}

/** A field error as a sentence for the summary: "administeredAt: cannot be…" → "Cannot be…". */
export const fieldSentence = (e: FieldError): string => `${e.field}: ${fieldMessage(e)}`;
