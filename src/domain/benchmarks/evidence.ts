/**
 * The published trials shown beside a program's public outcomes: each study's reported response
 * and remission results, with the verification status and the place in the source of each, and
 * nothing the library does not hold. A study that reports neither is still listed, so a reader
 * sees it was chosen and has no comparable number.
 */
import type { FactStatus, StudyRecord } from '../evidence/types.ts';

export interface BesideResult {
  measure: string;
  timepoint: string;
  arm: string;
  quantity: string;
  events: number | null;
  total: number | null;
  percent: number | null;
  status: FactStatus;
  provenance: string;
}

export interface BesideStudy {
  id: string;
  label: string;
  /** The citation's title and year as the library holds them, with their status. */
  title: string | null;
  year: number | null;
  citationStatus: FactStatus;
  doi: string | null;
  /** The design in words, as the library holds it. */
  design: string | null;
  results: BesideResult[];
}

const COMPARABLE = /\b(response|responders?|remission|remitted)\b/i;

export function besideStudy(s: StudyRecord): BesideStudy {
  const csl = s.citation.value;
  const year = csl.issued?.['date-parts']?.[0]?.[0];
  return {
    id: s.id,
    label: s.label,
    title: typeof csl.title === 'string' ? csl.title : null,
    year: typeof year === 'number' ? year : null,
    citationStatus: s.citation.status,
    doi: s.doi?.value ?? null,
    design: s.design?.value?.text ?? null,
    results: s.outcomes
      .filter((o) => COMPARABLE.test(o.quantity))
      .map((o) => ({
        measure: o.measure,
        timepoint: o.timepoint,
        arm: o.arm,
        quantity: o.quantity,
        events: o.events ?? null,
        total: o.total ?? null,
        percent: o.percent ?? null,
        status: o.status,
        provenance: o.provenance,
      })),
  };
}
