/**
 * Titles, full author lists and identifiers the checked reference files leave out ("Goodwin et
 * al.", no title), completed from the papers' public records, each field with its provenance:
 * 'confirmed' when two independent records agree (the sources name both), 'unverified' when only
 * one record was found — shown as such, never as fact. A field no record gave stays absent: no
 * author or title is ever guessed. Applied to the built-in records in ./index.ts.
 */
import type { CslName, Fact, StudyRecord } from '../types.ts';
import { names } from './define.ts';

export interface Bibliography {
  title?: Fact<string>;
  /** The author list. 'confirmed': complete, in the paper's order; otherwise incomplete or unchecked. */
  author?: Fact<CslName[]>;
  doi?: Fact<string>;
  pmid?: Fact<string>;
}

const TWO = 'verified against two sources';
const ONE = 'from one source — unverified';
const both = (a: string, b: string) => `${a}; ${b} (${TWO})`;
const confirmed = <T>(value: T, source: string): Fact<T> => ({ value, status: 'confirmed', source });
const single = <T>(value: T, source: string, note: string): Fact<T> => ({
  value,
  status: 'unverified',
  source: `${source} (${ONE})`,
  note,
});

const GOODWIN_AUTHORS =
  'Goodwin GM, Aaronson ST, Alvarez O, Arden PC, Baker A, Bennett JC, Bird C, Blom RE, Brennan C, ' +
  'Brusch D, Burke L, Campbell-Coker K, Carhart-Harris R, Cattell J, Daniel A, DeBattista C, Dunlop BW, ' +
  'Eisen K, Feifel D, Forbes MK, Haumann HM, Hellerstein DJ, Hoppe AI, Husain MI, Jelen LA, Kamphuis J, ' +
  'Kawasaki J, Kelly JR, Key RE, Kishon R, Knatz Peck S, Knight G, Koolen MHB, Lean M, Licht RW, ' +
  'Maples-Keller JL, Mars J, Marwood L, McElhiney MC, Miller TL, Mirow A, Mistry S, Mletzko-Crowe T, ' +
  "Modlin LN, Nielsen RE, Nielson EM, Offerhaus SR, O'Keane V, Páleníček T, Printz D, Rademaker MC, " +
  'van Reemst A, Reinholdt F, Repantis D, Rucker J, Rudow S, Ruffell S, Rush AJ, Schoevers RA, ' +
  'Seynaeve M, Shao S, Soares JC, Somers M, Stansfield SC, Sterling D, Strockis A, Tsai J, Visser L, ' +
  'Wahba M, Williams S, Young AH, Ywema P, Zisook S, Malievskaia E';

const RAISON_AUTHORS =
  'Raison CL, Sanacora G, Woolley J, Heinzerling K, Dunlop BW, Brown RT, Kakar R, Hassman M, Trivedi RP, ' +
  "Robison R, Gukasyan N, Nayak SM, Hu X, O'Donnell KC, Kelmendi B, Sloshower J, Penn AD, Bradley E, " +
  'Kelly DF, Mletzko T, Nicholas CR, Hutson PR, Tarpley G, Utzinger M, Lenoch K, Warchol K, Gapasin T, ' +
  'Davis MC, Nelson-Douthit C, Wilson S, Brown C, Linton W, Ross S, Griffiths RR';

