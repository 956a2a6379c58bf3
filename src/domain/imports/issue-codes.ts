/**
 * The problems an import finds in a row, by code, with their English text and the `{{values}}` each
 * names. An issue carries `code` and `params` beside its English `message`, so the web says it in
 * the reader's language (src/web/i18n/resources/nl/imports.ts `issueCodes`).
 */
import type { ImportIssue } from './issues.ts';

export const IMPORT_ISSUE_TEXTS = {
  'header-unnamed': 'a column has no name in the header row',
  'header-twice': 'appears twice in the header row',
  'header-unknown': 'is not a column of the {{template}} template',
  'header-missing': 'is missing: the header row must have this column',
  required: 'is empty; this column is required',
  'too-long': 'is {{length}} characters long; at most {{max}} fit',
  'not-one-of': '"{{value}}" is not one of {{allowed}}',
  'not-email': '"{{value}}" is not an email address',
  'notes-forbidden': 'your role may not write clinical notes: leave this column empty',
  'client-empty': 'is empty: give the client’s email or Threshold client id',
  'client-unknown': '"{{value}}" is neither an email address nor a Threshold client id',
  'instrument-empty': 'is empty: give the instrument id, e.g. phq-9',
  'instrument-unknown': '"{{value}}" is not an instrument Threshold knows',
  'item-foreign': 'is not an item of the {{instrument}}; leave it empty on {{instrument}} rows',
  'item-not-integer': '"{{value}}" is not a whole number (item {{item}} of the {{instrument}})',
  'item-out-of-range':
    '{{value}} is not an answer of item {{item}} of the {{instrument}} ({{min}} to {{max}})',
  'item-empty': 'is empty: item {{item}} of the {{instrument}} is needed to score it',
  'bundle-not-fhir': 'the file is not a FHIR Bundle',
  'bundle-empty': 'the Bundle has no entries',
  'authored-required': 'is required in an import: when the questionnaire was completed',
  'completed-at-empty': 'is empty: give when the questionnaire was completed',
  'completed-at-not-date-time':
    '"{{value}}" is not a date and time: write 2024-05-02T10:30:00+02:00 (with the time zone) or a date 2024-05-02',
  'completed-at-not-calendar-date': '"{{value}}" is not a calendar date',
  'completed-at-future': '{{value}} is in the future',
  'completed-at-before-1900': '{{value}} is before 1900',
} as const;

export type ImportIssueCode = keyof typeof IMPORT_ISSUE_TEXTS;

/** An issue of one line and column, its message the code's English text with its values filled in. */
export function issueAt(
  line: number,
  column: string | null,
  code: ImportIssueCode,
  params: Readonly<Record<string, string | number>> = {},
): ImportIssue {
  const message = IMPORT_ISSUE_TEXTS[code].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
  return { line, column, message, code, params: { ...params } };
}
