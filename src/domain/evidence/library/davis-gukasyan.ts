/** Psilocybin-assisted therapy for major depression (Davis 2021) and its 12-month follow-up (Gukasyan 2022). */
import { CONTROL_ARM_INFLATION } from './cautions.ts';
import { defineStudy, names, section } from './define.ts';

const d = section('reference/psilocybin-studies.md Davis et al. 2021');

export const davis2021 = defineStudy({
  id: 'davis-2021',
  label: 'Psilocybin-assisted therapy for major depression: immediate vs delayed treatment',
  citation: d.c(
    {
      id: 'davis-2021',
      type: 'article-journal',
      author: names('Davis'),
      'container-title': 'JAMA Psychiatry',
      issued: { 'date-parts': [[2021]] },
      volume: '78',
      issue: '5',
      page: '481-489',
      DOI: '10.1001/jamapsychiatry.2020.3285',
      PMID: '33146667',
      PMCID: 'PMC7643046',
    },
    '[C]',
    'The reference gives the first author only ("Davis et al.") and no title.',
  ),
  doi: d.c('10.1001/jamapsychiatry.2020.3285', '[C]'),
  pmid: d.c('33146667', '[C]'),
  pmcid: d.c('PMC7643046', '[C]'),
  related: [
    d.c(
      { relation: 'followed up by', citation: 'Gukasyan et al. 2022 (12 months)', studyId: 'gukasyan-2022' },
      'Gukasyan 2022 heading',
    ),
  ],
  design: d.c({ kind: 'rct', text: 'randomised, immediate vs delayed treatment' }, '[C]'),
  conditions: d.u(['major depressive disorder', 'depression'], 'heading'),
  n: d.c({ randomised: 27, analysed: 24, text: '15 immediate, 12 delayed; 24 completed' }, '[C]'),
  intervention: {
    drug: d.c('psilocybin', '[C]'),
    route: null,
    dose: d.c('20 then 30 mg/70 kg', '[C]'),
    sessions: d.c('Two sessions', '[C]'),
    psychotherapy: d.c('About 11 h of supportive psychotherapy', '[C]'),
  },
  comparator: d.u('Delayed treatment', 'heading'),
  followUp: d.c('Weeks 1 and 4 after session 2', '[C]'),
  measures: d.c(['GRID-HAMD'], '[C]'),
  outcomes: [
    {
      measure: 'GRID-HAMD',
      timepoint: 'baseline',
      arm: 'all participants',
      quantity: 'mean (SD)',
      mean: 22.8,
      sd: 3.9,
      status: 'confirmed',
      provenance: d.source('[C]'),
    },
    ...[
      { timepoint: 'week 1 after session 2', mean: 8.0, sd: 7.1 },
      { timepoint: 'week 4 after session 2', mean: 8.5, sd: 5.7 },
    ].map((o) => ({
      ...o,
      measure: 'GRID-HAMD',
      arm: 'immediate treatment',
      quantity: 'mean (SD)',
      status: 'confirmed' as const,
      provenance: d.source('[C]'),
    })),
    ...[
      { timepoint: 'same timepoint as week 1 (immediate group)', mean: 23.8, sd: 5.4 },
      { timepoint: 'same timepoint as week 4 (immediate group)', mean: 23.5, sd: 6.0 },
    ].map((o) => ({
      ...o,
      measure: 'GRID-HAMD',
      arm: 'delayed treatment',
      quantity: 'mean (SD)',
      status: 'secondary' as const,
      provenance: d.source('[C2]'),
    })),
  ],
  keyFindings: [
    d.c(
      'Depression scores (GRID-HAMD) fell from about 23 to about 8 within a week of the second session and stayed there at week 4.',
      '[C]',
    ),
    d.s2('The delayed group stayed near 23–24 over the same period.', '[C2]'),
  ],
  cautions: [
    CONTROL_ARM_INFLATION,
    {
      id: 'davis-2021-unverified-effects',
      text: 'The published effect size and response/remission rates are unverified in our source and are not shown.',
      status: 'unverified',
      source: d.source('[C2] bullet'),
    },
  ],
});

const g = section('reference/psilocybin-studies.md Gukasyan et al. 2022');

export const gukasyan2022 = defineStudy({
  id: 'gukasyan-2022',
  label: 'Psilocybin-assisted therapy for major depression: 12-month follow-up of Davis 2021',
  citation: g.c(
    {
      id: 'gukasyan-2022',
      type: 'article-journal',
      author: names('Gukasyan'),
      'container-title': 'J Psychopharmacol',
      issued: { 'date-parts': [[2022]] },
      volume: '36',
      issue: '2',
      page: '151-158',
      DOI: '10.1177/02698811211073759',
      PMID: '35166158',
    },
    '[C]',
    'The reference gives the first author only ("Gukasyan et al.") and no title.',
  ),
  doi: g.c('10.1177/02698811211073759', '[C]'),
  pmid: g.c('35166158', '[C]'),
  related: [
    g.c({ relation: 'follow-up of', citation: 'Davis et al. 2021', studyId: 'davis-2021' }, 'heading'),
  ],
  design: g.c({ kind: 'follow-up', text: '12-month follow-up of a randomised trial (Davis 2021)' }, '[C]'),
  conditions: g.u(['major depressive disorder', 'depression'], 'heading (Davis 2021)'),
  n: g.c({ analysed: 24, text: 'all 24 completers followed to 12 months' }, '[C]'),
  intervention: {
    drug: g.c('psilocybin', 'heading'),
    route: null,
    dose: null,
    sessions: null,
    psychotherapy: g.c('As in Davis 2021 (psilocybin-assisted therapy)', 'heading'),
  },
  followUp: g.c('1, 3, 6 and 12 months', '[C]'),
  measures: g.c(
    ['depression severity (scale not named in our source)', 'mystical experience ratings'],
    '[C]',
  ),
  outcomes: [
    ...[
      ['1 month', 2.3],
      ['3 months', 2.0],
      ['6 months', 2.6],
      ['12 months', 2.4],
    ].map(([timepoint, value]) => ({
      measure: 'depression severity (scale not named in our source)',
      timepoint: timepoint as string,
      arm: 'completers (within-group)',
      quantity: 'within-group effect size d',
      reportedEffect: { type: 'd (within-group)', value: value as number },
      status: 'confirmed' as const,
      provenance: g.source('[C]'),
    })),
    ...[
      ['response', 75],
      ['remission', 58],
    ].map(([quantity, percent]) => ({
      measure: 'depression severity (scale not named in our source)',
      timepoint: '12 months',
      arm: 'completers',
      quantity: quantity as string,
      n: 24,
      percent: percent as number,
      status: 'confirmed' as const,
      provenance: g.source('[C]'),
    })),
  ],
  keyFindings: [
    g.c(
      'Large within-group improvements held for 12 months (d 2.0–2.6); at 12 months 75% were responders and 58% in remission.',
      '[C]',
    ),
    g.c('Mystical-experience ratings predicted well-being, not improvement in depression.', '[C]'),
  ],
  cautions: [
    {
      id: 'gukasyan-2022-within-group',
      text: 'Within-group effects in completers: not comparable with between-group effects from controlled trials.',
      status: 'confirmed',
      source: g.source('[C]'),
    },
  ],
});
