import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { EXPORT_FORMATS, exportStudies, IMPORT_FORMATS, parseCitations } from './citations.ts';
import { factProblems, listFacts } from './facts.ts';
import { importCitations } from './import.ts';
import { BUILTIN_STUDIES, findBuiltin } from './library/index.ts';
import { normalizeDoi } from './text.ts';

const feder = findBuiltin('feder-2025')!;
const opts = { source: 'test import' };

describe('citation export', () => {
  it('reads back as BibTeX with an independent parser: DOI, title, year and authors', () => {
    const bib = exportStudies(BUILTIN_STUDIES, 'bibtex').body;
    const lib = parseBibtex(bib);
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(BUILTIN_STUDIES.length);
    const e = lib.entries.find((x) => x.key === 'feder_2025')!;
    expect(e.fields.doi).toBe('10.4088/JCP.24m15622');
    expect(e.fields.title).toMatch(
      /^Combining ketamine infusions and written exposure therapy for chronic .*PTSD.*: an open-label trial$/,
    );
    expect(e.fields.year).toBe('2025');
    expect(e.fields.author?.map((a) => a.lastName)).toEqual(
      feder.citation.value.author?.map((a) => a.family),
    );
    const robison = lib.entries.find((x) => x.key === 'robison_2022')!;
    expect(robison.fields.doi).toBe('10.1186/s40337-022-00588-9');
    expect(robison.fields.author).toHaveLength(9);
    // Accented names survive the round trip (BibTeX writes them as TeX commands).
    const parsed = parseBibtex(
      exportStudies(
        [
          {
            ...feder,
            citation: {
              ...feder.citation,
              value: { ...feder.citation.value, author: [{ family: 'Cubała', given: 'W. J.' }] },
            },
          },
        ],
        'bibtex',
      ).body,
    );
    expect(parsed.entries[0]!.fields.author?.[0]?.lastName).toBe('Cubała');
  });

  it('formats APA 7 and Vancouver references for Feder 2025 with journal, year and DOI', () => {
    const apa = exportStudies([feder], 'apa').body;
    expect(apa).toContain('Feder, A., Brown, O., Rutter, S. B.');
    expect(apa).toContain('(2025)');
    expect(apa).toContain('J Clin Psychiatry, 86(2), 24m15622');
    expect(apa).toContain('https://doi.org/10.4088/JCP.24m15622');
    const van = exportStudies([feder], 'vancouver').body;
    expect(van).toContain('Feder A, Brown O, Rutter SB');
    expect(van).toContain('J Clin Psychiatry. 2025;86(2):24m15622');
    expect(van).toContain('doi:10.4088/JCP.24m15622');
  }, 30_000); // the first CSL formatting loads citation-js styles and locales

  it('marks formatted references whose citation is not confirmed', () => {
    expect(exportStudies([findBuiltin('dakwar-2014')!], 'apa').body).toMatch(/\[citation unverified\]\s*$/);
    expect(exportStudies([findBuiltin('zarate-2006')!], 'vancouver').body).toMatch(
      /\[citation secondary\]\s*$/,
    );
    expect(exportStudies([feder], 'apa').body).not.toContain('[citation');
  });

  it('exports RIS and CSL-JSON with the right content types', () => {
    const ris = exportStudies([feder], 'ris');
    expect(ris.contentType).toMatch(/^application\/x-research-info-systems/);
    expect(ris.body).toMatch(/^TY {2}- JOUR/m);
    expect(ris.body).toMatch(/^DO {2}- 10\.4088\/JCP\.24m15622$/m);
    const csl = exportStudies([feder], 'csl-json');
    expect(csl.contentType).toMatch(/^application\/vnd\.citationstyles\.csl\+json/);
    expect(JSON.parse(csl.body)[0]).toMatchObject({ id: 'feder-2025', DOI: '10.4088/JCP.24m15622' });
  });
});

