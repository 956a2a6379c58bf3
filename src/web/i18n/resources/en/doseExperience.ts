/** The outcomes page's dose–experience–outcome section (issue 19 part 3). */
export const doseExperience = {
  title: 'Dose, setting and experience',
  intro:
    'What was given and in which setting, the acute experience it was followed by (MEQ-30), and how clients with and without a complete mystical experience fared later. Observational: the groups were not randomised, and nothing here is adjusted for what else differs between them.',
  show: 'Show the dose and experience analysis',
  loading: 'Loading the dose and experience analysis',
  failed: 'The dose and experience analysis could not be loaded.',
  noDoses: 'No doses are recorded in this program yet.',
  noRated:
    'None of the {{doses}} doses recorded in this program has an MEQ-30 after it: schedule the MEQ-30 after dosing sessions to see the acute experience here.',
  rated:
    '{{rated}} of {{doses}} doses have an MEQ-30 after them (the first MEQ-30 from the dose until the next dose).',
  unjudged: '{{count}} MEQ-30 could not be judged (its subscales are missing) and is left out.',
  unjudged_other: '{{count}} MEQ-30s could not be judged (their subscales are missing) and are left out.',
  definition:
    'Complete mystical experience: every one of the four MEQ-30 subscale means is 3.0 or more (at least 60% of the maximum). Source: {{source}} (status: {{status}}).',
  bands: 'Dose bands',
  bandsNone:
    'Programs define no dose bands of their own yet: the bands are derived from the recorded doses, one substance at a time.',
  bandingValues: '{{substance}}, in {{unit}}: one band per recorded dose ({{values}}).',
  bandingTertiles:
    '{{substance}}, in {{unit}}: thirds of the recorded doses, cut at {{low}} and {{high}} {{unit}}.',
  unitNote: 'mg/kg when every dose of the substance has the client’s weight, else mg.',
  groupBy: 'Show the acute experience by',
  dimensions: {
    doseBand: 'Dose band',
    lot: 'Lot',
    musicProgram: 'Music program',
    groupSize: 'Group size',
    clientsPerSitter: 'Clients per sitter',
    eyeshades: 'Eyeshades',
  },
  none: 'No dose has a value for this yet.',
  value: 'Value',
  rows: 'MEQ-30s (doses)',
  complete: 'Complete mystical experience',
  meqTotal: 'Mean MEQ-30 total (0–5)',
  ceqTotal: 'Mean CEQ total',
  table: 'Acute experience by {{dimension}}',
  caution: 'n < 10: read with caution',
  groupSizeValue: '{{count}} in the group',
  groupSizeValue_other: '{{count}} in the group',
  perSitter: '{{value}} clients per sitter',
  chartLabel: 'Complete mystical experiences by {{dimension}}, percent with 95% interval',
  chartSummary:
    'Share of MEQ-30s that were a complete mystical experience, with 95% Wilson intervals: {{cells}}.',
  later: 'Later outcome by acute experience',
  laterIntro:
    '{{instrument}} response and remission at each timepoint after baseline, for clients who had a complete mystical experience after any dose and for those whose MEQ-30s were all below it; {{unknown}} started clients without an MEQ-30 are in neither group.',
  laterNone: 'No outcome instrument with response or remission criteria: the later outcome cannot be shown.',
  groups: '{{with}} clients with a complete experience, {{without}} without.',
  timepoint: 'Timepoint',
  withResponse: 'Response, with',
  withoutResponse: 'Response, without',
  responseDifference: 'Difference (with − without)',
  withRemission: 'Remission, with',
  withoutRemission: 'Remission, without',
  remissionDifference: 'Difference (with − without)',
  assessedOf: '{{assessed}} assessed of {{expected}}',
  laterTable: '{{instrument}} response and remission by acute experience',
  model:
    'Mixed model with the acute experience as a covariate ({{instrument}} ~ timepoint + complete experience after baseline, random intercept per client; {{subjects}} clients, {{observations}} scores): clients with a complete experience scored {{effect}} points after baseline compared with those without.',
  modelNone: 'The mixed model could not be fitted (too few repeated scores in one of the groups).',
  modelSuppressed: 'The mixed model is withheld: {{withheld}}.',
  sources:
    'Why this is worth looking at: in 28 healthy volunteers given psilocybin, the MEQ total was associated with positive persisting effects three months later (McCulloch et al., Front Pharmacol 2022, doi:10.3389/fphar.2022.841648); in a depression trial’s 12-month follow-up, mystical-experience ratings predicted well-being, not depression improvement (Gukasyan et al., J Psychopharmacol 2022). Neither shows that the experience causes the outcome.',
} as const;
