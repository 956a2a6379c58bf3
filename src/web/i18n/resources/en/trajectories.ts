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
} as const;
