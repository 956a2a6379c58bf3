/**
 * One enrollment's series for one instrument as it is stored (compact JSON, see migration
 * 0006-outcomes) and read back: from the program rules' matching of responses to scheduled
 * timepoints, to the analysis input with each point's due-ness decided at the moment of reading.
 */
import type { AssessmentDue } from '../programs/types.ts';
import { timepointKey } from './timepoints.ts';
import type { OutcomeSubject, SubjectAttributes } from './types.ts';

/** [timepointKey, score, dueAt, windowClosesAt, answeredAt]; instants in epoch seconds. */
export type StoredPoint = [string, number | null, number | null, number | null, number | null];

export interface ScoredResponse {
  total: number;
  administeredAt: string;
}

const seconds = (iso: string | null): number | null =>
  iso === null ? null : Math.floor(Date.parse(iso) / 1000);

/** The stored points per instrument, from a client's due list and the scores of its responses. */
export function seriesByInstrument(
  due: readonly AssessmentDue[],
  responses: ReadonlyMap<string, ScoredResponse>,
): Map<string, StoredPoint[]> {
  const out = new Map<string, StoredPoint[]>();
  for (const d of due) {
    const r = d.responseId ? responses.get(d.responseId) : undefined;
    const point: StoredPoint = [
      timepointKey(d.planKey, d.occurrence),
      r ? r.total : null,
      seconds(d.dueAt),
      seconds(d.windowClosesAt),
      r ? seconds(r.administeredAt) : null,
    ];
    const list = out.get(d.instrumentId);
    if (list) list.push(point);
    else out.set(d.instrumentId, [point]);
  }
  return out;
}

export function parsePoints(json: string): StoredPoint[] {
  return JSON.parse(json) as StoredPoint[];
}

/**
 * The analysis view of a stored series at `nowSeconds`: a point is due once answered or once its
 * window has closed; a point with no date yet (its anchor not scheduled) is not due.
 */
export function toSubject(
  id: string,
  attributes: SubjectAttributes,
  started: boolean,
  points: readonly StoredPoint[],
  nowSeconds: number,
): OutcomeSubject {
  const out: OutcomeSubject['points'] = {};
  for (const [key, score, , closes] of points) {
    out[key] = { score, due: score !== null || (closes !== null && closes < nowSeconds) };
  }
  return { id, attributes, started, points: out };
}
