/** A study as one row of a list: what a clinician scans before opening the record. */

import type { StudySummary } from '../../api/evidence.ts';
import { statusCounts } from '../../domain/evidence/facts.ts';
import { shortCitation, yearOf } from '../../domain/evidence/text.ts';
import type { StudyRecord } from '../../domain/evidence/types.ts';

/** The headline sample size: analysed, else randomised, else started. */
function sizeOf(r: StudyRecord): StudySummary['n'] {
  const n = r.n?.value;
  const value = n?.analysed ?? n?.randomised ?? n?.started;
  return r.n && value !== undefined ? { value, status: r.n.status } : null;
}

export function toSummary(
  e: { record: StudyRecord; source: StudySummary['source'] },
  matchedIn: string[],
): StudySummary {
  const r = e.record;
  const c = r.citation.value;
  return {
    id: r.id,
    source: e.source,
    label: r.label,
    title: c.title ?? null,
    citation: shortCitation(r),
    year: yearOf(c),
    journal: c['container-title'] ?? null,
    doi: r.doi?.value ?? c.DOI ?? null,
    citationStatus: r.citation.status,
    design: r.design?.value.kind ?? null,
    conditions: r.conditions.value,
    n: sizeOf(r),
    measures: r.measures.value,
    drug: r.intervention?.drug.value ?? null,
    routes: r.intervention?.route?.value ?? [],
    keyFindings: r.keyFindings.map((k) => ({ text: k.value, status: k.status })),
    cautions: r.cautions.map((x) => ({ id: x.id, text: x.text })),
    corrections: r.circulatedCitations.map((x) => ({ circulated: x.text, correction: x.correction })),
    doNotUsePooledEstimate: r.doNotUsePooledEstimate?.value === true,
    statusCounts: statusCounts(r),
    matchedIn,
  };
}
