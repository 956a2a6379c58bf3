/**
 * Walks a record's facts: everything with a verification status (facts, outcomes, cautions,
 * circulated citations), and anything that is not inside one — which the library must not have,
 * except the record's id and our label.
 */
import { FACT_STATUSES, type FactStatus, type StudyRecord } from './types.ts';

export interface FactRef {
  path: string;
  status: FactStatus;
  source: string;
}

/** A node that carries a status: a Fact, an Outcome, a Caution or a CirculatedCitation. */
function statusOf(node: object): { status: unknown; source: unknown } | null {
  if (!('status' in node)) return null;
  const n = node as { status: unknown; source?: unknown; provenance?: unknown };
  return { status: n.status, source: n.source ?? n.provenance };
}

const UNSOURCED_OK = new Set(['id', 'label']);

function walk(node: unknown, path: string, facts: FactRef[], loose: string[]): void {
  if (node === null || node === undefined) return;
  if (typeof node !== 'object') {
    if (!UNSOURCED_OK.has(path)) loose.push(path);
    return;
  }
  if (Array.isArray(node)) {
    for (const [i, x] of node.entries()) walk(x, `${path}[${i}]`, facts, loose);
    return;
  }
  const s = statusOf(node);
  if (s) {
    facts.push({
      path,
      status: s.status as FactStatus,
      source: typeof s.source === 'string' ? s.source : '',
    });
    return;
  }
  for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k, facts, loose);
}

export function listFacts(record: StudyRecord): FactRef[] {
  const facts: FactRef[] = [];
  walk(record, '', facts, []);
  return facts;
}

/** Problems: values outside any fact, facts with an unknown status or without a source. */
export function factProblems(record: StudyRecord): string[] {
  const facts: FactRef[] = [];
  const loose: string[] = [];
  walk(record, '', facts, loose);
  return [
    ...loose.map((p) => `${p}: not inside a fact with a status`),
    ...facts
      .filter((f) => !(FACT_STATUSES as readonly string[]).includes(f.status))
      .map((f) => `${f.path}: unknown status "${f.status}"`),
    ...facts.filter((f) => !f.source.trim()).map((f) => `${f.path}: no source`),
  ];
}

/** How many facts have each status. */
export function statusCounts(record: StudyRecord): Record<FactStatus, number> {
  const counts: Record<FactStatus, number> = { confirmed: 0, corrected: 0, secondary: 0, unverified: 0 };
  for (const f of listFacts(record)) counts[f.status]++;
  return counts;
}