describe('citation import', () => {
  it.each(IMPORT_FORMATS)(
    '%s: exporting the library and importing it back finds every record as a duplicate',
    (format) => {
      const { body } = exportStudies(BUILTIN_STUDIES, format);
      const result = importCitations(format, body, BUILTIN_STUDIES, opts);
      expect(result.added).toEqual([]);
      expect(result.duplicates.map((d) => d.duplicateOf)).toEqual(BUILTIN_STUDIES.map((s) => s.id));
      const feder2025 = result.duplicates.find((d) => d.duplicateOf === 'feder-2025')!;
      expect(feder2025.by).toBe('doi');
    },
  );

  it.each(IMPORT_FORMATS)(
    '%s: into an empty library yields the same citations, every fact unverified',
    (format) => {
      const { body } = exportStudies(BUILTIN_STUDIES, format);
      const { added, duplicates } = importCitations(format, body, [], opts);
      expect(duplicates).toEqual([]);
      expect(added).toHaveLength(BUILTIN_STUDIES.length);
      added.forEach((r, i) => {
        const original = BUILTIN_STUDIES[i]!.citation.value;
        const c = r.citation.value;
        expect(normalizeDoi(c.DOI ?? ''), r.id).toBe(normalizeDoi(original.DOI ?? ''));
        expect(c.title, r.id).toBe(original.title);
        expect(
          c.author?.map((a) => a.family),
          r.id,
        ).toEqual(original.author?.map((a) => a.family));
        expect(c.issued?.['date-parts']?.[0]?.[0], r.id).toBe(original.issued?.['date-parts']?.[0]?.[0]);
        expect(factProblems(r)).toEqual([]);
        expect(
          listFacts(r).every((f) => f.status === 'unverified'),
          r.id,
        ).toBe(true);
      });
      expect(new Set(added.map((r) => r.id)).size).toBe(added.length);
    },
  );

  it('detects duplicates by DOI whatever its spelling, by title, and within the same import', () => {
    const items = [
      {
        type: 'article-journal',
        title: 'Another paper entirely about something',
        DOI: 'https://doi.org/10.4088/jcp.24M15622',
      },
      {
        type: 'article-journal',
        title:
          'COMBINING ketamine infusions and written exposure therapy for chronic PTSD — an open-label trial',
      },
      {
        type: 'article-journal',
        title: 'A new study of psilocybin in clinics',
        DOI: '10.9999/new.1',
        author: [{ family: 'Feder', given: 'A.' }],
        issued: { 'date-parts': [[2025]] },
      },
      {
        type: 'article-journal',
        title: 'A new study of psilocybin in clinics (copy)',
        DOI: 'doi:10.9999/NEW.1',
      },
    ];
    const r = importCitations('csl-json', JSON.stringify(items), BUILTIN_STUDIES, opts);
    expect(r.duplicates.map((d) => [d.entry, d.duplicateOf, d.by])).toEqual([
      [1, 'feder-2025', 'doi'],
      [2, 'feder-2025', 'title'],
      [4, 'feder-2025b', 'doi'],
    ]);
    expect(r.added.map((a) => a.id)).toEqual(['feder-2025b']);
    expect(r.added[0]!.citation).toMatchObject({ status: 'unverified', value: { id: 'feder-2025b' } });
  });

  it('matches an imported copy of a circulated wrong citation to the right paper', () => {
    const ris = [
      'TY  - JOUR',
      'AU  - Johnson, D. E.',
      'TI  - Combining ketamine with psychotherapy provides no additional benefit over ketamine alone: real-world outcomes',
      'T2  - European Neuropsychopharmacology',
      'PY  - 2025',
      'ER  - ',
    ].join('\n');
    const r = importCitations('ris', ris, BUILTIN_STUDIES, opts);
    expect(r.duplicates).toMatchObject([{ duplicateOf: 'moore-2025', by: 'circulated-citation' }]);
    expect(r.duplicates[0]!.note).toMatch(/No paper with this citation was found/);
  });

  it('refuses content it cannot read, naming the field', () => {
    for (const [format, content] of [
      ['bibtex', 'not bibtex at all'],
      ['bibtex', '@article{x, title = {unterminated'],
      ['ris', 'nothing here'],
      ['csl-json', '{"broken": '],
      ['csl-json', '[1, 2]'],
      ['csl-json', '[]'],
    ] as const) {
      try {
        parseCitations(format, content);
        expect.unreachable(`${format}: ${content}`);
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).fields[0]!.field).toBe('content');
      }
    }
  });

  it('never fetches: a bare DOI is text, not a request', () => {
    expect(() => parseCitations('bibtex', '10.4088/JCP.24m15622')).toThrow(/content/);
  });

  it('knows every export format', () => {
    for (const f of EXPORT_FORMATS) expect(exportStudies([feder], f).body.length).toBeGreaterThan(50);
  });
});

