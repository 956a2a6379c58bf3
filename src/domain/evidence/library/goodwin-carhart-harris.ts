/** Two psilocybin depression trials with active or low-dose controls: Goodwin 2022 and Carhart-Harris 2021. */
import { CONTROL_ARM_INFLATION } from './cautions.ts';
import { defineStudy, names, section } from './define.ts';

const g = section('reference/psilocybin-studies.md Goodwin et al. 2022');
const ARMS = [
  { arm: '25 mg', total: 79 },
  { arm: '10 mg', total: 75 },
  { arm: '1 mg (control)', total: 79 },
];

export const goodwin2022 = defineStudy({
  id: 'goodwin-2022',
  label: 'Single-dose COMP360 psilocybin (25, 10 or 1 mg) for treatment-resistant depression',
  citation: g.c(
    {
      id: 'goodwin-2022',
      type: 'article-journal',
      author: names('Goodwin'),
      'container-title': 'N Engl J Med',
      issued: { 'date-parts': [[2022]] },
      volume: '387',
      issue: '18',
      page: '1637-1648',
      DOI: '10.1056/NEJMoa2206443',
    },
    '[C]',
    'The reference gives the first author only ("Goodwin et al.") and no title.',
  ),
  doi: g.c('10.1056/NEJMoa2206443', '[C]'),
  pmid: g.s2('36322843', '[C2]'),
  registrations: [g.c('NCT03775200', '[C]')],
  design: g.c(
    { kind: 'controlled-trial', text: 'phase 2, double-blind, three doses with 1 mg as control' },
    '[C]',
  ),
  conditions: g.u(['treatment-resistant depression', 'depression'], 'heading'),
  n: g.c({ text: '25 mg n=79, 10 mg n=75, 1 mg n=79' }, '[C]'),
  intervention: {
    drug: g.c('psilocybin', '[C]', 'COMP360 psilocybin'),
    route: null,
    dose: g.c('One dose of 25 mg or 10 mg', '[C]'),
    sessions: g.c('Single dose', '[C]'),
    psychotherapy: g.c('Psychological support', '[C]'),
  },
  comparator: g.c('Psilocybin 1 mg with psychological support', '[C]'),
  followUp: g.c('Week 3; sustained response from week 3 to 12', '[C]'),
  measures: g.c(['MADRS'], '[C]'),
  outcomes: [
    ...[-12.0, -7.9, -5.4].map((mean, i) => ({
      measure: 'MADRS',
      timepoint: 'week 3',
      arm: ARMS[i]!.arm,
      quantity: 'mean change from baseline (baseline 32–33)',
      n: ARMS[i]!.total,
      mean,
      status: 'confirmed' as const,
      provenance: g.source('[C]'),
    })),
    {
      measure: 'MADRS',
      timepoint: 'week 3',
      arm: '25 mg vs 1 mg',
      quantity: 'difference in change from baseline',
      reportedEffect: { type: 'mean difference', value: -6.6, ciLower: -10.2, ciUpper: -2.9, ciLevel: 95 },
      status: 'confirmed',
      provenance: g.source('[C]'),
    },
    ...[29, 14, 14].map((events, i) => ({
      measure: 'MADRS',
      timepoint: 'week 3',
      arm: ARMS[i]!.arm,
      quantity: 'response (≥50% fall in MADRS)',
      events,
      total: ARMS[i]!.total,
      status: 'secondary' as const,
      provenance: g.source('[C2]'),
    })),
    ...[23, 7, 6].map((events, i) => ({
      measure: 'MADRS',
      timepoint: 'week 3',
      arm: ARMS[i]!.arm,
      quantity: 'remission (MADRS ≤10)',
      events,
      total: ARMS[i]!.total,
      status: 'secondary' as const,
      provenance: g.source('[C2]'),
    })),
    {
      measure: 'adverse events',
      timepoint: 'trial period',
      arm: 'all participants',
      quantity: 'participants with adverse events',
      percent: 77,
      status: 'confirmed',
      provenance: g.source('[C]'),
    },
  ],
  keyFindings: [
    g.c(
      'At week 3, MADRS fell 6.6 points more with 25 mg than with 1 mg (−12.0 vs −5.4); with 10 mg it fell 7.9.',
      '[C]',
    ),
    g.c(
      'Sustained response from week 3 to 12 was not significantly better at 25 mg (counts unverified).',
      '[C]',
    ),
    g.c(
      'Adverse events in 77%; suicidal ideation, suicidal behaviour or self-injury occurred in every dose group.',
      '[C]',
    ),
  ],
  cautions: [CONTROL_ARM_INFLATION],
});

