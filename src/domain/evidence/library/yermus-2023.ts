import { defineStudy, names, section } from './define.ts';

const f = section('reference/studies.md §3 Yermus et al. 2023');
const RESULTS = 'Results (confirmed)';

export const yermus2023 = defineStudy({
  id: 'yermus-2023',
  label: 'KAP in 11 community clinics: large single-arm retrospective effectiveness study',
  citation: f.fix(
    {
      id: 'yermus-2023',
      type: 'article',
      title:
        'Ketamine-assisted psychotherapy provides lasting and effective results in depression, anxiety, and PTSD at ' +
        '3 and 6 months: findings from a large single-arm retrospective effectiveness trial',
      author: names(
        'Yermus R, Verbora M, Kennedy S, McMaster R, Kratina S, Wolfson E, Medrano B, Bryson N, Zaer N, Bottos J, Setlur V, Lo C',
      ),
      'container-title': 'medRxiv',
      publisher: 'medRxiv',
      issued: { 'date-parts': [[2023]] },
      DOI: '10.1101/2023.01.11.23284248',
    },
    'Preprint (confirmed); Correction',
    'The circulated title drops "retrospective" and "findings from"',
  ),
  doi: f.c('10.1101/2023.01.11.23284248', 'Preprint (confirmed)'),
  related: [
    f.c(
      {
        relation: 'peer-reviewed version',
        citation: 'Psychedelic Medicine (year, volume and pages unverified)',
        doi: '10.1089/psymed.2023.0021',
      },
      'Preprint (confirmed)',
    ),
  ],
  design: f.u({ kind: 'observational', text: 'single-arm, retrospective effectiveness study' }, 'heading'),
  setting: f.u('Field Trip Health clinics: 11 clinics, March 2020 – June 2022', 'heading; N'),
  population: f.u('Adults', 'N'),
  conditions: f.u(['depression', 'anxiety', 'ptsd'], 'title'),
  n: f.u(
    {
      started: 1806,
      text: 'Evaluable: 346 at 3 months and 94 at 6 months (82% and 95% lost to follow-up)',
    },
    'N; Results',
  ),
  intervention: {
    drug: f.u('ketamine', 'N'),
    route: f.u(['IM', 'sublingual'], 'N'),
    dose: null,
    sessions: f.u('4–6 ketamine sessions; mean 4 doses (SD 3)', 'N'),
    psychotherapy: f.u(
      'Psychotherapy-only visits after doses 1 and 2, then after every two doses; mean 3 therapy sessions (SD 2)',
      'N',
    ),
  },
  comparator: f.u('None (single arm)', 'heading'),
  followUp: f.u('1, 3 (primary) and 6 months', 'Measures'),
  measures: f.fix(['PHQ-9', 'GAD-7', 'PCL-6'], 'Measures', 'PTSD was measured with the PCL-6, not the PCL-5'),
  outcomes: [
    {
      measure: 'PHQ-9, GAD-7, PCL-6',
      timepoint: '3 months',
      arm: 'single arm (evaluable 346)',
      quantity: 'effect size d (range as reported)',
      reportedEffect: { type: 'd', value: 0.75, valueUpTo: 0.86 },
      status: 'confirmed',
      provenance: f.source(RESULTS),
      note: 'The reference gives the range, not which measure gives which value',
    },
    {
      measure: 'PHQ-9, GAD-7, PCL-6',
      timepoint: '6 months',
      arm: 'single arm (evaluable 94)',
      quantity: 'effect size d (range as reported)',
      reportedEffect: { type: 'd', value: 0.61, valueUpTo: 0.73 },
      status: 'confirmed',
      provenance: f.source(RESULTS),
    },
    {
      measure: 'PHQ-9, GAD-7, PCL-6',
      timepoint: '3 months',
      arm: 'single arm (evaluable 346)',
      quantity: 'reduction in cases (range as reported)',
      percent: 39,
      percentUpTo: 41,
      status: 'confirmed',
      provenance: f.source(RESULTS),
    },
    {
      measure: 'PHQ-9, GAD-7, PCL-6',
      timepoint: '6 months',
      arm: 'single arm (evaluable 94)',
      quantity: 'reduction in cases (range as reported)',
      percent: 29,
      percentUpTo: 37,
      status: 'confirmed',
      provenance: f.source(RESULTS),
    },
  ],
  keyFindings: [
    f.c(
      'Depression, anxiety and PTSD scores fell with moderate-to-large effects at 3 months (d 0.75–0.86) and somewhat less at 6 months (d 0.61–0.73).',
      RESULTS,
    ),
    f.c('Only 346 of 1,806 were evaluable at 3 months and 94 at 6 months.', RESULTS),
  ],
  cautions: [
    {
      id: 'yermus-2023-attrition',
      text:
        'Most people were lost to follow-up (82% at 3 months, 95% at 6 months) and there was no control group: ' +
        'those who stayed may differ from those who left.',
      status: 'confirmed',
      source: f.source(`${RESULTS}: "record this"`),
    },
  ],
  circulatedCitations: [
    {
      text:
        'Yermus, R., Verbora, M., Kennedy, S., McMaster, R., Kratina, S., Wolfson, E., Medrano, B., Bryson, N., Zaer, N., ' +
        '& Bottos, J. (2023). Ketamine-assisted psychotherapy provides lasting and effective results in depression, ' +
        'anxiety and PTSD at 3 and 6 months: a large single-arm effectiveness trial. medRxiv',
      correction:
        'The title drops "retrospective" and "findings from"; the author list stops at 10 of the 12 authors ' +
        '(Setlur V, Lo C) without "et al.". Preprint doi:10.1101/2023.01.11.23284248.',
      status: 'corrected',
      source: 'reference/source-article.txt (as circulated); reference/studies.md §3 Correction',
    },
  ],
});
