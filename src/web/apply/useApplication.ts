/**
 * The application form's state: the three sections' values, the section shown, its errors (all at
 * once), and sending — with the server's refusals put back at their fields and sections.
 */
import { useState } from 'react';
import type { ApplicationBody } from '../../api/front-office.ts';
import type { UiLanguage } from '../../domain/locale/locales.ts';
import { ApiError } from '../http/problem.ts';
import { type ApplicationForm, useSubmitApplication } from './api.ts';
import type { ApplyT } from './text.ts';
import {
  type Details,
  type FieldErrors,
  firstStepWithError,
  type MedicationRow,
  problemFieldErrors,
  STEPS,
  type Step,
  stepOf,
  todayIn,
  validateAnswers,
  validateDetails,
  validateMedications,
} from './validation.ts';

export function useApplication(
  slug: string,
  form: ApplicationForm,
  language: UiLanguage,
  timeZone: string,
  t: ApplyT,
) {
  const [details, setDetails] = useState<Details>({
    givenName: '',
    familyName: '',
    email: '',
    dateOfBirth: '',
    language: '',
  });
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [medications, setMedications] = useState<MedicationRow[]>([]);
  const [trap, setTrap] = useState('');
  const [step, setStep] = useState<Step>('details');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = useSubmitApplication(slug);
  const questionIds = form.questions.map((q) => q.id);
  // The applicant's language follows the page's until they choose one.
  const effective: Details = { ...details, language: details.language || language };

  const check = (s: Step): FieldErrors => {
    if (s === 'details') return validateDetails(effective, todayIn(timeZone), t);
    if (s === 'health') return validateAnswers(questionIds, answers, t);
    return validateMedications(medications, t);
  };
  const fail = (found: FieldErrors, at: Step) => {
    setErrors(found);
    setStep(at);
    setAttempt((n) => n + 1);
  };
  /** A field changed: its message goes (the others stay until the next attempt). */
  const clearErrors = (fields: string[]) =>
    setErrors((e) =>
      fields.some((f) => f in e)
        ? Object.fromEntries(Object.entries(e).filter(([f]) => !fields.includes(f)))
        : e,
    );
  const go = (to: Step) => {
    setErrors({});
    setFailure(null);
    setStep(to);
  };

  const next = () => {
    const found = check(step);
    if (Object.keys(found).length > 0) return fail(found, step);
    const i = STEPS.indexOf(step);
    if (i < STEPS.length - 1) return go(STEPS[i + 1]!);
    const all = Object.assign({}, ...STEPS.map(check)) as FieldErrors;
    const first = firstStepWithError(all);
    if (first)
      return fail(Object.fromEntries(Object.entries(all).filter(([f]) => first === stepOf(f))), first);
    send();
  };
  const back = () => go(STEPS[Math.max(0, STEPS.indexOf(step) - 1)]!);

  const send = () => {
    setFailure(null);
    submit.mutate(bodyOf(form, effective, answers, medications, trap), {
      onError: (error) => {
        const found = problemFieldErrors(error, t);
        const first = firstStepWithError(found);
        if (first) return fail(found, first);
        setFailure(error instanceof ApiError && error.status === 429 ? t('rateLimited') : t('submitFailed'));
        setAttempt((n) => n + 1);
      },
    });
  };

  return {
    details: effective,
    setDetails: (patch: Partial<Details>) => {
      setDetails((d) => ({ ...d, ...patch }));
      clearErrors(Object.keys(patch));
    },
    answers,
    setAnswer: (id: string, answer: string) => {
      setAnswers((a) => ({ ...a, [id]: answer }));
      clearErrors([`answers.${id}`]);
    },
    medications,
    setMedications,
    trap,
    setTrap,
    step,
    errors,
    attempt,
    failure,
    next,
    back,
    sending: submit.isPending,
    sent: submit.isSuccess,
    questionIds,
  };
}

/** What is sent: trimmed values, every question's answer, the trap field and the form token. */
function bodyOf(
  form: ApplicationForm,
  details: Details,
  answers: Record<string, string>,
  medications: MedicationRow[],
  trap: string,
): ApplicationBody {
  return {
    cohortId: form.cohortId,
    givenName: details.givenName.trim(),
    familyName: details.familyName.trim(),
    email: details.email.trim(),
    dateOfBirth: details.dateOfBirth,
    language: details.language,
    answers: Object.fromEntries(form.questions.map((q) => [q.id, answers[q.id] ?? ''])),
    medications: medications.map((m) => ({
      name: m.name.trim(),
      dose: m.dose.trim(),
      frequency: m.frequency.trim(),
    })),
    website: trap,
    formToken: form.formToken,
  };
}
