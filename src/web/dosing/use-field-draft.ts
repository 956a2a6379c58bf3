/**
 * The state of a dosing form whose draft has one field per input (adverse events, discharge): the
 * draft, its per-field messages and the problem shown at the top, with the two ways a save fails —
 * refused here (the first field in error takes the focus) or refused by the API.
 */
import { useState } from 'react';
import { type FormProblem, formErrorsFrom } from '../sessions/form-problem.ts';

type Errors<F extends string> = Partial<Record<F, string>>;

export function useFieldDraft<F extends string, D extends Record<F, unknown>>(
  initial: () => D,
  form: { order: readonly F[]; labels: Record<F, string>; fieldId: (f: F) => string },
) {
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<Errors<F>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);

  /** Changes one field and clears its message. */
  const set = <K extends F>(field: K, value: D[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest as Errors<F>);
  };

  /** Shows the form's own messages; true (the first field in error focused) when there is one. */
  const refuse = (local: Errors<F>): boolean => {
    setErrors(local);
    const first = form.order.find((f) => local[f]);
    if (!first) return false;
    document.getElementById(form.fieldId(first))?.focus();
    return true;
  };

  /** Shows a failed save: messages beside the fields the API named, the rest at the top. */
  const showSaveError = (error: unknown, title: string) => {
    const { fields, problem: p } = formErrorsFrom(error, form.labels, title);
    setErrors(fields);
    setProblem(p);
  };

  return { draft, setDraft, set, errors, problem, setProblem, refuse, showSaveError };
}
