/**
 * Helpers for writing built-in records: facts with their status and source in one call, author
 * lists as printed in the reference ("Feder A, Brown O"), and defaults for the empty parts.
 * Status mapping from the reference files (see reference/README.md):
 *   confirmed / [C] → 'confirmed'; secondary / [C2] → 'secondary'; unverified / [NC] → 'unverified';
 *   a fact the reference gives as the correction of a circulated error → 'corrected';
 *   a statement without a marker of its own takes the marker of its bullet or section; where neither
 *   has one, it is stated by the checked reference as fact and recorded as 'confirmed' with a note.
 */
import type { CslName, Fact, FactStatus, StudyRecord } from '../types.ts';

export const UNMARKED = 'stated without a marker of its own in the checked reference';

function fact<T>(value: T, status: FactStatus, source: string, note?: string): Fact<T> {
  return note ? { value, status, source, note } : { value, status, source };
}

/** Fact makers for one reference section: `f.c(value, 'Results')` → confirmed, source "<section> — Results". */
export function section(name: string) {
  const src = (part?: string) => (part ? `${name} — ${part}` : name);
  return {
    source: src,
    c: <T>(value: T, part?: string, note?: string) => fact(value, 'confirmed', src(part), note),
    /** Unmarked in the reference: confirmed, with the note saying so. */
    u: <T>(value: T, part?: string) => fact(value, 'confirmed', src(part), UNMARKED),
    fix: <T>(value: T, part: string | undefined, note: string) => fact(value, 'corrected', src(part), note),
    s2: <T>(value: T, part?: string, note?: string) => fact(value, 'secondary', src(part), note),
    nc: <T>(value: T, part?: string, note?: string) => fact(value, 'unverified', src(part), note),
  };
}

/** "SB" → "S. B." (so styles that spell out initials keep both). */
const initials = (given: string) => (/^[A-Z]{1,4}$/.test(given) ? `${given.split('').join('. ')}.` : given);

/** "Feder A, Brown O, Rutter SB" → CSL names; a bare family name ("Goodwin") stays family-only. */
export function names(list: string): CslName[] {
  return list.split(/,\s*/).map((n) => {
    const parts = n.trim().split(/\s+/);
    if (parts.length === 1) return { family: parts[0]! };
    return { family: parts.slice(0, -1).join(' '), given: initials(parts[parts.length - 1]!) };
  });
}

type Required = 'id' | 'label' | 'citation' | 'conditions' | 'design';
export type StudyInput = Pick<StudyRecord, Required> & Partial<Omit<StudyRecord, Required>>;

/** A record with the empty parts filled in. */
export function defineStudy(s: StudyInput): StudyRecord {
  return {
    doi: null,
    pmid: null,
    pmcid: null,
    registrations: [],
    related: [],
    setting: null,
    population: null,
    n: null,
    intervention: null,
    comparator: null,
    followUp: null,
    measures: { value: [], status: 'confirmed', source: s.citation.source },
    outcomes: [],
    keyFindings: [],
    cautions: [],
    circulatedCitations: [],
    ...s,
  };
}
