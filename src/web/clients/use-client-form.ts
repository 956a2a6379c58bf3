/**
 * Form state shared by the new-client page and the client editor: the draft, field errors and a
 * form-level problem, local checks before submitting, and server errors mapped onto the fields.
 */
import { useState } from 'react';
import { focusFirstError } from './ClientForm.tsx';
import { type ClientDraft, type ClientField, type ClientFieldErrors, checkDraft } from './draft.ts';
import { type FormProblem, formErrorsFrom } from './form-errors.ts';

export function useClientForm(initial: ClientDraft | (() => ClientDraft)) {
  const [draft, setDraft] = useState<ClientDraft>(initial);
  const [errors, setErrors] = useState<ClientFieldErrors>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const onChange = (field: ClientField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };

  /** Checks the draft locally; shows and focuses the first error. True when it may be sent. */
  const validate = (): boolean => {
    const local = checkDraft(draft);
    setErrors(local);
    setProblem(null);
    if (Object.keys(local).length) {
      focusFirstError(local);
      return false;
    }
    return true;
  };

  /** Shows a failed save: field errors next to their inputs, anything else as a form problem. */
  const showError = (error: unknown) => {
    const { fields, problem: p } = formErrorsFrom(error);
    setErrors(fields);
    setProblem(p);
    focusFirstError(fields);
  };

  return { draft, setDraft, errors, problem, onChange, validate, showError };
}
