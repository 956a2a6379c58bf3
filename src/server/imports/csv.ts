/**
 * Reading an import file's CSV text into rows with their line numbers. The separator is the one the
 * header row uses: a comma, or a semicolon as Dutch spreadsheet programs write. A byte-order mark is
 * ignored. A file that cannot be read as CSV (an unclosed quote) is refused naming the line.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { ImportIssue, SourceRow } from '../../domain/imports/issues.ts';

export interface CsvTable {
  header: string[];
  rows: SourceRow[];
  /** Rows with more or fewer cells than the header, and unreadable text. */
  issues: ImportIssue[];
}

/** Most rows an import takes at once (a larger clinic imports in parts). */
export const MAX_IMPORT_ROWS = 20_000;

function separatorOf(text: string): ',' | ';' {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const commas = (first.match(/,/g) ?? []).length;
  const semicolons = (first.match(/;/g) ?? []).length;
  return semicolons > commas ? ';' : ',';
}

export function readCsv(text: string): CsvTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: separatorOf(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 0;
    const reason = err instanceof Error ? err.message.replace(/^Invalid [^:]*: /, '') : String(err);
    return {
      header: [],
      rows: [],
      issues: [{ line, column: null, message: `the file cannot be read as CSV: ${reason}` }],
    };
  }
  const [head, ...body] = records;
  if (!head)
    return { header: [], rows: [], issues: [{ line: 1, column: null, message: 'the file is empty' }] };
  const header = head.record.map((h) => h.trim());
  const issues: ImportIssue[] = [];
  if (body.length === 0)
    issues.push({ line: 1, column: null, message: 'the file has a header row but no rows' });
  if (body.length > MAX_IMPORT_ROWS)
    issues.push({
      line: 1,
      column: null,
      message: `the file has ${body.length} rows; import at most ${MAX_IMPORT_ROWS} at once`,
    });
  const rows: SourceRow[] = [];
  for (const { record, info } of body) {
    // The whole row blank (a spreadsheet's trailing separators): not a row.
    if (record.every((c) => c.trim() === '')) continue;
    if (record.length !== header.length) {
      issues.push({
        line: info.lines,
        column: null,
        message: `has ${record.length} cells; the header row has ${header.length}`,
      });
      continue;
    }
    rows.push({ line: info.lines, cells: Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])) });
  }
  return { header, rows, issues };
}

export const writeCsv = (rows: readonly (readonly string[])[]): string => stringify(rows as string[][]);
