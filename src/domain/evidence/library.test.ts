import { describe, expect, it } from 'vitest';
import { factProblems, listFacts } from './facts.ts';
import { BUILTIN_STUDIES, findBuiltin, KAP_STUDIES, PSILOCYBIN_STUDIES } from './library/index.ts';
import { normalizeDoi } from './text.ts';
import type { StudyRecord } from './types.ts';

const study = (id: string): StudyRecord => {
  const s = findBuiltin(id);
  if (!s) throw new Error(`no built-in study ${id}`);
  return s;
};

describe('the built-in library', () => {
  it('ships the reading list (11 entries + the §10 companion + Kew 2023) and the psilocybin file', () => {
    expect(KAP_STUDIES.map((s) => s.id)).toEqual([
      'feder-2025',
      'moore-2025',
      'yermus-2023',
      'batievsky-2023',
      'drozdz-2022',
      'robison-2022',
      'feder-2021',
      'dore-2019',
      'krystal-2019',
      'dakwar-2014',
      'dakwar-2014-biol-psychiatry',
      'zarate-2006',
      'kew-2023',
    ]);
    expect(PSILOCYBIN_STUDIES.map((s) => s.id).sort()).toEqual(
      [
        'goodwin-2022',
        'carhart-harris-2021',
        'davis-2021',
        'gukasyan-2022',
        'griffiths-2016',
        'ross-2016',
        'bogenschutz-2022',
        'raison-2023',
        'psilocybin-living-review-2025',
        'haikazian-2023',
        'metaxa-2024',
        'hieronymus-2025',
      ].sort(),
    );
  });

  it('has unique slug ids, equal to each citation id', () => {
    const ids = BUILTIN_STUDIES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of BUILTIN_STUDIES) {
      expect(s.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(s.citation.value.id).toBe(s.id);
    }
  });

  it('gives every fact a status and a source, and has no value outside a fact', () => {
    for (const s of BUILTIN_STUDIES) {
      expect(factProblems(s), s.id).toEqual([]);
      expect(listFacts(s).length, s.id).toBeGreaterThan(3);
    }
  });

  it('keeps identifiers consistent: the DOI, PMID and PMCID facts agree with the citation', () => {
    for (const s of BUILTIN_STUDIES) {
      const c = s.citation.value;
      expect(normalizeDoi(c.DOI ?? ''), s.id).toBe(normalizeDoi(s.doi?.value ?? ''));
      // A PMID [C2] is not put into a confirmed citation (Goodwin 2022): the citation never holds one without its fact.
      if (c.PMID) expect(c.PMID, s.id).toBe(s.pmid?.value);
      expect(c.PMCID, s.id).toBe(s.pmcid?.value);
    }
  });

  it('Feder 2025: the 69% response is on CAPS-5 (≥30% improvement) with 9/13, not the PCL-5', () => {
    const f = study('feder-2025');
    const response = f.outcomes.find((o) => o.percent === 69)!;
    expect(response).toMatchObject({ measure: 'CAPS-5', events: 9, total: 13, status: 'corrected' });
    expect(response.quantity).toMatch(/≥30% CAPS-5/);
    expect(f.outcomes.some((o) => o.measure.includes('PCL'))).toBe(false);
    expect(f.measures.value).toEqual(['CAPS-5']);
    expect(f.citation.value.author).toHaveLength(18);
    expect(f.n?.value).toMatchObject({ started: 14, analysed: 13 });
  });

  it('the circulated "Johnson 2025" citation is kept on Moore 2025, with the correction', () => {
    const m = study('moore-2025');
    expect(m.citation.value.author?.[0]?.family).toBe('Moore');
    expect(m.doi?.value).toBe('10.1016/j.jad.2025.04.041');
    const circ = m.circulatedCitations[0]!;
    expect(circ.text).toMatch(/^Johnson, D\. E\., Rodrigues, N\. B\., Weisz, S\./);
    expect(circ.correction).toMatch(/No paper with this citation was found/);
    // Volume and pages are unverified: left out.
    expect(m.citation.value.volume).toBeUndefined();
    expect(m.intervention?.dose?.status).toBe('secondary');
    expect(m.intervention?.route).toMatchObject({ value: null, status: 'unverified' });
  });

  it('the chronic pain pilot is Batievsky et al., not Drozdz et al.', () => {
    const b = study('batievsky-2023');
    expect(b.citation.value.author?.map((a) => a.family)).toEqual([
      'Batievsky',
      'Weiner',
      'Kaplan',
      'Thase',
      'Maglione',
      'Vidot',
    ]);
    expect(b.citation.status).toBe('corrected');
    expect(b.circulatedCitations[0]!.text).toMatch(/^Drozdz/);
    expect(study('drozdz-2022').citation.value.title).toMatch(/systematic narrative review/);
  });

  it('Robison 2022 has N = 5, not 8, as a correction', () => {
    const r = study('robison-2022');
    expect(r.n).toMatchObject({ value: { started: 5 }, status: 'corrected' });
    expect(r.circulatedCitations[0]!.text).toMatch(/^Szarmach/);
    expect(r.outcomes.find((o) => o.measure === 'PHQ-9')).toMatchObject({ events: 4, total: 5 });
  });

  it('carries unverified details as unverified (Zarate 2006, Dakwar 2014)', () => {
    const z = study('zarate-2006');
    expect(z.n?.status).toBe('unverified');
    expect(z.outcomes.every((o) => o.status === 'unverified')).toBe(true);
    expect(z.citation.status).toBe('secondary');
    expect(study('dakwar-2014').citation.status).toBe('unverified');
    expect(study('dakwar-2014-biol-psychiatry').citation.status).toBe('confirmed');
  });

  it('flags the BMJ 2024 meta-analysis: no pooled estimate, the expression of concern attached', () => {
    const m = study('metaxa-2024');
    expect(m.doNotUsePooledEstimate?.value).toBe(true);
    expect(m.outcomes).toEqual([]);
    expect(m.cautions.map((c) => c.id)).toContain('bmj-2024-expression-of-concern');
  });

  it('attaches both cautions to the pooled estimates, and the control-arm caution to placebo-controlled depression trials', () => {
    for (const id of ['psilocybin-living-review-2025', 'haikazian-2023']) {
      expect(study(id).cautions.map((c) => c.id)).toEqual([
        'bmj-2024-expression-of-concern',
        'psilocybin-control-arm-response',
      ]);
    }
    for (const id of ['goodwin-2022', 'davis-2021', 'raison-2023', 'hieronymus-2025'])
      expect(study(id).cautions.map((c) => c.id)).toContain('psilocybin-control-arm-response');
  });

  it('marks Goodwin 2022 response and remission counts as secondary ([C2]) and MADRS change as confirmed', () => {
    const g = study('goodwin-2022');
    expect(
      g.outcomes.filter((o) => /response|remission/.test(o.quantity)).every((o) => o.status === 'secondary'),
    ).toBe(true);
    expect(g.outcomes.find((o) => o.arm === '25 mg vs 1 mg')?.reportedEffect).toMatchObject({
      value: -6.6,
      ciLower: -10.2,
      ciUpper: -2.9,
    });
    expect(g.pmid?.status).toBe('secondary');
  });
});
