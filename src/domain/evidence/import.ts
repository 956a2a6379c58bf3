/**
 * Importing citations into the library: duplicates are found by DOI (lower-case, without a
 * https://doi.org/ or doi: prefix), PMID, normalised title, a circulated wrong citation's title,
 * and — for entries with neither DOI nor title — first author, year, journal, volume and first
 * page. New entries become records whose every fact is 'unverified': imported metadata is not
 * verified until a curator says so.
 */
import { type ImportFormat, parseCitations } from './citations.ts';
import { compact, fold, normalizeDoi, normalizeTitle, shortCitation, tokens, yearOf } from './text.ts';
import type { CslFields, CslItem, Fact, StudyRecord } from './types.ts';

export type DuplicateBy = 'doi' | 'pmid' | 'title' | 'citation' | 'circulated-citation';

export interface Duplicate {
  /** 1-based position of the entry in the imported content. */
  entry: number;
  title: string | null;
  doi: string | null;
  duplicateOf: string;
  by: DuplicateBy;
  note?: string;
}

export interface ImportResult {
  added: StudyRecord[];
  duplicates: Duplicate[];
}

/** Titles shorter than this (normalised) are too generic to call two entries the same. */
const MIN_TITLE = 20;

type Item = CslFields;

function keysOf(item: Item): Array<[DuplicateBy, string]> {
  const keys: Array<[DuplicateBy, string]> = [];
  if (item.DOI) keys.push(['doi', normalizeDoi(item.DOI)]);
  if (item.PMID) keys.push(['pmid', item.PMID.trim()]);
  const title = item.title ? normalizeTitle(item.title) : '';
  if (title.length >= MIN_TITLE) keys.push(['title', title]);
  if (!item.DOI && !title) {
    const first = item.author?.[0];
    const page = (item.page ?? '').split(/[-–]/)[0] ?? '';
    const parts = [
      first?.family ?? first?.literal ?? '',
      yearOf(item) ?? '',
      item['container-title'] ?? '',
      item.volume ?? '',
      page,
    ];
    keys.push(['citation', parts.map((p) => compact(String(p))).join('|')]);
  }
  return keys;
}

/** Where each key already is: the library's records and their other versions. */
class DuplicateIndex {
  private keys = new Map<string, string>();
  private circulated: Array<{ id: string; text: string; correction: string }> = [];

  add(id: string, item: Item) {
    for (const [by, k] of keysOf(item)) if (!this.keys.has(`${by}:${k}`)) this.keys.set(`${by}:${k}`, id);
  }

  /** The records' own citations first, then their other versions (a companion's DOI stays its own). */
  addRecords(records: readonly StudyRecord[]) {
    for (const r of records) this.add(r.id, r.citation.value);
    for (const r of records) {
      for (const x of r.related)
        if (x.value.doi)
          this.keys.set(
            `doi:${normalizeDoi(x.value.doi)}`,
            this.keys.get(`doi:${normalizeDoi(x.value.doi)}`) ?? r.id,
          );
      for (const c of r.circulatedCitations)
        this.circulated.push({ id: r.id, text: ` ${tokens(c.text).join(' ')} `, correction: c.correction });
    }
  }

  find(item: Item): { id: string; by: DuplicateBy; note?: string } | null {
    for (const [by, k] of keysOf(item)) {
      const id = this.keys.get(`${by}:${k}`);
      if (id) return { id, by };
    }
    const title = item.title ? normalizeTitle(item.title) : '';
    if (title.length < MIN_TITLE) return null;
    const hit = this.circulated.find((c) => c.text.includes(` ${title} `));
    return hit ? { id: hit.id, by: 'circulated-citation', note: hit.correction } : null;
  }
}

/** A slug for an imported entry: first author and year ("smith-2020"), made unique with b, c, … */
export function slugFor(item: Item, taken: (id: string) => boolean): string {
  const first = item.author?.[0];
  const words = first
    ? tokens(first.family ?? first.literal ?? '')
    : tokens(item.title ?? '').filter((w) => w.length > 3);
  const who = words[0] ?? 'study';
  const base = `${fold(who).slice(0, 40)}-${yearOf(item) ?? 'nd'}`;
  if (!taken(base)) return base;
  for (let i = 1; i < 26; i++) {
    const id = `${base}${String.fromCharCode(97 + i)}`;
    if (!taken(id)) return id;
  }
  for (let i = 2; ; i++) if (!taken(`${base}-${i}`)) return `${base}-${i}`;
}

/** A record made from imported metadata: every fact unverified, nothing beyond the citation. */
export function importedRecord(id: string, item: Item, source: string): StudyRecord {
  const f = <T>(value: T): Fact<T> => ({ value, status: 'unverified', source });
  const citation: CslItem = { ...item, id };
  const record: StudyRecord = {
    id,
    label: '',
    citation: f(citation),
    doi: item.DOI ? f(item.DOI) : null,
    pmid: item.PMID ? f(item.PMID) : null,
    pmcid: item.PMCID ? f(item.PMCID) : null,
    registrations: [],
    related: [],
    design: null,
    setting: null,
    population: null,
    conditions: f([]),
    n: null,
    intervention: null,
    comparator: null,
    followUp: null,
    measures: f([]),
    outcomes: [],
    keyFindings: [],
    cautions: [],
    circulatedCitations: [],
  };
  record.label = (item.title ?? shortCitation(record)).slice(0, 300);
  return record;
}

/**
 * Reads `content` and splits it into new records and duplicates of `existing` (or of entries
 * earlier in the same content). `taken` says which ids are in use beyond `existing`.
 */
export function importCitations(
  format: ImportFormat,
  content: string,
  existing: readonly StudyRecord[],
  opts: { source: string; taken?: (id: string) => boolean },
): ImportResult {
  const items = parseCitations(format, content);
  const index = new DuplicateIndex();
  index.addRecords(existing);
  const ids = new Set(existing.map((r) => r.id));
  const taken = (id: string) => ids.has(id) || (opts.taken?.(id) ?? false);
  const result: ImportResult = { added: [], duplicates: [] };
  items.forEach((item, i) => {
    const dup = index.find(item);
    if (dup) {
      result.duplicates.push({
        entry: i + 1,
        title: item.title ?? null,
        doi: item.DOI ?? null,
        duplicateOf: dup.id,
        by: dup.by,
        ...(dup.note ? { note: dup.note } : {}),
      });
      return;
    }
    const id = slugFor(item, taken);
    ids.add(id);
    index.add(id, item);
    result.added.push(importedRecord(id, item, opts.source));
  });
  return result;
}
