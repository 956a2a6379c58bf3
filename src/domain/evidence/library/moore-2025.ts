import { defineStudy, names, section } from './define.ts';

const f = section('reference/studies.md §2 (circulated as Johnson et al. 2025)');

export const moore2025 = defineStudy({
  id: 'moore-2025',
  label: 'Ketamine with or without psychotherapy in a help-seeking sample (observational)',
  citation: f.fix(
    {
      id: 'moore-2025',
      type: 'article-journal',
      title:
        'Combined ketamine and psychotherapy provide no additional benefit beyond ketamine alone in treating ' +
        'depression or PTSD: evidence from a help-seeking sample',
      author: names(
        'Moore TM, Walker K, Tung E, Teed AR, Hell F, Kinreich S, Jung R, Abdel F, Hanson RW, Ahmed SS',
      ),
      'container-title': 'J Affect Disord',
      issued: { 'date-parts': [[2025]] },
      DOI: '10.1016/j.jad.2025.04.041',
    },
    'finding matches (confirmed)',
    'The circulated "Johnson DE, Rodrigues NB, Weisz S, et al. (2025) Eur Neuropsychopharmacol 91:69–77" was not found; this is the paper whose finding it describes. Volume and pages are unverified and left out.',
  ),
  doi: f.c('10.1016/j.jad.2025.04.041', 'finding matches (confirmed)'),
  related: [
    f.c(
      { relation: 'preprint', citation: 'PsyArXiv preprint', doi: '10.31234/osf.io/cs24j' },
      'finding matches (confirmed)',
    ),
  ],
  design: f.u({ kind: 'observational', text: 'observational, help-seeking sample' }, 'Design'),
  population: f.u('Help-seeking sample; about 60% female; mean age about 42', 'Design'),
  conditions: f.u(['depression', 'ptsd'], 'Measures; title'),
  n: f.u({ text: 'overlapping samples of N = 202, 470 and 624' }, 'Design'),
  intervention: {
    drug: f.u('ketamine', 'Arms'),
    route: f.nc(null, 'Dose', 'The route is unverified and not shown'),
    dose: f.s2('35 mg × 6', 'Dose', 'Appears only on a secondary page'),
    sessions: f.u('4–14 sessions within 30- or 180-day windows', 'Arms'),
    psychotherapy: f.u('Psychotherapy in the combination arm only', 'Arms'),
  },
  comparator: f.u('Ketamine alone (vs ketamine + psychotherapy)', 'Arms'),
  followUp: f.u('30- or 180-day windows', 'Arms'),
  measures: f.u(['PHQ-9', 'PCL-5'], 'Measures'),
  keyFindings: [
    f.u(
      'Depression (PHQ-9) and PTSD (PCL-5) improved in both arms; trajectories with and without psychotherapy did not differ significantly (generalized additive mixed models).',
      'Measures',
    ),
    f.u(
      'Exploratory, not significant: younger women did better with the combination, older men with ketamine alone.',
      'Measures',
    ),
  ],
  circulatedCitations: [
    {
      text:
        'Johnson, D. E., Rodrigues, N. B., Weisz, S., Chisamore, N., Kaczmarek, E. S., Mansur, R. B., McIntyre, R. S., ' +
        '& Rosenblat, J. D. (2025). Combining ketamine with psychotherapy provides no additional benefit over ketamine ' +
        'alone: real-world outcomes. European Neuropsychopharmacology, 91, 69–77.',
      correction:
        'No paper with this citation was found. The finding it describes is Moore TM, Walker K, Tung E, et al. ' +
        '(2025), J Affect Disord, doi:10.1016/j.jad.2025.04.041 (preprint: PsyArXiv doi:10.31234/osf.io/cs24j).',
      status: 'corrected',
      source: 'reference/source-article.txt (as circulated); reference/studies.md §2',
    },
  ],
});
