/**
 * Citation formats, all through Citation.js: CSL-JSON is the internal format; BibTeX and RIS are
 * exported and imported; APA 7 and Vancouver references are formatted offline with the CSL styles
 * bundled in @citation-js/plugin-csl (see styles/README.md). Parsing never fetches anything: every
 * input is given an explicit type, so a DOI or URL in the content is text, not a request.
 *
 * Citation.js (about 15 MB resident with its plugins) is loaded on first use, not with the server:
 * its packages are CommonJS, so a synchronous require keeps these functions synchronous.
 */
import { createRequire } from 'node:module';
import { invalid } from '../errors.ts';
import {
  CONTENT_TYPES,
  EXTENSIONS,
  type ExportFormat,
  type ImportFormat,
  MAX_IMPORT_ENTRIES,
} from './citation-formats.ts';
import type { CslFields, CslItem, StudyRecord } from './types.ts';

export {
  CONTENT_TYPES,
  EXPORT_FORMATS,
  EXTENSIONS,
  type ExportFormat,
  IMPORT_FORMATS,
  type ImportFormat,
  MAX_IMPORT_ENTRIES,
} from './citation-formats.ts';

type CiteClass = typeof import('@citation-js/core').Cite;
let loaded: CiteClass | undefined;

/** Citation.js with the BibTeX, RIS and CSL plugins registered, loaded once. */
function citationJs(): CiteClass {
  if (loaded) return loaded;
  const requireCjs = createRequire(import.meta.url);
  const core = requireCjs('@citation-js/core') as typeof import('@citation-js/core');
  // The plugins register themselves with this same core on load.
  requireCjs('@citation-js/plugin-bibtex');
  requireCjs('@citation-js/plugin-ris');
  requireCjs('@citation-js/plugin-csl');
  for (const template of ['apa', 'vancouver']) {
    if (!core.plugins.config.get('@csl')?.styles?.has(template))
      throw new Error(`@citation-js/plugin-csl does not bundle the "${template}" style`);
  }
  loaded = core.Cite;
  return loaded;
}

/** BibTeX labels may not contain "-" (Citation.js would replace the label), so feder-2025 → feder_2025. */
export const bibtexKey = (id: string) => id.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * What a reader of an exported reference must know, in one note: the citation's status, any of its
 * fields that is unverified or incomplete, and every caution of the record (the expression of
 * concern on Metaxa 2024, say). Exported as BibTeX `note`, RIS `N1` and CSL `note`.
 */
export function exportNote(r: StudyRecord): string {
  const parts = [`Threshold evidence library: citation ${r.citation.status}.`];
  const b = r.bibliography;
  if (b?.title && b.title.status !== 'confirmed') parts.push(`Title ${b.title.status}.`);
  if (b?.author && b.author.status !== 'confirmed')
    parts.push(`Author list ${b.author.status}${b.author.note ? `: ${b.author.note}` : '.'}`);
  for (const [label, f] of [
    ['DOI', r.doi],
    ['PMID', r.pmid],
  ] as const)
    if (f && f.status !== 'confirmed' && f.status !== 'corrected') parts.push(`${label} ${f.status}.`);
  if (r.pmid) parts.push(`PMID: ${r.pmid.value}.`);
  for (const c of r.cautions) parts.push(`Caution (${c.status}): ${c.text}`);
  if (r.doNotUsePooledEstimate && !r.cautions.some((c) => /pooled estimate/.test(c.text)))
    parts.push('Do not use its pooled estimate.');
  return parts.join(' ');
}

/** The records' citations as CSL-JSON, each with the study id as id and citation key, its PMID and its note. */
export function toCsl(records: readonly StudyRecord[]): CslItem[] {
  return records.map((r) => {
    const item: CslItem = {
      ...r.citation.value,
      id: r.id,
      'citation-key': bibtexKey(r.id),
      note: exportNote(r),
    };
    if (r.pmid) item.PMID = r.pmid.value;
    if (r.pmcid) item.PMCID = r.pmcid.value;
    return item;
  });
}