describe('exported references are complete and carry their statuses', () => {
  const bib = parseBibtex(exportStudies(BUILTIN_STUDIES, 'bibtex').body);
  const entry = (id: string) => bib.entries.find((e) => e.key === id.replace(/-/g, '_'))!;
  /** A record whose author list is known complete: no bibliography entry says otherwise, and every name has a given part. */
  const complete = BUILTIN_STUDIES.filter(
    (r) =>
      r.bibliography?.author?.status !== 'unverified' &&
      (r.citation.value.author ?? []).length > 0 &&
      r.citation.value.author!.every((a) => a.family && a.given),
  );

  it('has a title and a full author list (family and given names) for every complete record', () => {
    expect(bib.errors).toEqual([]);
    expect(complete.length).toBeGreaterThanOrEqual(20);
    for (const r of complete) {
      const e = entry(r.id);
      expect(e.fields.title, r.id).toBeTruthy();
      const authors = e.fields.author ?? [];
      expect(authors, r.id).toHaveLength(r.citation.value.author!.length);
      for (const a of authors) {
        expect(a.lastName, r.id).toBeTruthy();
        expect(a.firstName, `${r.id} ${a.lastName}`).toBeTruthy();
      }
    }
    expect(entry('goodwin-2022').fields.author).toHaveLength(74);
    expect(entry('goodwin-2022').fields.title).toBe(
      'Single-dose psilocybin for a treatment-resistant episode of major depression',
    );
    expect(entry('metaxa-2024').fields.author?.map((a) => a.lastName)).toEqual(['Metaxa', 'Clarke']);
  });

  it('marks every record whose author list is incomplete, and invents no author or title', () => {
    const incomplete = BUILTIN_STUDIES.filter((r) => !complete.includes(r));
    for (const r of incomplete) {
      const note = String(entry(r.id).fields.note ?? '');
      expect(
        r.bibliography?.author?.status === 'unverified' ||
          r.citation.status === 'secondary' ||
          r.citation.status === 'unverified' ||
          !r.citation.value.author?.length,
        r.id,
      ).toBe(true);
      if (r.bibliography?.author) expect(note, r.id).toMatch(/Author list unverified: /);
    }
    // Every completed title or author list names its source; one found in a single record says so.
    for (const r of BUILTIN_STUDIES)
      for (const f of [r.bibliography?.title, r.bibliography?.author])
        if (f) expect(f.source, r.id).toMatch(f.status === 'confirmed' ? /two sources/ : /unverified/);
    expect(entry('zarate-2006').fields.title).toBe(
      'A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression',
    );
    expect(String(entry('zarate-2006').fields.note)).toMatch(/Title unverified\. Author list unverified: /);
    expect(String(entry('feder-2021').fields.note)).toMatch(/Author list unverified: .*incomplete/);
  });

  it('writes the PMID into BibTeX (pmid) and RIS (AN), and into the note', () => {
    const ris = exportStudies(BUILTIN_STUDIES, 'ris').body;
    for (const r of BUILTIN_STUDIES.filter((s) => s.pmid)) {
      expect(entry(r.id).fields.pmid, r.id).toBe(r.pmid!.value);
      const block = ris.split(/^ER {2}- ?$/m)[BUILTIN_STUDIES.indexOf(r)]!;
      expect(block, r.id).toContain(`ID  - ${r.id.slice(0, 20)}`);
      expect(block, r.id).toMatch(new RegExp(`^AN {2}- ${r.pmid!.value}$`, 'm'));
    }
    expect(entry('goodwin-2022').fields.pmid).toBe('36322843');
    // Completed from one public record each: exported, and marked unverified in the note.
    expect(entry('kew-2023').fields.pmid).toBe('37128856');
    expect(entry('kew-2023').fields.doi).toBe('10.1192/bjo.2023.53');
    expect(String(entry('kew-2023').fields.note)).toMatch(/DOI unverified\. PMID unverified\./);
    expect(entry('krystal-2019').fields.pmid).toBe('30844397');
    expect(String(entry('krystal-2019').fields.note)).toMatch(/PMID unverified/);
  });

  it('carries the status and every caution into BibTeX note, RIS N1 and CSL note', () => {
    const concern = /expression of concern/;
    expect(String(entry('metaxa-2024').fields.note)).toMatch(concern);
    expect(String(entry('metaxa-2024').fields.note)).toMatch(/PMID unverified/);
    expect(String(entry('zarate-2006').fields.note)).toMatch(/citation secondary/);
    expect(String(entry('dakwar-2014').fields.note)).toMatch(/citation unverified/);
    const metaxa = [findBuiltin('metaxa-2024')!];
    expect(exportStudies(metaxa, 'ris').body).toMatch(/^N1 {2}- .*expression of concern/m);
    const csl = JSON.parse(exportStudies(metaxa, 'csl-json').body)[0];
    expect(csl.note).toMatch(concern);
    expect(csl.PMID).toBe('38692686');
    for (const r of BUILTIN_STUDIES)
      for (const c of r.cautions)
        expect(String(entry(r.id).fields.note), `${r.id} ${c.id}`).toContain(c.status);
  });
});