const h = section('reference/psilocybin-studies.md Carhart-Harris et al. 2021');

export const carhartHarris2021 = defineStudy({
  id: 'carhart-harris-2021',
  label: 'Psilocybin vs escitalopram (6 weeks)',
  citation: h.c(
    {
      id: 'carhart-harris-2021',
      type: 'article-journal',
      author: names('Carhart-Harris'),
      'container-title': 'N Engl J Med',
      issued: { 'date-parts': [[2021]] },
      volume: '384',
      issue: '15',
      page: '1402-1411',
      DOI: '10.1056/NEJMoa2032994',
    },
    '[C]',
    'The reference gives the first author only ("Carhart-Harris et al.") and no title.',
  ),
  doi: h.c('10.1056/NEJMoa2032994', '[C]'),
  registrations: [h.c('NCT03429075', '[C]')],
  design: h.c({ kind: 'controlled-trial', text: 'two arms, 6 weeks, psilocybin vs escitalopram' }, '[C]'),
  conditions: h.nc(
    ['depression'],
    'QIDS-SR16',
    'Inferred from the outcome measure (QIDS-SR16); our source does not name the condition',
  ),
  n: h.c({ started: 59, text: '30 psilocybin, 29 escitalopram' }, '[C]'),
  intervention: {
    drug: h.c('psilocybin', '[C]'),
    route: null,
    dose: h.c('25 mg twice, three weeks apart, plus daily placebo', '[C]'),
    sessions: h.c('Two dosing sessions three weeks apart', '[C]'),
    psychotherapy: h.c('Psychological support (both arms)', '[C]'),
  },
  comparator: h.c('Psilocybin 1 mg twice plus daily escitalopram, with psychological support', '[C]'),
  followUp: h.c('6 weeks', '[C]'),
  measures: h.s2(['QIDS-SR16'], '[C2]'),
  outcomes: [
    ...[
      { arm: 'psilocybin 25 mg', mean: -8.0, total: 30, response: 21, remission: 17 },
      { arm: 'escitalopram (+ psilocybin 1 mg)', mean: -6.0, total: 29, response: 14, remission: 8 },
    ].flatMap((a) => [
      {
        measure: 'QIDS-SR16',
        timepoint: 'week 6',
        arm: a.arm,
        quantity: 'mean change from baseline (± SE)',
        n: a.total,
        mean: a.mean,
        se: 1.0,
        status: 'secondary' as const,
        provenance: h.source('[C2]'),
      },
      {
        measure: 'QIDS-SR16',
        timepoint: 'week 6',
        arm: a.arm,
        quantity: 'response (>50%)',
        events: a.response,
        total: a.total,
        status: 'secondary' as const,
        provenance: h.source('[C2]'),
      },
      {
        measure: 'QIDS-SR16',
        timepoint: 'week 6',
        arm: a.arm,
        quantity: 'remission (QIDS ≤5)',
        events: a.remission,
        total: a.total,
        status: 'secondary' as const,
        provenance: h.source('[C2]'),
      },
    ]),
    {
      measure: 'QIDS-SR16',
      timepoint: 'week 6',
      arm: 'psilocybin vs escitalopram',
      quantity: 'difference in change',
      reportedEffect: {
        type: 'difference',
        value: 2.0,
        ciLower: -5.0,
        ciUpper: 0.9,
        ciLevel: 95,
        detail: 'P = 0.17',
      },
      status: 'secondary',
      provenance: h.source('[C2]'),
    },
  ],
  keyFindings: [
    h.s2(
      'QIDS-SR16 change at 6 weeks did not differ significantly between psilocybin and escitalopram (P = 0.17).',
      '[C2]',
    ),
    h.c('Secondary outcomes were not corrected for multiple comparisons.', '[C]'),
  ],
});
