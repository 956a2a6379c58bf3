import { defineStudy, names, section } from './define.ts';

const f = section('reference/studies.md §6 (circulated as Szarmach et al. 2022)');
const C = 'Correction';

export const robison2022 = defineStudy({
  id: 'robison-2022',
  label: 'Group KAP in residential eating-disorder treatment with depression and anxiety (case series)',
  citation: f.fix(
    {
      id: 'robison-2022',
      type: 'article-journal',
      title:
        'A case series of group-based ketamine-assisted psychotherapy for patients in residential treatment for ' +
        'eating disorders with comorbid depression and anxiety disorders',
      author: names(
        'Robison R, Lafrance A, Brendle M, Smith M, Moore C, Ahuja S, Richards S, Hawkins N, Strahan E',
      ),
      'container-title': 'J Eat Disord',
      issued: { 'date-parts': [[2022]] },
      DOI: '10.1186/s40337-022-00588-9',
      PMID: '35524316',
      PMCID: 'PMC9077943',
    },
    'The paper on this topic (confirmed)',
    'Circulated as "Szarmach J, Cubała WJ, … (2022) J Eat Disord", which was not found. Volume and article number are unverified and left out.',
  ),
  doi: f.c('10.1186/s40337-022-00588-9', 'confirmed'),
  pmid: f.c('35524316', 'confirmed'),
  pmcid: f.c('PMC9077943', 'confirmed'),
  design: f.c({ kind: 'case-series', text: 'case series' }, 'title (confirmed)'),
  setting: f.c('Residential treatment for eating disorders', 'title (confirmed)'),
  population: f.c(
    'Patients with eating disorders and comorbid depression and anxiety disorders',
    'title (confirmed)',
  ),
  conditions: f.c(['eating disorders', 'depression', 'anxiety disorders'], 'title (confirmed)'),
  n: f.fix({ started: 5, analysed: 5 }, C, 'N = 5, not 8 as circulated'),
  intervention: {
    drug: f.c('ketamine', C),
    route: f.c(['IM'], C),
    dose: null,
    sessions: f.c('Weekly group sessions for 4 weeks during residential treatment', C),
    psychotherapy: f.c('Group-based ketamine-assisted psychotherapy', 'title (confirmed)'),
  },
  comparator: f.c('None', 'title: case series'),
  followUp: f.c('GAD-7 and PHQ-9 before dosing, 4 h and 24 h after', C),
  measures: f.c(['PHQ-9', 'GAD-7'], C),
  outcomes: [
    {
      measure: 'PHQ-9',
      timepoint: 'pre-dose to 24 h after the last session',
      arm: 'group KAP',
      quantity: 'clinically significant improvement (> 5 points)',
      events: 4,
      total: 5,
      status: 'confirmed',
      provenance: f.source(C),
    },
    {
      measure: 'GAD-7',
      timepoint: 'pre-dose to 24 h after the last session',
      arm: 'group KAP',
      quantity: 'clinically significant improvement (> 4 points)',
      events: 2,
      total: 5,
      status: 'confirmed',
      provenance: f.source(C),
    },
    {
      measure: 'serious adverse events',
      timepoint: 'during treatment',
      arm: 'group KAP',
      quantity: 'serious adverse events',
      events: 0,
      total: 5,
      status: 'confirmed',
      provenance: f.source(C),
      note: '"No serious adverse events"',
    },
  ],
  keyFindings: [
    f.fix(
      'Five patients, not eight: 4 of 5 improved meaningfully on the PHQ-9 and 2 of 5 on the GAD-7 by 24 h after the last of four weekly group sessions.',
      C,
      'N = 5, not 8',
    ),
    f.c('No serious adverse events.', C),
  ],
  circulatedCitations: [
    {
      text:
        'Szarmach, J., Cubała, W. J., Włodarczyk, A., & Wiglusz, M. S. (2022). Group-based ketamine-assisted ' +
        'psychotherapy for eating disorders with depression/anxiety: a case series. Journal of Eating Disorders.',
      correction:
        'No paper with this citation was found, and it describes 8 adults. The paper on this topic is Robison R, ' +
        'Lafrance A, Brendle M, et al. (2022), J Eat Disord, doi:10.1186/s40337-022-00588-9, with N = 5.',
      status: 'corrected',
      source: 'reference/source-article.txt (as circulated); reference/studies.md §6',
    },
  ],
});
