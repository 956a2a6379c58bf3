/**
 * Full-text search over the library: labels, titles, authors, key findings, conditions, measures
 * and the wrong citations as they circulate (so the wrong citation finds the right paper).
 * Case- and accent-insensitive; every query word must match the start of a word somewhere; ranked
 * by where the words matched (title and authors above summaries), with a bonus for the whole phrase.
 */
import { authorNames, compact, fold, tokens, yearOf } from './text.ts';
import type { DesignKind, StudyRecord } from './types.ts';

export interface StudyFilter {
  q?: string | undefined;
  condition?: string | undefined;
  design?: DesignKind | undefined;
  year?: number | undefined;
  drug?: string | undefined;
  route?: string | undefined;
  measure?: string | undefined;
}

export type SearchField =
  | 'id'
  | 'title'
  | 'label'
  | 'authors'
  | 'circulatedCitations'
  | 'conditions'
  | 'measures'
  | 'design'
  | 'intervention'
  | 'journal'
  | 'identifiers'
  | 'keyFindings';

const WEIGHT: Record<SearchField, number> = {
  id: 6,
  title: 5,
  identifiers: 5,
  authors: 4,
  label: 4,
  circulatedCitations: 3,
  conditions: 3,
  measures: 2,
  design: 2,
  intervention: 2,
  journal: 1,
  keyFindings: 1,
};

/** The searchable text of a record, field by field. */
export function searchFields(r: StudyRecord): Record<SearchField, string> {
  const c = r.citation.value;
  const iv = r.intervention;
  return {
    id: r.id,
    title: c.title ?? '',
    label: r.label,
    authors: authorNames(c).join('; '),
    circulatedCitations: r.circulatedCitations.map((x) => `${x.text} ${x.correction}`).join(' '),
    conditions: r.conditions.value.join('; '),
    measures: [...r.measures.value, ...r.outcomes.map((o) => o.measure)].join('; '),
    design: r.design ? `${r.design.value.kind} ${r.design.value.text}` : '',
    intervention: iv ? [iv.drug.value, ...(iv.route?.value ?? [])].join(' ') : '',
    journal: [c['container-title'], yearOf(c)].filter(Boolean).join(' '),
    identifiers: [r.doi?.value, r.pmid?.value, r.pmcid?.value, ...r.registrations.map((x) => x.value)]
      .filter(Boolean)
      .join(' '),
    keyFindings: r.keyFindings.map((k) => k.value).join(' '),
  };
}

/** One folded string of everything searchable (stored in studies.search_text for pre-filtering). */
export const searchText = (r: StudyRecord): string => fold(Object.values(searchFields(r)).join(' \n '));

export interface SearchHit<T> {
  item: T;
  score: number;
  /** Fields where the query matched (empty without a query). */
  matchedIn: SearchField[];
}

function score(
  r: StudyRecord,
  words: string[],
  phrase: string,
): { score: number; matchedIn: SearchField[] } | null {
  const fields = searchFields(r);
  const indexed = (Object.keys(fields) as SearchField[]).map((f) => {
    const toks = tokens(fields[f]);
    return { f, toks, text: ` ${toks.join(' ')} ` };
  });
  let total = 0;
  const matched = new Set<SearchField>();
  for (const w of words) {
    let best = 0;
    for (const { f, toks } of indexed) {
      const exact = toks.includes(w);
      if (!exact && !toks.some((t) => t.startsWith(w))) continue;
      matched.add(f);
      best = Math.max(best, WEIGHT[f] + (exact ? 1 : 0));
    }
    if (best === 0) return null;
    total += best;
  }
  if (words.length > 1)
    for (const { f, text } of indexed) if (text.includes(` ${phrase} `)) total += 2 * WEIGHT[f];
  return { score: total, matchedIn: [...matched] };
}

const ROUTE_ALIASES: Record<string, string> = { intravenous: 'iv', intramuscular: 'im', sl: 'sublingual' };
const route = (r: string) => ROUTE_ALIASES[compact(r)] ?? compact(r);

/** Whether a record passes the structured filters (all given ones). */
export function matchesFilters(r: StudyRecord, f: StudyFilter): boolean {
  if (f.condition && !r.conditions.value.some((c) => fold(c).includes(fold(f.condition!.trim()))))
    return false;
  if (f.design && r.design?.value.kind !== f.design) return false;
  if (f.year !== undefined && yearOf(r.citation.value) !== f.year) return false;
  if (f.drug && compact(r.intervention?.drug.value ?? '') !== compact(f.drug)) return false;
  if (f.route && !(r.intervention?.route?.value ?? []).some((x) => route(x) === route(f.route!)))
    return false;
  if (f.measure) {
    const want = compact(f.measure);
    const all = [...r.measures.value, ...r.outcomes.map((o) => o.measure)];
    if (!want || !all.some((m) => compact(m).includes(want))) return false;
  }
  return true;
}

/** Filters and, with a query, ranks; without one, newest first. */
export function searchStudies<T>(
  items: readonly T[],
  recordOf: (t: T) => StudyRecord,
  f: StudyFilter,
): SearchHit<T>[] {
  const words = tokens(f.q ?? '');
  const phrase = words.join(' ');
  const hits: SearchHit<T>[] = [];
  for (const item of items) {
    const r = recordOf(item);
    if (!matchesFilters(r, f)) continue;
    if (!words.length) {
      hits.push({ item, score: 0, matchedIn: [] });
      continue;
    }
    const s = score(r, words, phrase);
    if (s) hits.push({ item, ...s });
  }
  const year = (h: SearchHit<T>) => yearOf(recordOf(h.item).citation.value) ?? 0;
  return hits.sort(
    (a, b) =>
      b.score - a.score || year(b) - year(a) || recordOf(a.item).id.localeCompare(recordOf(b.item).id),
  );
}
