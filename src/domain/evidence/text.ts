/** Text folding for search and duplicate detection: case- and accent-insensitive, punctuation-blind. */
import type { CslFields, StudyRecord } from './types.ts';

/** Letters NFD does not decompose into base letter + accent. */
const SPECIAL: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};

/** Lower-case, accents removed ("Cubała" → "cubala", "Włodarczyk" → "wlodarczyk"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łđøæœßıþð]/g, (c) => SPECIAL[c] ?? c);
}

/** Folded word tokens (letters and digits). */
export function tokens(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Folded, with everything but letters and digits removed ("PCL-5" → "pcl5"). */
export const compact = (text: string): string => tokens(text).join('');

/** A DOI as compared: lower-case, without a resolver prefix or "doi:". */
export function normalizeDoi(doi: string): string {
  return doi
    .trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//, '')
    .replace(/^doi:\s*/, '');
}

/** A title as compared: folded words joined by single spaces. */
export const normalizeTitle = (title: string): string => tokens(title).join(' ');

export function yearOf(item: CslFields): number | null {
  const y = item.issued?.['date-parts']?.[0]?.[0];
  const n = typeof y === 'string' ? Number.parseInt(y, 10) : y;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

export function authorNames(item: CslFields): string[] {
  return (item.author ?? []).map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(' '));
}

/** "Feder et al. 2025", "Metaxa & Clarke 2024", "medRxiv 2025" where no author is recorded. */
export function shortCitation(record: StudyRecord): string {
  const item = record.citation.value;
  const fam = (item.author ?? []).map((a) => a.family ?? a.literal ?? '');
  const who =
    fam.length === 0
      ? (item['container-title'] ?? record.id)
      : fam.length === 1
        ? /first author only/i.test(record.citation.note ?? '')
          ? `${fam[0]} et al.`
          : (fam[0] ?? '')
        : fam.length === 2
          ? `${fam[0]} & ${fam[1]}`
          : `${fam[0]} et al.`;
  const year = yearOf(item);
  return year ? `${who} ${year}` : who;
}
