/** The chronic pain pilot (circulated under the wrong authors) and the review those authors did write. */
import { defineStudy, names, section } from './define.ts';

const b = section('reference/studies.md §4 (circulated as Drozdz et al. 2023)');

export const batievsky2023 = defineStudy({
  id: 'batievsky-2023',
  label: 'KAP for chronic pain with depression: pilot of two approaches',
  citation: b.fix(
    {
      id: 'batievsky-2023',
      type: 'article-journal',
      title:
        'Ketamine-assisted psychotherapy treatment of chronic pain and comorbid depression: a pilot study of two approaches',
      author: names('Batievsky D, Weiner M, Kaplan SB, Thase ME, Maglione DN, Vidot DC'),
      'container-title': 'Front Pain Res',
      issued: { 'date-parts': [[2023]] },
      volume: '4',
      page: '1127863',
      DOI: '10.3389/fpain.2023.1127863',
    },
    'Correct (confirmed)',
    'Circulated with the wrong authors ("Drozdz SJ, Goel A, … Ladha KS"); the authors are Batievsky et al.',
  ),
  doi: b.c('10.3389/fpain.2023.1127863', 'Correct (confirmed)'),
  design: b.u({ kind: 'observational', text: 'observational pilot, two approaches, no control' }, 'Design'),
  population: b.u('People with chronic pain and major depression', 'Design'),
  conditions: b.u(['chronic pain', 'depression', 'major depression'], 'Design'),
  n: b.u({ started: 10, text: '5 "psychedelic", 5 "psycholytic"' }, 'Design'),
  intervention: {
    drug: b.u('ketamine', 'Design'),
    route: b.u(['IM', 'sublingual'], 'Design'),
    dose: b.nc(null, 'Design', 'Doses are unverified and not shown'),
    sessions: b.u(
      '"Psychedelic": high-dose IM ketamine 24 h before therapy; "psycholytic": low-dose sublingual lozenges during therapy',
      'Design',
    ),
    psychotherapy: b.u(
      'Psychotherapy in both approaches (ketamine 24 h before, or during, therapy)',
      'Design',
    ),
  },
  comparator: b.u('The two approaches with each other; no control', 'Design'),
  followUp: b.u('MEQ-30 after sessions 1, 3 and 6', 'Design'),
  measures: b.u(['BDI', 'BPI-SF', 'GAD-7', 'PCL-5', 'MEQ-30'], 'Design'),
  keyFindings: [
    b.u(
      'All ten improved on the primary measures (BDI, BPI-SF); the two approaches did not differ significantly.',
      'Design',
    ),
  ],
  cautions: [
    {
      id: 'batievsky-2023-numbers-unverified',
      text: 'Doses and numeric results are unverified in our source and are not shown.',
      status: 'unverified',
      source: b.source('Design'),
    },
  ],
  circulatedCitations: [
    {
      text:
        'Drozdz, S. J., Goel, A., McGarr, M. W., Bhat, V., Diep, C., Katz, J., & Ladha, K. S. (2023). ' +
        'Ketamine-assisted psychotherapy treatment of chronic pain and co-morbid depression: a pilot study of two ' +
        'approaches. Frontiers in Pain Research.',
      correction:
        'Wrong authors. The pilot is by Batievsky D, Weiner M, Kaplan SB, Thase ME, Maglione DN, Vidot DC ' +
        '(Front Pain Res 2023;4:1127863, doi:10.3389/fpain.2023.1127863). Drozdz et al. wrote the 2022 systematic ' +
        'narrative review (drozdz-2022).',
      status: 'corrected',
      source: 'reference/source-article.txt (as circulated); reference/studies.md §4',
    },
  ],
});

const d = section('reference/studies.md §5 Drozdz et al. 2022');

export const drozdz2022 = defineStudy({
  id: 'drozdz-2022',
  label: 'Systematic narrative review of ketamine-assisted psychotherapy',
  citation: d.c(
    {
      id: 'drozdz-2022',
      type: 'article-journal',
      title: 'Ketamine assisted psychotherapy: a systematic narrative review of the literature',
      author: names('Drozdz SJ, Goel A, McGarr MW, Katz J, Ritvo P, Mattina GF, Bhat V, Diep C, Ladha KS'),
      'container-title': 'J Pain Res',
      issued: { 'date-parts': [[2022]] },
      volume: '15',
      page: '1691-1706',
      DOI: '10.2147/JPR.S360733',
      PMID: '35734507',
    },
    'Confirmed',
  ),
  doi: d.c('10.2147/JPR.S360733', 'Confirmed'),
  pmid: d.c('35734507', 'Confirmed'),
  design: d.c({ kind: 'systematic-review', text: 'systematic narrative review' }, 'Confirmed'),
  conditions: d.nc([], 'Confirmed', 'The conditions covered are not recorded in our source'),
  n: d.c({ text: '17 articles, 603 participants' }, 'Confirmed'),
  intervention: {
    drug: d.c('ketamine', 'title'),
    route: null,
    dose: null,
    sessions: null,
    psychotherapy: d.c('Ketamine combined with psychotherapy (the review topic)', 'title'),
  },
  keyFindings: [
    d.c('Reviews 17 articles with 603 participants on ketamine combined with psychotherapy.', 'Confirmed'),
  ],
});
