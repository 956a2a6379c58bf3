/**
 * Studies from the evidence library as rows of the meta-analysis ("analyse these studies"): each
 * study's outcomes reported as counts (responders of n) can be pooled as proportions (metafor's
 * measure PLO: xi events of ni). Only counts the library records are used; a study without any
 * is named, never filled in.
 */
import type { StudyRecord } from '../evidence/api.ts';
import { type DraftRow, newRow, type Settings } from './draft.ts';

/** The `studies` parameter of /meta: library study ids, comma-separated. */
export const STUDIES_PARAM = 'studies';

/**
 * The `program` parameter of /evidence and /meta: the program whose outcomes were open ("compare
 * with the published studies"); the meta-analysis starts with its estimate as the real-world row.
 */
export const PROGRAM_PARAM = 'program';

export const metaPathFor = (ids: readonly string[], programId?: string | null): string =>
  `/meta?${STUDIES_PARAM}=${ids.map(encodeURIComponent).join(',')}` +
  (programId ? `&${PROGRAM_PARAM}=${encodeURIComponent(programId)}` : '');

/** The program a page was opened for, or null. */
export const programFrom = (params: URLSearchParams): string | null =>
  params.get(PROGRAM_PARAM)?.trim() || null;

export const idsFrom = (params: URLSearchParams): string[] =>
  [
    ...new Set(
      (params.get(STUDIES_PARAM) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ].slice(0, 100);

export interface CountOutcome {
  /** Index into the record's outcomes. */
  index: number;
  events: number;
  total: number;
  /** "response (≥30% CAPS-5 improvement), ketamine + WET, week 12: 9 of 13". */
  text: string;
}

const isCount = (x: number | undefined): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** The study's outcomes given as events of a total (0 ≤ events ≤ total, total > 0), in the record's order. */
export function countOutcomes(record: Pick<StudyRecord, 'outcomes'>): CountOutcome[] {
  return record.outcomes.flatMap((o, index) =>
    isCount(o.events) && isCount(o.total) && o.total > 0 && o.events <= o.total
      ? [
          {
            index,
            events: o.events,
            total: o.total,
            text: `${o.quantity}, ${o.arm}, ${o.timepoint}: ${o.events} of ${o.total}`,
          },
        ]
      : [],
  );
}

/** The outcome offered first: the first response, else the first count. */
export function defaultOutcome(outcomes: readonly CountOutcome[]): CountOutcome | null {
  return outcomes.find((o) => /^response\b/i.test(o.text)) ?? outcomes[0] ?? null;
}

export interface LibraryChoice {
  /** Short citation, e.g. "Feder et al. 2025". */
  citation: string;
  outcome: CountOutcome;
}

/** One table row per chosen study (study label = its citation), and the settings that pool them. */
export function libraryTable(choices: readonly LibraryChoice[]): {
  rows: DraftRow[];
  settings: Partial<Settings>;
} {
  return {
    rows: choices.map((c) =>
      newRow(c.citation, { xi: String(c.outcome.events), ni: String(c.outcome.total) }),
    ),
    settings: { measure: 'PLO', method: 'REML' },
  };
}
