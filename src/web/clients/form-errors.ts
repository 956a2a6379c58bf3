/** Turns a failed save into per-field messages and a summary for the top of the form. */
import { splitFieldErrors } from '../http/field-errors.ts';
import { ApiError, fieldMessage } from '../http/problem.ts';
import { tKey } from '../i18n/t-key.ts';
import { type ClientFieldErrors, FIELD_LABELS, isClientField } from './draft.ts';

export interface FormProblem {
  title: string;
  messages: string[];
}

export function formErrorsFrom(error: unknown): { fields: ClientFieldErrors; problem: FormProblem } {
  if (!(error instanceof ApiError)) {
    return { fields: {}, problem: { title: tKey('clients:form.couldNotSave'), messages: [String(error)] } };
  }
  const { byField, other } = splitFieldErrors(error, isClientField);
  const named = Object.keys(byField).length;
  const messages: string[] = [];
  if (named) {
    const labels = Object.keys(byField).map((f) => (isClientField(f) ? FIELD_LABELS[f] : f));
    messages.push(tKey('clients:form.checkField', { count: named, fields: labels.join(', ') }));
  }
  for (const e of other) messages.push(`${e.field}: ${fieldMessage(e)}`);
  if (!messages.length && error.detail) messages.push(error.detail);
  return { fields: byField, problem: { title: error.title, messages } };
}
