/**
 * The study table as typed (text in every cell), the request it becomes, and the errors that come
 * back: an empty cell or one that is not a number is caught here; a 400's `studies[3].ai` is
 * placed on the cell it names. Rows left completely empty are not sent, so request indices are
 * mapped back to rows. The real-world entry (real-world.ts) is built and its errors placed alike.
 */

import type { AnalysisRequest, NumericColumn, StudyRow } from '../../domain/meta/analysis.ts';
import type { Measure, Method, TestType } from '../../domain/meta/types.ts';
import { ApiError, fieldMessage } from '../http/problem.ts';
import { tKey } from '../i18n/labels.ts';
import { type ArmEntry, type Column, columnsFor } from './columns.ts';
import {
  buildRealWorld,
  isRealWorldField,
  NO_REAL_WORLD,
  type RealWorldDraft,
  type RealWorldErrors,
} from './real-world.ts';

export interface DraftRow {
  /** Stable React key and error address; never sent. */
  key: number;
  study: string;
  /** Values as typed, by escalc column; columns of other measures are kept while the measure changes. */
  cells: Partial<Record<NumericColumn, string>>;
}

export interface Settings {
  measure: Measure;
  method: Method;
  test: TestType;
  /** Confidence level in percent, as typed. */
  level: string;
  arms: ArmEntry;
}

/** Where a message belongs: a cell (`<row key>:<column>`), a settings field, or the summary only. */
export type CellAddress = `${number}:${string}`;
export const cellAddress = (key: number, column: NumericColumn | 'study'): CellAddress => `${key}:${column}`;

export type SettingsField = 'measure' | 'method' | 'test' | 'level';
const SETTINGS_FIELDS: readonly string[] = ['measure', 'method', 'test', 'level'];

export interface DraftErrors {
  cells: Partial<Record<CellAddress, string>>;
  settings: Partial<Record<SettingsField, string>>;
  /** The real-world panel's fields. */
  realWorld: RealWorldErrors;
  /** Messages no input on the page can show (a column the table does not show, the body as a whole). */
  other: string[];
}

export const NO_ERRORS: DraftErrors = { cells: {}, settings: {}, realWorld: {}, other: [] };
export const hasErrors = (e: DraftErrors): boolean =>
  Object.keys(e.cells).length > 0 ||
  Object.keys(e.settings).length > 0 ||
  Object.keys(e.realWorld).length > 0 ||
  e.other.length > 0;

let nextKey = 1;
export function newRow(study = '', cells: DraftRow['cells'] = {}): DraftRow {
  return { key: nextKey++, study, cells };
}

/** "1 234,5" is not accepted (a comma could be a separator); "−0.5" (minus sign) is. */
function parseNumber(text: string): number | null {
  const t = text.trim().replace(/\u2212/g, '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  return Number(t);
}

export interface Built {
  request: AnalysisRequest;
  /** Row key of each study sent, by its index in `request.studies`. */
  rowKeys: number[];
  errors: DraftErrors;
}

const isBlank = (row: DraftRow, columns: readonly Column[]) =>
  !row.study.trim() && columns.every((c) => !(row.cells[c.key] ?? '').trim());

/**
 * The request for the rows, settings and real-world entry; empty cells and cells that are not
 * numbers become errors instead.
 */
export function buildRequest(
  rows: readonly DraftRow[],
  settings: Settings,
  realWorld: RealWorldDraft = NO_REAL_WORLD,
): Built {
  const columns = columnsFor(settings.measure, settings.arms);
  const rw = buildRealWorld(realWorld, settings.measure, parseNumber);
  const errors: DraftErrors = { cells: {}, settings: {}, realWorld: rw.errors, other: [] };
  const studies: StudyRow[] = [];
  const rowKeys: number[] = [];
  for (const [index, row] of rows.entries()) {
    if (isBlank(row, columns)) continue;
    // A study left unnamed goes by the name its row shows ("Studie 3" in Dutch), so the results,
    // the plots and the server's messages name it as the table does, in the reader's language.
    const study: StudyRow = { study: row.study.trim() || tKey('meta:table.placeholder', { n: index + 1 }) };
    for (const c of columns) {
      const text = (row.cells[c.key] ?? '').trim();
      if (!text) {
        // Every column shown is needed (the server would name only the first gap).
        errors.cells[cellAddress(row.key, c.key)] = tKey('meta:draft.needsValue', {
          measure: settings.measure,
          column: c.key,
        });
        continue;
      }
      const value = parseNumber(text);
      if (value === null) errors.cells[cellAddress(row.key, c.key)] = tKey('meta:draft.number');
      else study[c.key] = value;
    }
    studies.push(study);
    rowKeys.push(row.key);
  }
  if (studies.length === 0) errors.other.push(tKey('meta:draft.oneStudy'));
  const level = parseNumber(settings.level);
  if (level === null || !(level > 1 && level < 100)) errors.settings.level = tKey('meta:draft.level');
  const request: AnalysisRequest = {
    measure: settings.measure,
    method: settings.method,
    test: settings.test,
    ...(level !== null ? { level } : {}),
    studies,
    ...(rw.value ? { realWorld: rw.value } : {}),
  };
  return { request, rowKeys, errors };
}

const STUDY_FIELD = /^studies\[(\d+)\]\.?(.*)$/;
const REAL_WORLD_FIELD = /^realWorld\.?(.*)$/;

/** A 400 problem's fields spread over the cells and settings they name. */
export function errorsFrom(
  error: unknown,
  built: Pick<Built, 'rowKeys'>,
  rows: readonly DraftRow[],
  shown: readonly Column[],
): DraftErrors {
  const out: DraftErrors = { cells: {}, settings: {}, realWorld: {}, other: [] };
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return out;
  const shownKeys = new Set<string>(shown.map((c) => c.key));
  const add = <K extends string>(into: Partial<Record<K, string>>, key: K, message: string) => {
    into[key] = into[key] ? `${into[key]} ${message}` : message;
  };
  for (const e of error.fieldErrors) {
    const message = fieldMessage(e);
    const m = STUDY_FIELD.exec(e.field);
    const rw = REAL_WORLD_FIELD.exec(e.field);
    if (rw) {
      const field = rw[1] ?? '';
      if (isRealWorldField(field)) add(out.realWorld, field, message);
      else
        out.other.push(
          field
            ? tKey('meta:draft.programField', { field, message })
            : tKey('meta:draft.program', { message }),
        );
    } else if (m) {
      const index = Number(m[1]);
      const column = m[2] ?? '';
      const key = built.rowKeys[index];
      const rowNumber = key === undefined ? index + 1 : rows.findIndex((r) => r.key === key) + 1;
      if (key !== undefined && (shownKeys.has(column) || column === 'study')) {
        add(out.cells, cellAddress(key, column as NumericColumn | 'study'), message);
      } else {
        out.other.push(
          column
            ? tKey('meta:draft.rowColumn', { row: rowNumber, column, message })
            : tKey('meta:draft.row', { row: rowNumber, message }),
        );
      }
    } else if (SETTINGS_FIELDS.includes(e.field)) {
      add(out.settings, e.field as SettingsField, message);
    } else {
      out.other.push(e.field && e.field !== '(body)' ? `${e.field}: ${message}` : message);
    }
  }
  return out;
}
