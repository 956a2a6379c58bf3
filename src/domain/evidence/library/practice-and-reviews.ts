/** Practice data (Dore 2019), a perspective (Krystal 2019) and a systematic review (Kew 2023). */
import { defineStudy, names, section } from './define.ts';

const d = section('reference/studies.md §8 Dore et al. 2019');

export const dore2019 = defineStudy({
  id: 'dore-2019',
  label: 'KAP outcomes in three private practices (prospectively collected, retrospectively analysed)',
  citation: d.c(
    {
      id: 'dore-2019',
      type: 'article-journal',
      title:
        'Ketamine assisted psychotherapy (KAP): patient demographics, clinical data and outcomes in three large ' +
        'practices administering ketamine with psychotherapy',
      author: names(
        'Dore J, Turnipseed B, Dwyer S, Turnipseed A, Andries J, Ascani G, Monnette C, Huidekoper A, Strauss N, Wolfson P',
      ),
      'container-title': 'J Psychoactive Drugs',
      issued: { 'date-parts': [[2019]] },
      volume: '51',
      issue: '2',
      page: '189-198',
      DOI: '10.1080/02791072.2019.1587556',
      PMID: '30917760',
    },
    'Confirmed',
  ),
  doi: d.c('10.1080/02791072.2019.1587556', 'Confirmed'),
  pmid: d.c('30917760', 'Confirmed'),
  design: d.u(
    { kind: 'observational', text: 'prospectively collected, retrospectively analysed; no comparator' },
    'Design',
  ),
  setting: d.u('Three private practices, 2013–2018', 'Design'),
  conditions: d.nc(
    ['depression', 'anxiety'],
    'Design',
    'Inferred from the measures (BDI, HAM-A); not stated in our source',
  ),
  n: d.u({ started: 235 }, 'Design'),
  intervention: {
    drug: d.c('ketamine', 'title'),
    route: d.nc(null, 'Design', 'Routes are unverified and not shown'),
    dose: d.nc(null, 'Design', 'Doses are unverified and not shown'),
    sessions: null,
    psychotherapy: d.c('Ketamine administered with psychotherapy', 'title'),
  },
  comparator: d.u('None', 'Design'),
  measures: d.u(['BDI', 'HAM-A'], 'Design'),
  keyFindings: [
    d.u(
      'Depression (BDI) and anxiety (HAM-A) improved significantly, more so in older patients and in those with severe symptoms.',
      'Design',
    ),
  ],
  cautions: [
    {
      id: 'dore-2019-numbers-unverified',
      text: 'Routes, doses and numeric results are unverified in our source and are not shown. No comparison group.',
      status: 'unverified',
      source: d.source('Design'),
    },
  ],
});

const k = section('reference/studies.md §9 Krystal et al. 2019');

export const krystal2019 = defineStudy({
  id: 'krystal-2019',
  label: 'Ketamine as a paradigm shift for depression (perspective)',
  citation: k.c(
    {
      id: 'krystal-2019',
      type: 'article-journal',
      title: 'Ketamine: a paradigm shift for depression research and treatment',
      author: names('Krystal JH, Abdallah CG, Sanacora G, Charney DS, Duman RS'),
      'container-title': 'Neuron',
      issued: { 'date-parts': [[2019]] },
      volume: '101',
      issue: '5',
      page: '774-778',
      DOI: '10.1016/j.neuron.2019.02.005',
    },
    'Confirmed',
  ),
  doi: k.c('10.1016/j.neuron.2019.02.005', 'Confirmed'),
  design: k.c({ kind: 'perspective', text: 'perspective; no participants, no outcomes' }, 'Confirmed'),
  conditions: k.c(['depression'], 'title'),
  intervention: {
    drug: k.c('ketamine', 'title'),
    route: null,
    dose: null,
    sessions: null,
    psychotherapy: null,
  },
  keyFindings: [
    k.c(
      'A perspective on ketamine in depression research and treatment; it reports no study data.',
      'Confirmed',
    ),
  ],
});

const w = section('reference/studies.md "Also relevant" Kew et al. 2023');

export const kew2023 = defineStudy({
  id: 'kew-2023',
  label: 'Ketamine and psychotherapy for psychiatric disorders (systematic review)',
  citation: w.c(
    {
      id: 'kew-2023',
      type: 'article-journal',
      title: 'Ketamine and psychotherapy for the treatment of psychiatric disorders: systematic review',
      author: names('Kew BM, Porter RJ, Douglas KM, Glue P, Mentzel CL, Beaglehole B'),
      'container-title': 'BJPsych Open',
      issued: { 'date-parts': [[2023, 5, 2]] },
      note: 'Published online 2 May 2023',
    },
    'confirmed',
  ),
  registrations: [w.c('PROSPERO CRD42022318120', 'confirmed')],
  design: w.c({ kind: 'systematic-review', text: 'systematic review' }, 'title'),
  conditions: w.c(['psychiatric disorders'], 'title'),
  intervention: {
    drug: w.c('ketamine', 'title'),
    route: null,
    dose: null,
    sessions: null,
    psychotherapy: w.c('Ketamine combined with psychotherapy (the review topic)', 'title'),
  },
  keyFindings: [
    w.c(
      'A registered systematic review of ketamine combined with psychotherapy across psychiatric disorders.',
      'confirmed',
    ),
  ],
});
