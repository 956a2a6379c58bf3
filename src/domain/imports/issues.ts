/**
 * What an import reports: every problem of every row, each with its line (the line of the CSV file,
 * header = 1; for a FHIR Bundle the entry number), the column or path it concerns, and a reason in
 * plain words — so a clinic can fix the whole file in one pass instead of one error per upload.
 */
import { DomainError } from '../errors.ts';
import { issueAt } from './issue-codes.ts';

export interface ImportIssue {
  line: number;
  /** The column (CSV header name) or resource path; null for a problem of the whole row. */
  column: string | null;
  message: string;
  /**
   * The message's code and values, for a client to say it in its language: an import's own
   * (./issue-codes.ts), or the field code of a domain rule the row broke (../field-codes.ts).
   */
  code?: string;
  params?: Record<string, string | number>;
}

/** One row of a table read from a file: its line number and its cells by column name. */
export interface SourceRow {
  line: number;
  cells: Readonly<Record<string, string>>;
}

/** The message of a domain validation error, without the `field: ` prefix the API adds. */
export function plainMessage(err: unknown): string | null {
  if (!(err instanceof DomainError) || err.kind !== 'validation') return null;
  return err.fields[0]?.message ?? err.message;
}

/** The code and values of a domain validation error's first field, to carry into an issue. */
export function codeOf(err: unknown): Pick<ImportIssue, 'code' | 'params'> {
  const issue = err instanceof DomainError ? err.fields[0] : undefined;
  return issue?.code ? { code: issue.code, params: issue.params ?? {} } : {};
}

/**
 * Refuses an import whose rows have problems: a validation error (400) listing every issue, both
 * as `errors` (field `line N: column`) and as `issues` with their line numbers.
 */
export function refuseImport(what: string, issues: readonly ImportIssue[]): DomainError {
  const lines = new Set(issues.map((i) => i.line)).size;
  return new DomainError(
    'validation',
    `Nothing was imported: ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${lines} ${what} row${lines === 1 ? '' : 's'}. Fix them and import again; a dry run lists them all.`,
    issues.map((i) => ({
      field: `line ${i.line}${i.column ? `: ${i.column}` : ''}`,
      message: i.message,
      code: i.code,
      params: i.params,
    })),
    { issues },
    { code: 'import-refused', params: { count: issues.length, rows: lines } },
  );
}

/** Checks a header row against the columns a template allows; returns the problems (line 1). */
export function checkHeader(
  header: readonly string[],
  known: (name: string) => boolean,
  required: readonly string[],
  template: string,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (name === '') issues.push(issueAt(1, null, 'header-unnamed'));
    else if (seen.has(name)) issues.push(issueAt(1, name, 'header-twice'));
    else if (!known(name)) issues.push(issueAt(1, name, 'header-unknown', { template }));
    seen.add(name);
  }
  for (const name of required) if (!seen.has(name)) issues.push(issueAt(1, name, 'header-missing'));
  return issues;
}