export const BIBLIOGRAPHY: Readonly<Record<string, Bibliography>> = {
  'goodwin-2022': {
    title: confirmed(
      'Single-dose psilocybin for a treatment-resistant episode of major depression',
      both(
        'the paper, N Engl J Med 2022;387:1637-48 (title page)',
        'Aalborg University research portal vbn.aau.dk',
      ),
    ),
    author: confirmed(
      names(GOODWIN_AUTHORS),
      both(
        'the paper (title page, 74 authors)',
        'Aalborg University research portal vbn.aau.dk (full names)',
      ),
    ),
  },
  'carhart-harris-2021': {
    title: confirmed(
      'Trial of psilocybin versus escitalopram for depression',
      both(
        'the paper, N Engl J Med 2021;384:1402-11 (title page)',
        'OpenAlex record via rdlacademicdatabase.cloud',
      ),
    ),
    author: confirmed(
      names(
        'Carhart-Harris R, Giribaldi B, Watts R, Baker-Jones M, Murphy-Beiner A, Murphy R, Martell J, ' +
          'Blemings A, Erritzoe D, Nutt DJ',
      ),
      both('the paper (title page)', 'a second copy of the paper (studylib.net and scribd.com)'),
    ),
  },
  'davis-2021': {
    title: confirmed(
      'Effects of psilocybin-assisted therapy on major depressive disorder: a randomized clinical trial',
      both('PubMed Central PMC7643046', 'the paper, JAMA Psychiatry (title page)'),
    ),
    author: confirmed(
      names('Davis AK, Barrett FS, May DG, Cosimano MP, Sepeda ND, Johnson MW, Finan PH, Griffiths RR'),
      both('PubMed Central PMC7643046', 'the paper (title page)'),
    ),
  },
  'gukasyan-2022': {
    title: confirmed(
      'Efficacy and safety of psilocybin-assisted treatment for major depressive disorder: prospective 12-month follow-up',
      both('PubMed 35166158', 'the paper, J Psychopharmacol 2022;36(2):151-158 (title page)'),
    ),
    author: confirmed(
      names('Gukasyan N, Davis AK, Barrett FS, Cosimano MP, Sepeda ND, Johnson MW, Griffiths RR'),
      both('the paper (title page)', 'GRECC publication record (grecc.org)'),
    ),
  },
  'griffiths-2016': {
    title: confirmed(
      'Psilocybin produces substantial and sustained decreases in depression and anxiety in patients with life-threatening cancer: a randomized double-blind trial',
      both(
        'the paper, J Psychopharmacol 2016;30(12):1181-1197 (title page)',
        'Johns Hopkins research portal (RIS)',
      ),
    ),
    author: confirmed(
      names(
        'Griffiths RR, Johnson MW, Carducci MA, Umbricht A, Richards WA, Richards BD, Cosimano MP, Klinedinst MA',
      ),
      both('the paper (title page)', 'Johns Hopkins research portal (RIS)'),
    ),
  },
  'ross-2016': {
    title: confirmed(
      'Rapid and sustained symptom reduction following psilocybin treatment for anxiety and depression in patients with life-threatening cancer: a randomized controlled trial',
      both('the paper, J Psychopharmacol 2016;30(12):1165-1180 (title page)', 'NYU Scholars record (RIS)'),
    ),
    author: confirmed(
      names(
        'Ross S, Bossis A, Guss J, Agin-Liebes G, Malone T, Cohen B, Mennenga SE, Belser A, Kalliontzi K, ' +
          'Babb J, Su Z, Corby P, Schmidt BL',
      ),
      both('the paper (title page)', 'NYU Scholars record (RIS)'),
    ),
  },
  'bogenschutz-2022': {
    title: confirmed(
      'Percentage of heavy drinking days following psilocybin-assisted psychotherapy vs placebo in the treatment of adult patients with alcohol use disorder: a randomized clinical trial',
      both(
        'the paper, JAMA Psychiatry 2022;79(10):953-962 (title page)',
        'Irish National Drugs Library record 36883 (drugsandalcohol.ie)',
      ),
    ),
    author: confirmed(
      names(
        "Bogenschutz MP, Ross S, Bhatt S, Baron T, Forcehimes AA, Laska E, Mennenga SE, O'Donnell K, " +
          'Owens LT, Podrebarac S, Rotrosen J, Tonigan JS, Worth L',
      ),
      both('the paper (title page)', 'Irish National Drugs Library record 36883 (drugsandalcohol.ie)'),
    ),
    doi: confirmed(
      '10.1001/jamapsychiatry.2022.2096',
      both('Irish National Drugs Library record 36883', 'Pivot Psychedelics research summary (citation)'),
    ),
  },
  'raison-2023': {
    title: confirmed(
      'Single-dose psilocybin treatment for major depressive disorder: a randomized clinical trial',
      both('PubMed Central PMC10472268', 'Yale School of Medicine publication list'),
    ),
    author: confirmed(
      names(RAISON_AUTHORS),
      both('PubMed Central PMC10472268 (full names)', 'Yale School of Medicine publication list'),
    ),
  },
  'psilocybin-living-review-2025': {
    title: confirmed(
      'Psilocybin treatment for symptoms of depression: a living systematic review, meta-analysis, and data resource',
      both('Sciety record of doi:10.1101/2025.08.13.25333530', 'OpenAlex record via mindscapecollective.org'),
    ),
  },
  'haikazian-2023': {
    title: confirmed(
      'Psilocybin-assisted therapy for depression: a systematic review and meta-analysis',
      both('psilocybin-research.com record (from Europe PMC)', 'Blossom paper record (moreblossom.com)'),
    ),
    author: single(
      names('Haikazian S'),
      'Blossom paper record (moreblossom.com)',
      'The one record found lists nine authors alphabetically, not in the paper’s order: only the first author is given, the list is incomplete.',
    ),
    pmid: single(
      '37844352',
      'psilocybin-research.com record (from Europe PMC)',
      'Not checked against PubMed itself; a public GitHub reference list gives the same PMID, but it is not a record we could name.',
    ),
  },
  'metaxa-2024': {
    title: confirmed(
      'Efficacy of psilocybin for treating symptoms of depression: systematic review and meta-analysis',
      both('the paper, BMJ 2024;385:e078084 (title page)', 'EvidenceAlerts record'),
    ),
    author: confirmed(
      [
        { family: 'Metaxa', given: 'A.-M.' },
        { family: 'Clarke', given: 'M.' },
      ],
      both(
        'the paper (title page: Athina-Marina Metaxa, Mike Clarke)',
        'EvidenceAlerts record (Metaxa AM, Clarke M)',
      ),
    ),
    pmid: single(
      '38692686',
      'a copy of the PubMed record (which also links the expression of concern)',
      'Not checked against a second record.',
    ),
  },
  'hieronymus-2025': {
    title: confirmed(
      'Control group outcomes in trials of psilocybin, SSRIs, or esketamine for depression: a meta-analysis',
      both('Blossom paper record (moreblossom.com)', 'Epocrates summary citing PubMed 40736734'),
    ),
    author: single(
      names('Hieronymus F'),
      'Epocrates summary ("Hieronymus F, et al.")',
      'First author only, so the list is incomplete: the one other record found (Blossom, moreblossom.com) lists Hieronymus F, López E and Lundberg J alphabetically, which gives neither the order nor whether that is everyone.',
    ),
  },
  'feder-2021': {
    title: confirmed(
      'A randomized controlled trial of repeated ketamine administration for chronic posttraumatic stress disorder',
      both(
        'the journal page, doi:10.1176/appi.ajp.2020.20050596',
        'UT Southwestern research portal (BibTeX)',
      ),
    ),
    author: single(
      [{ family: 'Feder', given: 'Adriana' }],
      'Mount Sinai news release on the paper (EurekAlert, January 2021: "Adriana Feder, MD … lead author of the study")',
      'First author only, so the list is incomplete: the Kew et al. 2023 reference list (BJPsych Open, cambridge.org) names the next five co-authors by surname only (Costi, Rutter, Collins, Govindarajulu, Jha), without initials, and no record with the full list was found.',
    ),
  },
  'zarate-2006': {
    title: single(
      'A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression',
      'public GitHub files: benchmark notes transcribing the PubMed record for PMID 16894061 (title with the PMID and DOI), and reading lists citing the paper with its DOI or its PubMed link',
      'These copies agree with each other, but none is a primary record we could name; not yet checked against PubMed or the publisher.',
    ),
    author: single(
      names('Zarate CA, Singh JB, Carlson PJ, Brutsche NE, Ameli R, Luckenbaugh DA, Charney DS, Manji HK'),
      'an APA bibliography in a public GitHub file (which marks the entry itself as needing verification)',
      'The first three authors (Zarate CA Jr, Singh JB, Carlson PJ) also appear, before "et al.", in two other public copies; the other five come from this one copy only, and the first author’s suffix "Jr" is not recorded here.',
    ),
  },
  'krystal-2019': {
    pmid: single(
      '30844397',
      'a public reading list (GitHub file) linking pubmed.ncbi.nlm.nih.gov/30844397 to this paper (Neuron 101(5):774-778)',
      'Not checked against PubMed itself or a second record.',
    ),
  },
  'kew-2023': {
    doi: single(
      '10.1192/bjo.2023.53',
      'Universidad Veracruzana library catalogue, record pubmed-10228275 (ebusca.uv.mx, harvested from PubMed)',
      'Not checked against the publisher or a second record.',
    ),
    pmid: single(
      '37128856',
      'Universidad Veracruzana library catalogue, record pubmed-10228275 (ebusca.uv.mx, harvested from PubMed; PMC10228275)',
      'Not checked against PubMed itself or a second record.',
    ),
  },
  'dakwar-2014-biol-psychiatry': {
    title: confirmed(
      'The effects of subanesthetic ketamine infusions on motivation to quit and cue-induced craving in cocaine-dependent research volunteers',
      both('PubMed 24035344', 'PubMed Central PMC4105157'),
    ),
    pmid: confirmed('24035344', both('PubMed Central PMC4105157', 'the PubMed record')),
  },
};

/** The record with its citation completed from BIBLIOGRAPHY (the provenance kept in `bibliography`). */
export function withBibliography(record: StudyRecord): StudyRecord {
  const b = BIBLIOGRAPHY[record.id];
  if (!b) return record;
  const value = { ...record.citation.value };
  if (b.title) value.title = b.title.value;
  if (b.author) value.author = b.author.value;
  if (b.doi && !value.DOI) value.DOI = b.doi.value;
  if (b.pmid && !value.PMID) value.PMID = b.pmid.value;
  const completed =
    'Title, authors and identifiers it lacks were completed from public records: see bibliography.';
  const note = record.citation.note ? `${record.citation.note} ${completed}` : completed;
  return {
    ...record,
    citation: { ...record.citation, value, note },
    doi: record.doi ?? b.doi ?? null,
    pmid: record.pmid ?? b.pmid ?? null,
    bibliography: b,
  };
}
