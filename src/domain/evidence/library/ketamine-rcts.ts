/** The two ketamine RCTs on the reading list: repeated ketamine for PTSD, single-dose ketamine for TRD. */
import { defineStudy, names, section } from './define.ts';

const f = section('reference/studies.md §7 Feder et al. 2021');
const R = 'Results (confirmed)';

export const feder2021 = defineStudy({
  id: 'feder-2021',
  label: 'Repeated IV ketamine vs midazolam for chronic PTSD (RCT)',
  citation: f.s2(
    {
      id: 'feder-2021',
      type: 'article-journal',
      author: names('Feder'),
      'container-title': 'Am J Psychiatry',
      issued: { 'date-parts': [[2021]] },
      volume: '178',
      issue: '2',
      page: '193-202',
      DOI: '10.1176/appi.ajp.2020.20050596',
    },
    'citation (secondary)',
    'Journal, volume and pages are secondary; the DOI is confirmed. The reference gives the first author only ("Feder et al.") and no title.',
  ),
  doi: f.c('10.1176/appi.ajp.2020.20050596', 'doi (confirmed)'),
  design: f.u({ kind: 'rct', text: 'randomized 1:1, active placebo (midazolam)' }, 'Design'),
  conditions: f.u(['ptsd', 'chronic ptsd'], 'heading'),
  population: f.u('People with chronic PTSD', 'heading'),
  n: f.u({ randomised: 30 }, 'Design'),
  intervention: {
    drug: f.u('ketamine', 'Design'),
    route: f.u(['IV'], 'Design'),
    dose: f.u('0.5 mg/kg', 'Design'),
    sessions: f.u('Six infusions over 2 weeks', 'Design'),
    psychotherapy: f.u('None', 'Design'),
  },
  comparator: f.u('Midazolam 0.045 mg/kg (active placebo), six infusions', 'Design'),
  followUp: f.u('Primary endpoint week 2; time to loss of response followed', 'Design; Results'),
  measures: f.u(['CAPS-5', 'MADRS'], 'Design; Results'),
  outcomes: [
    {
      measure: 'CAPS-5',
      timepoint: 'week 2',
      arm: 'ketamine vs midazolam',
      quantity: 'difference in change from baseline (points lower with ketamine)',
      reportedEffect: { type: 'mean difference', value: -11.88, detail: 'SE 3.96' },
      se: 3.96,
      status: 'confirmed',
      provenance: f.source(R),
    },
    {
      measure: 'CAPS-5',
      timepoint: 'week 2',
      arm: 'ketamine vs midazolam',
      quantity: 'standardised effect',
      reportedEffect: { type: 'd', value: 1.13, ciLower: 0.36, ciUpper: 1.91, ciLevel: 95 },
      status: 'confirmed',
      provenance: f.source(R),
    },
    {
      measure: 'CAPS-5',
      timepoint: 'week 2',
      arm: 'ketamine',
      quantity: 'response (≥30% reduction; a secondary outcome)',
      percent: 67,
      status: 'confirmed',
      provenance: f.source(R),
    },
    {
      measure: 'CAPS-5',
      timepoint: 'week 2',
      arm: 'midazolam',
      quantity: 'response (≥30% reduction; a secondary outcome)',
      percent: 20,
      status: 'confirmed',
      provenance: f.source(R),
    },
    {
      measure: 'CAPS-5',
      timepoint: 'after treatment',
      arm: 'ketamine responders',
      quantity: 'median time to loss of response (days)',
      median: 27.5,
      status: 'confirmed',
      provenance: f.source(R),
    },
  ],
  keyFindings: [
    f.c(
      'Six ketamine infusions lowered CAPS-5 by about 12 points more than midazolam at week 2 (d 1.13); 67% vs 20% responded.',
      R,
    ),
    f.c(
      'Responses faded: median time to loss of response was 27.5 days. MADRS depression scores also improved more.',
      R,
    ),
    f.u('Ketamine alone: no psychotherapy was part of this trial.', 'Design'),
  ],
});

const z = section('reference/studies.md §11 Zarate et al. 2006');
const COMMON = 'Commonly reported (unverified here)';

export const zarate2006 = defineStudy({
  id: 'zarate-2006',
  label: 'Single-dose IV ketamine in treatment-resistant depression (RCT)',
  citation: z.s2(
    {
      id: 'zarate-2006',
      type: 'article-journal',
      author: names('Zarate'),
      'container-title': 'Arch Gen Psychiatry',
      issued: { 'date-parts': [[2006]] },
      volume: '63',
      issue: '8',
      page: '856-864',
      DOI: '10.1001/archpsyc.63.8.856',
      PMID: '16894061',
    },
    'citation (secondary)',
    'The reference gives the first author only ("Zarate et al.") and no title.',
  ),
  doi: z.s2(
    '10.1001/archpsyc.63.8.856',
    'citation',
    'No marker of its own; kept at the bullet\'s "secondary"',
  ),
  pmid: z.s2('16894061', 'citation', 'No marker of its own; kept at the bullet\'s "secondary"'),
  design: z.u(
    { kind: 'rct', text: 'RCT; the double-blind crossover design usually quoted is unverified' },
    'heading; Commonly reported (unverified here)',
  ),
  conditions: z.u(['treatment-resistant depression', 'depression'], 'heading'),
  n: z.nc({ started: 18 }, COMMON),
  intervention: {
    drug: z.u('ketamine', 'heading'),
    route: z.u(['IV'], 'heading'),
    dose: z.nc('0.5 mg/kg over 40 min', COMMON),
    sessions: z.u('Single dose', 'heading'),
    psychotherapy: null,
  },
  comparator: z.nc('Saline', COMMON),
  followUp: z.nc('Day 1 and day 7', COMMON),
  measures: z.nc(['HDRS'], COMMON),
  outcomes: [
    { quantity: 'response', percent: 71, timepoint: 'day 1' },
    { quantity: 'remission', percent: 29, timepoint: 'day 1' },
    { quantity: 'sustained response', percent: 35, timepoint: 'day 7' },
  ].map((o) => ({
    ...o,
    measure: 'HDRS',
    arm: 'ketamine',
    status: 'unverified' as const,
    provenance: z.source(COMMON),
  })),
  keyFindings: [
    z.nc(
      'Commonly reported: a rapid response to one ketamine infusion within a day, fading over a week.',
      COMMON,
    ),
  ],
  cautions: [
    {
      id: 'zarate-2006-unverified',
      text: 'The design and results usually quoted for this trial are not verified in our source: treat them as unverified.',
      status: 'unverified',
      source: z.source(COMMON),
    },
  ],
});
