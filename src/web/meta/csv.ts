/**
 * Study tables pasted as CSV with metafor's escalc column names (ai, bi, ci, di, n1i, n2i, xi, ni,
 * m1i, sd1i, m2i, sd2i, yi, vi) and an optional label column (study, or author with year), as R's
 * write.csv writes them: comma, semicolon or tab separated, quoted or not, "NA" for a missing value.
 */

import { NUMERIC_COLUMNS, type NumericColumn } from '../../domain/meta/columns.ts';
import { tKey } from '../i18n/labels.ts';

export const CSV_COLUMNS = NUMERIC_COLUMNS;

const LABEL_COLUMNS = ['study', 'label', 'author', 'trial'];

export interface CsvStudy {
  study: string;
  cells: Partial<Record<NumericColumn, string>>;
}

export interface CsvTable {
  rows: CsvStudy[];
  /** The escalc columns found, in the file's order. */
  columns: NumericColumn[];
  /** Header names that are neither escalc columns nor a label (ignored). */
  ignored: string[];
}

function delimiterOf(header: string): string {
  if (header.includes('\t')) return '\t';
  if (header.includes(';') && !header.includes(',')) return ';';
  return ',';
}

/** Splits CSV text into records of fields (RFC 4180 quoting: "a ""b""", line breaks inside quotes). */
export function splitCsv(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => r.some((f) => f.trim() !== ''));
}

const isNumericColumn = (name: string): name is NumericColumn =>
  (CSV_COLUMNS as readonly string[]).includes(name);

/** Reads a pasted table; throws an Error with a sentence for the user when it cannot. */
export function parseStudyCsv(text: string): CsvTable {
  const firstLine = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
  const records = splitCsv(text.trim(), delimiterOf(firstLine));
  const header = records[0]?.map((h) => h.trim());
  if (!header) throw new Error(tKey('metaCsv:empty'));
  const names = header.map((h) => h.toLowerCase());
  const columns = names.filter(isNumericColumn);
  if (columns.length === 0) throw new Error(tKey('metaCsv:noColumn', { header: header.join(', ') }));
  const duplicate = columns.find((c, i) => columns.indexOf(c) !== i);
  if (duplicate) throw new Error(tKey('metaCsv:twice', { column: duplicate }));
  const label = LABEL_COLUMNS.map((l) => names.indexOf(l)).find((i) => i >= 0) ?? -1;
  const year = names.indexOf('year');
  const ignored = header.filter(
    (h, i) => h !== '' && !isNumericColumn(names[i]!) && i !== label && !(i === year && label >= 0),
  );
  const rows = records.slice(1).map((record) => {
    const cell = (i: number) => (i >= 0 ? (record[i] ?? '').trim() : '');
    const cells: CsvStudy['cells'] = {};
    names.forEach((name, i) => {
      const value = cell(i);
      if (isNumericColumn(name) && value !== '' && value.toUpperCase() !== 'NA') cells[name] = value;
    });
    const study = [cell(label), label >= 0 ? cell(year) : ''].filter(Boolean).join(' ');
    return { study, cells };
  });
  if (rows.length === 0) throw new Error(tKey('metaCsv:noStudies'));
  return { rows, columns, ignored };
}
