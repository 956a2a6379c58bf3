/**
 * Importing clients from a CSV file: the template (one column per field of the client record), the
 * check of each row — every problem named in plain words, not only the first — and duplicate
 * detection: a row with the email of an existing client, or the same name and date of birth, is a
 * duplicate to report, never a second record of the same person.
 */
import { can, type Role } from '../access/roles.ts';
import { type ClientFields, checkDateOfBirth, normalizeClient, SEX_AT_BIRTH } from '../clients/client.ts';
import { type ImportIssueCode, issueAt } from './issue-codes.ts';
import { codeOf, type ImportIssue, plainMessage, type SourceRow } from './issues.ts';

export const CLIENT_LANGUAGES = ['en', 'nl'] as const;
export type ClientLanguage = (typeof CLIENT_LANGUAGES)[number];

export interface TemplateColumn {
  name: string;
  required: boolean;
  /** What goes in it, in plain words (the user guide and the import page print these). */
  description: string;
  example: string;
  maxLength: number;
}

export const CLIENT_COLUMNS: readonly TemplateColumn[] = [
  { name: 'givenName', required: true, description: 'First name', example: 'Anna', maxLength: 100 },
  { name: 'familyName', required: true, description: 'Family name', example: 'de Vries', maxLength: 100 },
  {
    name: 'preferredName',
    required: false,
    description: 'Name the client goes by',
    example: 'Annie',
    maxLength: 100,
  },
  {
    name: 'dateOfBirth',
    required: true,
    description: 'Date of birth, written YYYY-MM-DD',
    example: '1984-03-15',
    maxLength: 10,
  },
  {
    name: 'sexAtBirth',
    required: true,
    description: `Sex at birth: ${SEX_AT_BIRTH.join(', ')}`,
    example: 'female',
    maxLength: 20,
  },
  {
    name: 'gender',
    required: false,
    description: 'Gender, in the words the client uses',
    example: 'woman',
    maxLength: 100,
  },
  {
    name: 'email',
    required: false,
    description: 'Email address (questionnaire invitations go here)',
    example: 'anna@example.org',
    maxLength: 254,
  },
  { name: 'phone', required: false, description: 'Phone number', example: '+31 6 12345678', maxLength: 50 },
  {
    name: 'address',
    required: false,
    description: 'Postal address',
    example: 'Keizersgracht 1, 1015 CC Amsterdam',
    maxLength: 500,
  },
  {
    name: 'emergencyContactName',
    required: false,
    description: 'Emergency contact: name',
    example: 'Pieter de Vries',
    maxLength: 200,
  },
  {
    name: 'emergencyContactRelationship',
    required: false,
    description: 'Emergency contact: relationship',
    example: 'partner',
    maxLength: 100,
  },
  {
    name: 'emergencyContactPhone',
    required: false,
    description: 'Emergency contact: phone',
    example: '+31 6 87654321',
    maxLength: 50,
  },
  {
    name: 'language',
    required: false,
    description: `Language of emails and the client portal: ${CLIENT_LANGUAGES.join(' or ')} (empty: en)`,
    example: 'nl',
    maxLength: 2,
  },
  {
    name: 'notes',
    required: false,
    description: 'Clinical notes (only roles that may write clinical notes may fill this column)',
    example: '',
    maxLength: 20000,
  },
];

const BY_NAME = new Map(CLIENT_COLUMNS.map((c) => [c.name, c]));
export const isClientColumn = (name: string): boolean => BY_NAME.has(name);
export const REQUIRED_CLIENT_COLUMNS = CLIENT_COLUMNS.filter((c) => c.required).map((c) => c.name);

/** The template: the header row and one example row. */
export function clientTemplateRows(): string[][] {
  return [CLIENT_COLUMNS.map((c) => c.name), CLIENT_COLUMNS.map((c) => c.example)];
}

export type ImportedClient = ClientFields & { language: ClientLanguage };

export type RowCheck<T> = { ok: true; line: number; value: T } | { ok: false; issues: ImportIssue[] };

