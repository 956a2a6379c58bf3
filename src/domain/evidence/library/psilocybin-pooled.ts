/** Pooled psilocybin estimates, the BMJ 2024 meta-analysis under an expression of concern, and the control-arm analysis. */
import { BMJ_2024_CONCERN, CONTROL_ARM_INFLATION, POOLING_CAUTIONS } from './cautions.ts';
import { defineStudy, names, section } from './define.ts';

const INFERRED =
  'Our source does not name the condition; depression inferred from its context (psilocybin depression trials)';
const PSI = { drug: null, route: null, dose: null, sessions: null, psychotherapy: null };

const l = section('reference/psilocybin-studies.md Pooled estimates — living systematic review');

export const psilocybinLivingReview2025 = defineStudy({
  id: 'psilocybin-living-review-2025',
  label: 'Living systematic review: psilocybin RCTs vs placebo or waiting list (pooled)',
  citation: l.c(
    {
      id: 'psilocybin-living-review-2025',
      type: 'article',
      'container-title': 'medRxiv',
      publisher: 'medRxiv',
      issued: { 'date-parts': [[2025]] },
      DOI: '10.1101/2025.08.13.25333530',
    },
    '[C]',
    'Authors, title and peer review are unverified and not shown.',
  ),
  doi: l.c('10.1101/2025.08.13.25333530', '[C]'),
  design: l.c(
    { kind: 'meta-analysis', text: 'living systematic review with meta-analysis of 9 RCTs' },
    '[C]',
  ),
  conditions: l.nc(['depression'], undefined, INFERRED),
  n: l.c({ analysed: 501, text: '9 RCTs, n = 501' }, '[C]'),
  intervention: { ...PSI, drug: l.c('psilocybin', 'heading') },
  comparator: l.c('Placebo or waiting list', '[C]'),
  outcomes: [
    {
      measure: 'as pooled (not named in our source)',
      timepoint: 'as pooled',
      arm: 'psilocybin vs placebo or waiting list',
      quantity: 'pooled standardised mean difference; I² 58.1%',
      n: 501,
      reportedEffect: {
        type: "Hedges' g",
        value: -0.91,
        ciLower: -1.35,
        ciUpper: -0.48,
        ciLevel: 95,
        detail: 'I² 58.1%',
      },
      status: 'confirmed',
      provenance: l.source('[C]'),
    },
  ],
  keyFindings: [
    l.c(
      "Across 9 RCTs (n = 501), psilocybin beat placebo or waiting list with Hedges' g −0.91, moderately heterogeneous (I² 58.1%).",
      '[C]',
    ),
  ],
  cautions: POOLING_CAUTIONS,
});

const h = section('reference/psilocybin-studies.md Pooled estimates — Haikazian et al. 2023');

export const haikazian2023 = defineStudy({
  id: 'haikazian-2023',
  label: 'Meta-analysis of psilocybin studies (Haikazian 2023)',
  citation: h.s2(
    {
      id: 'haikazian-2023',
      type: 'article-journal',
      author: names('Haikazian'),
      'container-title': 'Psychiatry Res',
      issued: { 'date-parts': [[2023]] },
      DOI: '10.1016/j.psychres.2023.115531',
    },
    '[C2]',
    'The reference gives the first author only and no title.',
  ),
  doi: h.s2('10.1016/j.psychres.2023.115531', '[C2]'),
  design: h.s2({ kind: 'meta-analysis', text: 'meta-analysis of 9 studies' }, '[C2]'),
  conditions: h.nc(['depression'], undefined, INFERRED),
  n: h.s2({ analysed: 596, text: '9 studies, n = 596' }, '[C2]'),
  intervention: { ...PSI, drug: h.s2('psilocybin', 'heading') },
  outcomes: [
    {
      measure: 'as pooled (not named in our source)',
      timepoint: 'as pooled',
      arm: 'psilocybin vs control',
      quantity: 'pooled standardised mean difference',
      n: 596,
      reportedEffect: { type: 'SMD', value: -0.78 },
      status: 'secondary',
      provenance: h.source('[C2]'),
    },
  ],
  keyFindings: [h.s2('Pooled 9 studies (n = 596): SMD −0.78.', '[C2]')],
  cautions: POOLING_CAUTIONS,
});

const m = section('reference/psilocybin-studies.md "Two cautions" — BMJ 2024 meta-analysis');

export const metaxa2024 = defineStudy({
  id: 'metaxa-2024',
  label: 'BMJ 2024 meta-analysis of psilocybin — EXPRESSION OF CONCERN: do not use its pooled estimate',
  citation: m.c(
    {
      id: 'metaxa-2024',
      type: 'article-journal',
      author: names('Metaxa, Clarke'),
      'container-title': 'BMJ',
      issued: { 'date-parts': [[2024]] },
      DOI: '10.1136/bmj-2023-078084',
    },
    '[C]',
    'The reference gives the authors as "Metaxa & Clarke" and no title.',
  ),
  doi: m.c('10.1136/bmj-2023-078084', '[C]'),
  design: m.c({ kind: 'meta-analysis', text: 'meta-analysis' }, '[C]'),
  conditions: m.nc(['depression'], undefined, INFERRED),
  intervention: { ...PSI, drug: m.c('psilocybin', '[C]') },
  keyFindings: [
    m.c(
      'Carries an expression of concern: an error in its standardised mean differences probably overstated the benefit.',
      '[C]',
    ),
  ],
  cautions: [BMJ_2024_CONCERN],
  doNotUsePooledEstimate: m.c(
    true,
    '[C]',
    'Expression of concern; its pooled estimate is deliberately not recorded',
  ),
});

const x = section('reference/psilocybin-studies.md "Two cautions" — Hieronymus et al. 2025');
const ARMS_NOTE = 'Order as listed in our source: psilocybin, SSRI and esketamine trials';

export const hieronymus2025 = defineStudy({
  id: 'hieronymus-2025',
  label: 'Control-arm and active-arm response in psilocybin vs SSRI and esketamine trials',
  citation: x.s2(
    {
      id: 'hieronymus-2025',
      type: 'article-journal',
      author: names('Hieronymus'),
      'container-title': 'JAMA Netw Open',
      issued: { 'date-parts': [[2025]] },
      PMID: '40736734',
    },
    '[C2]',
    'The reference gives the first author only, no title and no DOI.',
  ),
  pmid: x.s2('40736734', '[C2]'),
  design: x.s2(
    {
      kind: 'other',
      text: 'comparison of response rates across psilocybin, SSRI and esketamine trials',
    },
    '[C2]',
  ),
  conditions: x.nc(['depression'], undefined, INFERRED),
  intervention: { ...PSI, drug: x.s2('psilocybin', '[C2]') },
  outcomes: [
    ...[
      ['psilocybin trials, control arms', 19],
      ['SSRI trials, control arms', 33],
      ['esketamine trials, control arms', 42],
      ['psilocybin trials, active arms', 48],
      ['SSRI trials, active arms', 46],
      ['esketamine trials, active arms', 52],
    ].map(([arm, percent], i) => ({
      measure: 'response',
      timepoint: 'as reported',
      arm: arm as string,
      quantity: 'response rate',
      percent: percent as number,
      status: 'secondary' as const,
      provenance: x.source('[C2]'),
      ...(i === 0 ? {} : { note: ARMS_NOTE }),
    })),
  ],
  keyFindings: [
    x.s2(
      'Control arms responded far less in psilocybin trials (19%) than in SSRI (33%) or esketamine (42%) trials, while active arms were similar.',
      '[C2]',
    ),
  ],
  cautions: [CONTROL_ARM_INFLATION],
});
