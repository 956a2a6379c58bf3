import { describe, expect, it } from 'vitest';
import { BUILTIN_STUDIES } from './library/index.ts';
import { type StudyFilter, searchStudies, searchText } from './search.ts';
import { fold, normalizeDoi, normalizeTitle } from './text.ts';

const ids = (f: StudyFilter) => searchStudies(BUILTIN_STUDIES, (r) => r, f).map((h) => h.item.id);

describe('evidence search', () => {
  it('finds Moore et al. 2025 from the circulated "Johnson, Rodrigues, Weisz" citation', () => {
    const hits = searchStudies(BUILTIN_STUDIES, (r) => r, { q: 'Johnson Rodrigues Weisz' });
    expect(hits[0]!.item.id).toBe('moore-2025');
    expect(hits[0]!.matchedIn).toContain('circulatedCitations');
    expect(hits[0]!.item.circulatedCitations[0]!.correction).toMatch(/Moore/);
  });

  it('finds Robison 2022 from "Szarmach", and from "Cubała" with or without the accent', () => {
    expect(ids({ q: 'Szarmach' })[0]).toBe('robison-2022');
    expect(ids({ q: 'Cubała' })[0]).toBe('robison-2022');
    expect(ids({ q: 'cubala' })[0]).toBe('robison-2022');
    expect(ids({ q: 'SZARMACH' })[0]).toBe('robison-2022');
  });

  it('finds the wrongly attributed pilot under Drozdz, ranking the review they wrote first', () => {
    const found = ids({ q: 'Drozdz' });
    expect(found.slice(0, 2)).toEqual(['drozdz-2022', 'batievsky-2023']);
  });

  it('ranks title and author matches above summary matches', () => {
    const found = ids({ q: 'written exposure' });
    expect(found[0]).toBe('feder-2025');
  });

  it('needs every word to match (prefixes count)', () => {
    expect(ids({ q: 'ketam infusion ptsd' })).toContain('feder-2025');
    expect(ids({ q: 'ketamine zebra' })).toEqual([]);
  });

  it('filters by condition, design, year, drug, route and measure', () => {
    expect(ids({ condition: 'PTSD' }).sort()).toEqual([
      'feder-2021',
      'feder-2025',
      'moore-2025',
      'yermus-2023',
    ]);
    expect(ids({ design: 'meta-analysis', drug: 'psilocybin' })).toHaveLength(3);
    expect(ids({ year: 2016 }).sort()).toEqual(['griffiths-2016', 'ross-2016']);
    expect(ids({ drug: 'ketamine', route: 'intravenous' }).sort()).toEqual([
      'feder-2021',
      'feder-2025',
      'zarate-2006',
    ]);
    expect(ids({ route: 'IM' }).sort()).toEqual(['batievsky-2023', 'robison-2022', 'yermus-2023']);
    expect(ids({ measure: 'PCL-6' })).toEqual(['yermus-2023']);
    expect(ids({ measure: 'caps-5' }).sort()).toEqual(['feder-2021', 'feder-2025']);
    expect(ids({ q: 'psilocybin', condition: 'alcohol' })).toEqual(['bogenschutz-2022']);
  });

  it('lists newest first without a query', () => {
    const years = searchStudies(BUILTIN_STUDIES, (r) => r, {}).map(
      (h) => h.item.citation.value.issued?.['date-parts']?.[0]?.[0] as number,
    );
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years).toHaveLength(BUILTIN_STUDIES.length);
  });

  it('folds text the same way for the stored search text', () => {
    expect(fold('Włodarczyk Cubała Ångström')).toBe('wlodarczyk cubala angstrom');
    const moore = BUILTIN_STUDIES.find((s) => s.id === 'moore-2025')!;
    expect(searchText(moore)).toContain('johnson, d. e., rodrigues');
  });

  it('normalises DOIs and titles for duplicate detection', () => {
    expect(normalizeDoi('https://doi.org/10.4088/JCP.24M15622')).toBe('10.4088/jcp.24m15622');
    expect(normalizeDoi('doi:10.4088/JCP.24m15622')).toBe('10.4088/jcp.24m15622');
    expect(normalizeDoi('http://dx.doi.org/10.1/X')).toBe('10.1/x');
    expect(normalizeTitle('Combining Ketamine… and {PTSD}: An open-label trial.')).toBe(
      'combining ketamine and ptsd an open label trial',
    );
  });
});