/** Checks one row and returns the normalized client, or every problem of the row. */
export function checkClientRow(
  row: SourceRow,
  role: Role,
  today: Date = new Date(),
): RowCheck<ImportedClient> {
  const issues: ImportIssue[] = [];
  const fail = (column: string, code: ImportIssueCode, params: Record<string, string | number> = {}) =>
    issues.push(issueAt(row.line, column, code, params));
  const cell = (name: string) => (row.cells[name] ?? '').trim();

  for (const col of CLIENT_COLUMNS) {
    const v = cell(col.name);
    if (col.required && v === '') fail(col.name, 'required');
    else if (v.length > col.maxLength) fail(col.name, 'too-long', { length: v.length, max: col.maxLength });
  }
  const dob = cell('dateOfBirth');
  if (dob !== '') {
    try {
      checkDateOfBirth(dob, today);
    } catch (err) {
      const reason = plainMessage(err);
      if (reason === null) throw err;
      issues.push({
        line: row.line,
        column: 'dateOfBirth',
        message: reason.includes(dob) ? reason : `${dob} ${reason}`,
        ...codeOf(err),
      });
    }
  }
  const sex = cell('sexAtBirth').toLowerCase();
  if (sex !== '' && !(SEX_AT_BIRTH as readonly string[]).includes(sex))
    fail('sexAtBirth', 'not-one-of', { value: cell('sexAtBirth'), allowed: SEX_AT_BIRTH.join(', ') });
  const email = cell('email');
  if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail('email', 'not-email', { value: email });
  const language = cell('language').toLowerCase() || 'en';
  if (!(CLIENT_LANGUAGES as readonly string[]).includes(language))
    fail('language', 'not-one-of', { value: cell('language'), allowed: CLIENT_LANGUAGES.join(', ') });
  if (cell('notes') !== '' && !can(role, 'client.notes.write')) fail('notes', 'notes-forbidden');
  if (issues.length) return { ok: false, issues };

  try {
    const fields = normalizeClient(
      {
        givenName: cell('givenName'),
        familyName: cell('familyName'),
        preferredName: cell('preferredName'),
        dateOfBirth: dob,
        sexAtBirth: sex as ClientFields['sexAtBirth'],
        gender: cell('gender'),
        email,
        phone: cell('phone'),
        address: cell('address'),
        emergencyContact: {
          name: cell('emergencyContactName'),
          relationship: cell('emergencyContactRelationship'),
          phone: cell('emergencyContactPhone'),
        },
        notes: cell('notes'),
      },
      today,
    );
    return { ok: true, line: row.line, value: { ...fields, language: language as ClientLanguage } };
  } catch (err) {
    const reason = plainMessage(err);
    if (reason === null) throw err;
    return { ok: false, issues: [{ line: row.line, column: null, message: reason, ...codeOf(err) }] };
  }
}

/** The same person, as duplicate detection compares them: email, and name with date of birth. */
export interface PersonKey {
  email: string | null;
  nameAndBirth: string;
}

const fold = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('und');

export function personKey(c: {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  email: string | null;
}): PersonKey {
  return {
    email: c.email ? fold(c.email) : null,
    nameAndBirth: `${fold(c.givenName)}\u0000${fold(c.familyName)}\u0000${c.dateOfBirth}`,
  };
}

export interface ExistingClient {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  email: string | null;
  archived: boolean;
}

export interface Duplicate {
  line: number;
  /** The existing client it matches, or null when it repeats an earlier row of the file. */
  existingClientId: string | null;
  message: string;
}

/**
 * Rows that are the same person as an existing client (same email, or same name and date of
 * birth) or as an earlier row of the same file. Each is reported once, with what matched.
 */
export function findDuplicates(
  rows: readonly { line: number; value: ImportedClient }[],
  existing: readonly ExistingClient[],
): Duplicate[] {
  const byEmail = new Map<string, ExistingClient>();
  const byName = new Map<string, ExistingClient>();
  for (const c of existing) {
    const k = personKey(c);
    if (k.email && !byEmail.has(k.email)) byEmail.set(k.email, c);
    if (!byName.has(k.nameAndBirth)) byName.set(k.nameAndBirth, c);
  }
  const fileEmail = new Map<string, number>();
  const fileName = new Map<string, number>();
  const out: Duplicate[] = [];
  const label = (c: ExistingClient) =>
    `${c.givenName} ${c.familyName}, born ${c.dateOfBirth}${c.archived ? ', archived' : ''}`;
  for (const { line, value } of rows) {
    const k = personKey(value);
    const sameEmail = k.email ? byEmail.get(k.email) : undefined;
    const sameName = byName.get(k.nameAndBirth);
    if (sameEmail)
      out.push({
        line,
        existingClientId: sameEmail.id,
        message: `has the email of an existing client (${label(sameEmail)})`,
      });
    else if (sameName)
      out.push({
        line,
        existingClientId: sameName.id,
        message: `has the name and date of birth of an existing client (${label(sameName)})`,
      });
    else if (k.email && fileEmail.has(k.email))
      out.push({
        line,
        existingClientId: null,
        message: `has the same email as line ${fileEmail.get(k.email)}`,
      });
    else if (fileName.has(k.nameAndBirth))
      out.push({
        line,
        existingClientId: null,
        message: `has the same name and date of birth as line ${fileName.get(k.nameAndBirth)}`,
      });
    if (k.email && !fileEmail.has(k.email)) fileEmail.set(k.email, line);
    if (!fileName.has(k.nameAndBirth)) fileName.set(k.nameAndBirth, line);
  }
  return out;
}
