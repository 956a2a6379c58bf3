/**
 * A failed save as per-field messages (shown beside their inputs) and a summary for the top of the
 * form, for any form whose fields are named by the API's dotted paths.
 */
import type { FormProblem } from '../clients/form-errors.ts';
import { splitFieldErrors } from '../http/field-errors.ts';
import { ApiError, errorMessage, fieldMessage } from '../http/problem.ts';
import { tKey } from '../i18n/t-key.ts';

export type { FormProblem };

export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  problem: FormProblem | null;
}

export function formErrorsFrom<F extends string>(
  error: unknown,
  labels: Record<F, string>,
  fallbackTitle = tKey('clients:form.couldNotSave'),
): FormErrors<F> {
  if (!(error instanceof ApiError)) {
    return { fields: {}, problem: { title: fallbackTitle, messages: [errorMessage(error)] } };
  }
  const isField = (field: string): field is F => Object.hasOwn(labels, field);
  const { byField, other } = splitFieldErrors(error, isField);
  const named = Object.keys(byField) as F[];
  const messages: string[] = [];
  if (named.length) {
    messages.push(
      tKey('clients:form.checkField', {
        count: named.length,
        fields: named.map((f) => labels[f]).join(', '),
      }),
    );
  }
  for (const e of other) messages.push(`${e.field}: ${fieldMessage(e)}`);
  if (!messages.length) messages.push(error.detail ?? error.title);
  return { fields: byField, problem: { title: error.title, messages } };
}
