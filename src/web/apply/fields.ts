/** Where a field lives on the page: its element's id, and its name in the error summary. */
import type { ApplyT } from './text.ts';

export const fieldId = (field: string): string => `apply-${field.replace(/\./g, '-')}`;

/** The element the summary's link moves to: a question's first answer, else the field itself. */
export const targetId = (field: string): string =>
  field.startsWith('answers.') ? `${fieldId(field)}-yes` : fieldId(field);

const DETAIL_LABELS = {
  givenName: 'givenName',
  familyName: 'familyName',
  email: 'email',
  dateOfBirth: 'dateOfBirth',
  language: 'applicantLanguage',
} as const;

/** "First name", "Question 3", "Medicine 2: name" — or null for a field the form does not show. */
export function fieldLabel(field: string, questionIds: readonly string[], t: ApplyT): string | null {
  if (field in DETAIL_LABELS) return t(DETAIL_LABELS[field as keyof typeof DETAIL_LABELS]);
  if (field.startsWith('answers.')) {
    const index = questionIds.indexOf(field.slice(8));
    return index >= 0 ? t('questionNumber', { number: index + 1 }) : null;
  }
  const med = /^medications\.(\d+)\.name$/.exec(field);
  if (med) return t('medicationName', { number: Number(med[1]) + 1 });
  return null;
}
