/** Psilocybin for alcohol use disorder (Bogenschutz 2022) and single-dose psilocybin for MDD (Raison 2023). */
import { CONTROL_ARM_INFLATION } from './cautions.ts';
import { defineStudy, names, section } from './define.ts';

const b = section('reference/psilocybin-studies.md Bogenschutz et al. 2022');
const MIXED = '[C/C2]';

export const bogenschutz2022 = defineStudy({
  id: 'bogenschutz-2022',
  label: 'Psilocybin with psychotherapy vs diphenhydramine for alcohol use disorder',
  citation: b.s2(
    {
      id: 'bogenschutz-2022',
      type: 'article-journal',
      author: names('Bogenschutz'),
      'container-title': 'JAMA Psychiatry',
      issued: { 'date-parts': [[2022]] },
      volume: '79',
      issue: '10',
      page: '953-962',
      PMCID: 'PMC9403854',
    },
    '[C2]',
    'Journal, volume and pages are secondary; PMCID confirmed. The reference gives the first author only, no title and no DOI.',
  ),
  pmcid: b.c('PMC9403854', '[C]'),
  registrations: [b.c('NCT02061293', '[C]')],
  design: b.s2(
    { kind: 'rct', text: 'randomised, psilocybin vs diphenhydramine' },
    MIXED,
    'Marked [C/C2]: kept at the weaker status',
  ),
  conditions: b.u(['alcohol use disorder', 'substance use disorders'], 'heading'),
  n: b.s2({ randomised: 95, analysed: 93 }, MIXED, 'Marked [C/C2]: kept at the weaker status'),
  intervention: {
    drug: b.s2('psilocybin', MIXED),
    route: null,
    dose: b.s2('25 mg/70 kg, then up to 40 mg/70 kg', MIXED),
    sessions: b.s2('Two medication sessions, at weeks 4 and 8', MIXED),
    psychotherapy: b.s2('12 weeks of psychotherapy', MIXED),
  },
  comparator: b.s2('Diphenhydramine', MIXED),
  followUp: b.s2('32 weeks', '[C2]'),
  measures: b.s2(['percentage of heavy drinking days'], '[C2]'),
  outcomes: [
    ...[
      ['psilocybin', 9.7],
      ['diphenhydramine', 23.6],
    ].map(([arm, mean]) => ({
      measure: 'percentage of heavy drinking days',
      timepoint: 'over 32 weeks',
      arm: arm as string,
      quantity: 'mean percentage of days',
      mean: mean as number,
      status: 'secondary' as const,
      provenance: b.source('[C2]'),
    })),
    {
      measure: 'percentage of heavy drinking days',
      timepoint: 'over 32 weeks',
      arm: 'psilocybin vs diphenhydramine',
      quantity: 'difference (percentage points)',
      reportedEffect: { type: 'difference', value: 13.9, ciLower: 3.0, ciUpper: 24.7, ciLevel: 95 },
      status: 'secondary',
      provenance: b.source('[C2]'),
    },
  ],
  keyFindings: [
    b.s2(
      'Heavy drinking days over 32 weeks: 9.7% with psilocybin vs 23.6% with diphenhydramine (difference 13.9 points).',
      '[C2]',
    ),
  ],
});

const r = section('reference/psilocybin-studies.md Raison et al. 2023');

export const raison2023 = defineStudy({
  id: 'raison-2023',
  label: 'Single-dose psilocybin vs niacin for major depressive disorder',
  citation: r.c(
    {
      id: 'raison-2023',
      type: 'article-journal',
      author: names('Raison'),
      'container-title': 'JAMA',
      issued: { 'date-parts': [[2023]] },
      volume: '330',
      issue: '9',
      page: '843-853',
      DOI: '10.1001/jama.2023.14530',
      PMID: '37651119',
      PMCID: 'PMC10472268',
    },
    '[C]',
    'The reference gives the first author only ("Raison et al.") and no title.',
  ),
  doi: r.c('10.1001/jama.2023.14530', '[C]'),
  pmid: r.c('37651119', '[C]'),
  pmcid: r.c('PMC10472268', '[C]'),
  design: r.c(
    { kind: 'controlled-trial', text: 'psilocybin 25 mg vs niacin 100 mg, both with psychological support' },
    '[C]',
  ),
  conditions: r.u(['major depressive disorder', 'depression'], 'heading'),
  n: r.c({ started: 104, text: '51 psilocybin, 53 niacin' }, '[C]'),
  intervention: {
    drug: r.c('psilocybin', '[C]'),
    route: null,
    dose: r.c('25 mg', '[C]'),
    sessions: r.u('Single dose', 'heading'),
    psychotherapy: r.c('Psychological support', '[C]'),
  },
  comparator: r.c('Niacin 100 mg with psychological support', '[C]'),
  followUp: r.c('Day 43', '[C]'),
  measures: r.c(['MADRS'], '[C]'),
  outcomes: [
    ...[
      ['psilocybin 25 mg', -19.1, -22.7, -15.5],
      ['niacin', -6.8, -10.5, -3.1],
    ].map(([arm, value, lo, hi]) => ({
      measure: 'MADRS',
      timepoint: 'day 43',
      arm: arm as string,
      quantity: 'mean change from baseline (interval as reported)',
      mean: value as number,
      reportedEffect: {
        type: 'mean change',
        value: value as number,
        ciLower: lo as number,
        ciUpper: hi as number,
      },
      status: 'confirmed' as const,
      provenance: r.source('[C]'),
    })),
    {
      measure: 'MADRS',
      timepoint: 'day 43',
      arm: 'psilocybin vs niacin',
      quantity: 'difference in change (interval as reported)',
      reportedEffect: { type: 'mean difference', value: -12.3, ciLower: -17.5, ciUpper: -7.2 },
      status: 'confirmed',
      provenance: r.source('[C]'),
    },
    ...[
      ['sustained response', 'psilocybin 25 mg', 20, 48],
      ['sustained response', 'niacin', 5, 44],
      ['sustained remission', 'psilocybin 25 mg', 12, 48],
      ['sustained remission', 'niacin', 4, 44],
    ].map(([quantity, arm, events, total]) => ({
      measure: 'MADRS',
      timepoint: 'sustained (period not stated in our source)',
      arm: arm as string,
      quantity: quantity as string,
      events: events as number,
      total: total as number,
      status: 'confirmed' as const,
      provenance: r.source('[C]'),
    })),
  ],
  keyFindings: [
    r.c(
      'MADRS fell 19.1 points with psilocybin vs 6.8 with niacin by day 43 (difference 12.3 points).',
      '[C]',
    ),
    r.c('Sustained response in 20 of 48 vs 5 of 44; no serious treatment-emergent adverse events.', '[C]'),
  ],
  cautions: [CONTROL_ARM_INFLATION],
});
