/** A client's progress charts (trajectories/): section, chart axis and legend. */
export const trajectories = {
  title: 'Progress',
  loading: 'Loading progress',
  none: 'No questionnaire scores yet.',
  loadingChart: 'Loading the chart',
  yLabel: '{{instrument}} total',
  noCriterion: 'no criterion',
  remissionTotal: 'total ≤ {{max}}',
  legend:
    'Square: baseline · triangle: response ({{response}}) · star: remission ({{remission}}) · dashed vertical lines: dosing sessions.',
  /** The lines drawn at the response and remission thresholds. */
  threshold: { response: 'response', remission: 'remission' },
  /** The chart in words (its caption and text alternative); `band` is the instrument's own label. */
  summary: {
    none: '{{instrument}}: no scores yet.',
    count_one: '{{instrument}}: {{count}} score.',
    count_other: '{{instrument}}: {{count}} scores.',
    scoreBand: '{{total}} ({{band}})',
    baseline: 'Baseline {{score}} on {{date}}.',
    latest: 'Latest {{score}} on {{date}}.',
    latestChange: 'Latest {{score}} on {{date}} ({{change}} from baseline).',
    met: 'Latest {{list}}.',
    response: 'meets the response criterion',
    noResponse: 'does not meet the response criterion',
    remission: 'in remission',
    noRemission: 'not in remission',
    reliably: { improved: 'reliably improved', deteriorated: 'reliably deteriorated' },
    dosings_one: '{{count}} dosing session marked.',
    dosings_other: '{{count}} dosing sessions marked.',
  },
} as const;
