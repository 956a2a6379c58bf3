/**
 * Every CSV Threshold writes goes through here. A text cell that a spreadsheet would read as a
 * formula — one starting with =, +, -, @, a tab or a carriage return (OWASP, "CSV Injection") — is
 * written with a leading apostrophe, so Excel and LibreOffice show it as text and run nothing.
 * Numbers are written as numbers, a negative one too (-3.5 stays -3.5), so R, readr and pandas
 * read numeric columns unchanged; only text is ever altered.
 */
import { stringify } from 'csv-stringify/sync';

/** A cell: text (guarded), a finite number (as is), or null (the missing-value marker). */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text as a spreadsheet shows it literally. */
export const guardText = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

function cellText(cell: CsvCell, missing: string): string {
  if (cell === null) return missing;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : missing;
  return guardText(cell);
}

/** Lines of CSV (RFC 4180 quoting, each ending in a newline) for these rows. */
export function csvLines(rows: readonly (readonly CsvCell[])[], missing = 'NA'): string {
  return stringify(rows.map((row) => row.map((cell) => cellText(cell, missing))));
}
