/**
 * Importing past questionnaire responses: the CSV template (who, which instrument, when, then one
 * column per item linkId), and the check of each row against the instrument's own definition —
 * unknown items, answers that are not whole numbers or not an option of the item, unanswered
 * scored items — every problem of the row named, then the instrument's scoring as the last word.
 * The client is named by email or by Threshold client id; the server looks them up.
 */
import type { Answers, InstrumentDefinition, Score } from '../instruments/types.ts';
import type { RowCheck } from './clients.ts';
import { type ImportIssueCode, issueAt } from './issue-codes.ts';
import { codeOf, type ImportIssue, plainMessage, type SourceRow } from './issues.ts';

export const RESPONSE_COLUMNS = ['client', 'instrument', 'completedAt'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export type ClientRef = { kind: 'id'; id: string } | { kind: 'email'; email: string };

export interface ImportedResponse {
  client: ClientRef;
  instrument: InstrumentDefinition;
  /** ISO-8601 UTC. */
  administeredAt: string;
  answers: Answers;
  score: Score;
}

/** The template for the given instruments: the fixed columns, then each item linkId once. */
export function responseTemplateRows(instruments: readonly InstrumentDefinition[]): string[][] {
  const linkIds: string[] = [];
  for (const def of instruments)
    for (const i of def.items) if (!linkIds.includes(i.linkId)) linkIds.push(i.linkId);
  const first = instruments[0];
  const example = first
    ? [
        'anna@example.org',
        first.id,
        '2024-05-02T10:30:00+02:00',
        ...linkIds.map((id) => {
          const item = first.items.find((i) => i.linkId === id);
          return item ? String(item.options[0]?.value ?? '') : '';
        }),
      ]
    : [];
  return [[...RESPONSE_COLUMNS, ...linkIds], ...(first ? [example] : [])];
}

/** A client named by Threshold client id or by email; null when it is neither. */
export function parseClientRef(value: string): ClientRef | null {
  const v = value.trim();
  if (UUID.test(v)) return { kind: 'id', id: v.toLowerCase() };
  if (EMAIL.test(v)) return { kind: 'email', email: v.toLowerCase() };
  return null;
}

/** Why a completion time was refused: an import issue's code and its values. */
export interface CompletedAtRefusal {
  code: ImportIssueCode;
  params: Record<string, string>;
}

/**
 * When a questionnaire was completed: a date and time with its zone, or a date alone (taken as
 * 12:00 UTC, which is the same calendar day in Europe). Not in the future, not before 1900.
 * A refusal is coded (./issue-codes.ts) so the web says it in the reader's language.
 */
export function parseCompletedAt(value: string, now: Date): { at: string } | { error: CompletedAtRefusal } {
  const v = value.trim();
  const refuse = (code: ImportIssueCode) => ({ error: { code, params: { value: v } } });
  let t: number;
  if (DATE.test(v)) t = Date.parse(`${v}T12:00:00Z`);
  else if (DATE_TIME.test(v)) t = Date.parse(v.replace(' ', 'T'));
  else return refuse('completed-at-not-date-time');
  if (Number.isNaN(t) || (DATE.test(v) && new Date(t).toISOString().slice(0, 10) !== v))
    return refuse('completed-at-not-calendar-date');
  if (t > now.getTime()) return refuse('completed-at-future');
  if (t < Date.UTC(1900, 0, 1)) return refuse('completed-at-before-1900');
  return { at: new Date(t).toISOString() };
}

/** Answers of the row's instrument from its item columns; every cell that is not an answer is named. */
function answersOf(
  row: SourceRow,
  def: InstrumentDefinition,
  fail: (column: string, code: ImportIssueCode, params?: Record<string, string | number>) => void,
) {
  const items = new Map(def.items.map((i) => [i.linkId, i]));
  const answers: Record<string, number | null> = {};
  for (const [column, raw] of Object.entries(row.cells)) {
    if ((RESPONSE_COLUMNS as readonly string[]).includes(column)) continue;
    const v = raw.trim();
    if (v === '') continue;
    const item = items.get(column);
    if (!item) {
      fail(column, 'item-foreign', { instrument: def.shortName });
      continue;
    }
    if (!/^-?\d+$/.test(v)) {
      fail(column, 'item-not-integer', { value: v, item: item.number, instrument: def.shortName });
      continue;
    }
    const n = Number(v);
    if (!item.options.some((o) => o.value === n)) {
      const values = item.options.map((o) => o.value);
      fail(column, 'item-out-of-range', {
        value: n,
        item: item.number,
        instrument: def.shortName,
        min: Math.min(...values),
        max: Math.max(...values),
      });
      continue;
    }
    answers[column] = n;
  }
  for (const item of def.items)
    if (item.scored && answers[item.linkId] === undefined && !row.cells[item.linkId]?.trim())
      fail(item.linkId, 'item-empty', { item: item.number, instrument: def.shortName });
  return answers;
}

/** Checks one CSV row of past responses; the client reference is resolved by the caller. */
export function checkResponseRow(
  row: SourceRow,
  lookup: (id: string) => InstrumentDefinition | undefined,
  now: Date = new Date(),
): RowCheck<ImportedResponse> {
  const issues: ImportIssue[] = [];
  const fail = (column: string, code: ImportIssueCode, params: Record<string, string | number> = {}) =>
    issues.push(issueAt(row.line, column, code, params));
  const cell = (name: string) => (row.cells[name] ?? '').trim();

  const clientText = cell('client');
  const client = parseClientRef(clientText);
  if (clientText === '') fail('client', 'client-empty');
  else if (!client) fail('client', 'client-unknown', { value: clientText });

  const instrumentId = cell('instrument').toLowerCase();
  const instrument = instrumentId ? lookup(instrumentId) : undefined;
  if (instrumentId === '') fail('instrument', 'instrument-empty');
  else if (!instrument) fail('instrument', 'instrument-unknown', { value: cell('instrument') });

  const when = cell('completedAt');
  const completed =
    when === ''
      ? { error: { code: 'completed-at-empty' as const, params: {} } }
      : parseCompletedAt(when, now);
  if ('error' in completed) fail('completedAt', completed.error.code, completed.error.params);

  const answers = instrument ? answersOf(row, instrument, fail) : {};
  if (issues.length || !instrument || !client || 'error' in completed) return { ok: false, issues };
  return scoreRow(row.line, { client, instrument, administeredAt: completed.at, answers });
}

/** Scores a checked row with the instrument's definition; a refusal becomes the row's issue. */
export function scoreRow(
  line: number,
  r: Omit<ImportedResponse, 'score'>,
  column: (linkId: string) => string = (linkId) => linkId,
): RowCheck<ImportedResponse> {
  try {
    return { ok: true, line, value: { ...r, score: r.instrument.score(r.answers) } };
  } catch (err) {
    const reason = plainMessage(err);
    if (reason === null) throw err;
    const field =
      err instanceof Error && 'fields' in err
        ? (err as { fields: { field: string }[] }).fields[0]?.field
        : undefined;
    const linkId = field?.startsWith('answers.') ? field.slice('answers.'.length) : null;
    return {
      ok: false,
      issues: [{ line, column: linkId ? column(linkId) : null, message: reason, ...codeOf(err) }],
    };
  }
}