/** Citation.js writes no PMID into BibTeX: `pmid = {…}` (read by Zotero and JabRef) after each entry's key line. */
function addBibtexPmids(bibtex: string, records: readonly StudyRecord[]): string {
  const pmids = new Map(records.flatMap((r) => (r.pmid ? [[bibtexKey(r.id), r.pmid.value] as const] : [])));
  return bibtex.replace(/^(@\w+\{([^,\s]+),)$/gm, (line, _open: string, key: string) => {
    const pmid = pmids.get(key);
    return pmid ? `${line}\n\tpmid = {${pmid}},` : line;
  });
}

/**
 * Citation.js writes no PMID into RIS either: `AN` (accession number), where PubMed's own RIS and
 * EndNote put it, before each entry's `ER`; the note also says "PMID: …" for readers that map AN
 * elsewhere (Zotero keeps AN as the archive location).
 */
function addRisPmids(ris: string, records: readonly StudyRecord[]): string {
  // Entries come out in the records' order (Citation.js cuts the ID tag to 20 characters).
  let n = 0;
  return ris
    .split('\n')
    .flatMap((line) => {
      if (!/^ER {2}- ?$/.test(line)) return [line];
      const pmid = records[n++]?.pmid?.value;
      return pmid ? [`AN  - ${pmid}`, line] : [line];
    })
    .join('\n');
}

/**
 * Citation.js wraps long RIS values onto continuation lines, which RIS readers (Citation.js
 * included) join with a space, breaking words ("beyo nd"). The wrap keeps every character, so the
 * continuation is joined back without one: one tag per line, as the RIS format has it.
 */
export function unwrapRis(ris: string): string {
  const lines: string[] = [];
  for (const line of ris.split(/\r?\n/)) {
    if (/^[A-Z][A-Z0-9] {2}-( |$)/.test(line) || lines.length === 0 || line === '') lines.push(line);
    else lines[lines.length - 1] += line;
  }
  return lines.join('\n');
}

export interface Exported {
  body: string;
  contentType: string;
  extension: string;
}

export function exportStudies(records: readonly StudyRecord[], format: ExportFormat): Exported {
  const items = toCsl(records);
  const out = (body: string): Exported => ({
    body,
    contentType: CONTENT_TYPES[format],
    extension: EXTENSIONS[format],
  });
  if (format === 'csl-json') return out(`${JSON.stringify(items, null, 2)}\n`);
  if (!items.length) return out('');
  const Cite = citationJs();
  const cite = new Cite(items);
  if (format === 'bibtex') return out(addBibtexPmids(cite.format('bibtex'), records));
  if (format === 'ris') return out(addRisPmids(unwrapRis(cite.format('ris')), records));
  const status = new Map(records.map((r) => [r.id, r.citation.status]));
  const text = cite.format('bibliography', {
    template: format,
    lang: 'en-US',
    format: 'text',
    // A citation that is not confirmed says so wherever it is pasted.
    append: (entry: { id: string }) => {
      const s = status.get(entry.id);
      return s === 'secondary' || s === 'unverified' ? ` [citation ${s}]` : '';
    },
  } as { template: string });
  return out(text);
}

const FORCE_TYPE: Record<Exclude<ImportFormat, 'csl-json'>, string> = {
  bibtex: '@biblatex/text',
  ris: '@ris/file',
};

const STRING_FIELDS = [
  'type',
  'title',
  'container-title',
  'container-title-short',
  'volume',
  'issue',
  'page',
  'number',
  'DOI',
  'PMID',
  'PMCID',
  'URL',
  'publisher',
  'note',
] as const;

/** Text without control characters (PostgreSQL refuses NUL), trimmed; empty → undefined. */
function clean(value: unknown, max = 2000): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = Array.from(String(value), (ch) => {
    const code = ch.charCodeAt(0);
    return code >= 32 || code === 9 || code === 10 || code === 13 ? ch : '';
  })
    .join('')
    .trim();
  return s ? s.slice(0, max) : undefined;
}

/** The CSL fields the library keeps, with the right types; null when nothing usable is left. */
export function sanitizeCsl(raw: unknown): CslFields | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const item: Record<string, unknown> = {};
  for (const f of STRING_FIELDS) {
    const v = clean(r[f], f === 'type' ? 50 : 2000);
    if (v !== undefined) item[f] = v;
  }
  item.type ??= 'article-journal';
  if (Array.isArray(r.author)) {
    const names = r.author
      .map((a) => {
        if (!a || typeof a !== 'object') return null;
        const n = a as Record<string, unknown>;
        // "van Reemst" reads back as particle "van" + family "Reemst": keep them together.
        const particle = clean(n['non-dropping-particle'], 50);
        const family = clean(n.family, 200);
        const out = {
          family: particle && family ? `${particle} ${family}` : family,
          given: clean(n.given, 200),
          literal: clean(n.literal, 500),
        };
        return out.family || out.literal
          ? Object.fromEntries(Object.entries(out).filter(([, v]) => v))
          : null;
      })
      .filter((a): a is Record<string, string> => a !== null);
    if (names.length) item.author = names.slice(0, 500);
  }
  const parts = (r.issued as { 'date-parts'?: unknown } | undefined)?.['date-parts'];
  const first = Array.isArray(parts) && Array.isArray(parts[0]) ? parts[0] : null;
  const date = first
    ?.slice(0, 3)
    .map((p) => (typeof p === 'number' ? p : Number.parseInt(String(p), 10)))
    .filter((p) => Number.isInteger(p) && p > 0 && p < 10000);
  if (date?.length) item.issued = { 'date-parts': [date] };
  return item.title || item.DOI || item.author || item['container-title'] ? (item as CslFields) : null;
}

function parseCslJson(content: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    throw invalid('content', 'not-valid-json', { message: (e as Error).message });
  }
  return Array.isArray(data) ? data : [data];
}

function parseWithCitationJs(format: 'bibtex' | 'ris', content: string): unknown[] {
  const Cite = citationJs();
  try {
    return new Cite(content, { forceType: FORCE_TYPE[format] }).data;
  } catch (e) {
    const first = String((e as Error).message).split('\n')[0];
    throw invalid('content', 'could-not-read-as', { value: format === 'bibtex' ? 'BibTeX' : 'RIS', first });
  }
}

/** Reads citations; throws a validation error naming `content` when none can be read. */
export function parseCitations(format: ImportFormat, content: string): Array<CslFields> {
  const raw = format === 'csl-json' ? parseCslJson(content) : parseWithCitationJs(format, content);
  if (raw.length > MAX_IMPORT_ENTRIES)
    throw invalid('content', 'holds-entries-import-at-most', {
      length: raw.length,
      maxImportEntries: MAX_IMPORT_ENTRIES,
    });
  const items = raw.map((r, i) => {
    const item = sanitizeCsl(r);
    if (!item) throw invalid('content', 'entry-no-title-doi-author', { value: i + 1 });
    return item;
  });
  const label = format === 'csl-json' ? 'CSL-JSON' : format === 'bibtex' ? 'BibTeX' : 'RIS';
  if (!items.length) throw invalid('content', 'holds-no-entries', { label });
  return items;
}
