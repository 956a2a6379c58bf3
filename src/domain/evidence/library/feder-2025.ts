import { defineStudy, names, section } from './define.ts';

const f = section('reference/studies.md §1 Feder et al. 2025');

export const feder2025 = defineStudy({
  id: 'feder-2025',
  label: 'Ketamine infusions plus written exposure therapy for chronic PTSD (open-label)',
  citation: f.fix(
    {
      id: 'feder-2025',
      type: 'article-journal',
      title:
        'Combining ketamine infusions and written exposure therapy for chronic PTSD: an open-label trial',
      author: names(
        'Feder A, Brown O, Rutter SB, Cahn L, Overbey JR, Seeley SH, Yu A, Bonanno PA, Fremont RA, Delgado AA, ' +
          'Jha MK, Costi S, Yehuda R, Schiller D, Pietrzak RH, Charney DS, Sloan DM, Murrough JW',
      ),
      'container-title': 'J Clin Psychiatry',
      issued: { 'date-parts': [[2025]] },
      volume: '86',
      issue: '2',
      page: '24m15622',
      DOI: '10.4088/JCP.24m15622',
      PMID: '40215385',
    },
    'Citation (confirmed); Correction',
    'All 18 authors; the circulated author list names 8 of them without "et al."',
  ),
  doi: f.c('10.4088/JCP.24m15622', 'Citation (confirmed)'),
  pmid: f.c('40215385', 'Citation (confirmed)'),
  registrations: [f.c('NCT04889664', 'Citation (confirmed)')],
  design: f.u({ kind: 'single-arm-trial', text: 'single-arm, open-label' }, 'Design'),
  population: f.u('People with chronic PTSD', 'heading'),
  conditions: f.u(['ptsd'], 'heading'),
  n: f.u(
    { started: 14, analysed: 13, text: '14 started, 13 completed; the registry lists 16 enrolled' },
    'Design',
  ),
  intervention: {
    drug: f.u('ketamine', 'Intervention'),
    route: f.u(['IV'], 'Intervention'),
    dose: f.u('0.5 mg/kg', 'Intervention'),
    sessions: f.u('Six infusions, three a week over two weeks', 'Intervention'),
    psychotherapy: f.u(
      'Five written exposure therapy (WET) sessions over two weeks, starting after the 4th infusion, on non-infusion days',
      'Intervention',
    ),
  },
  comparator: f.u('None', 'Intervention'),
  followUp: f.u(
    'Primary endpoint 12 weeks after WET start; response followed up to 6 months',
    'Primary outcome; Results',
  ),
  measures: f.fix(
    ['CAPS-5'],
    'Primary outcome',
    'The primary outcome is the clinician-rated CAPS-5, not the PCL-5',
  ),
  outcomes: [
    {
      measure: 'CAPS-5',
      timepoint: 'baseline',
      arm: 'ketamine + WET',
      quantity: 'mean (SD)',
      mean: 41.6,
      sd: 6.2,
      status: 'confirmed',
      provenance: f.source('Results (confirmed)'),
    },
    {
      measure: 'CAPS-5',
      timepoint: 'week 12 after WET start',
      arm: 'ketamine + WET',
      quantity: 'mean (SD); effect for the change from baseline',
      mean: 20.8,
      sd: 14.8,
      reportedEffect: {
        type: "Cohen's d",
        value: 1.9,
        ciLower: 1.0,
        ciUpper: 2.8,
        ciLevel: 95,
        detail: 'p < .001',
      },
      status: 'confirmed',
      provenance: f.source('Results (confirmed)'),
      note: 'Timepoint: the primary endpoint (change from baseline to week 12 after WET start)',
    },
    {
      measure: 'CAPS-5',
      timepoint: 'week 12 after WET start',
      arm: 'ketamine + WET',
      quantity: 'response (≥30% CAPS-5 improvement)',
      events: 9,
      total: 13,
      percent: 69,
      status: 'corrected',
      provenance: f.source('Results (confirmed); Primary outcome'),
      note: 'Response is defined on the clinician-rated CAPS-5 (≥30% improvement), not on the PCL-5',
    },
    {
      measure: 'CAPS-5',
      timepoint: 'up to 6 months',
      arm: 'ketamine + WET',
      quantity: 'rapid and durable response',
      events: 8,
      total: 13,
      percent: 61.5,
      status: 'confirmed',
      provenance: f.source('Results (confirmed)'),
    },
  ],
  keyFindings: [
    f.c(
      'Clinician-rated PTSD severity (CAPS-5) about halved by 12 weeks (41.6 to 20.8; d 1.9) in 13 completers.',
      'Results (confirmed)',
    ),
    f.fix(
      '9 of 13 responded (at least 30% CAPS-5 improvement) and 8 of 13 kept a rapid response for up to 6 months.',
      'Results (confirmed)',
      'The 69% is CAPS-5 response, not PCL-5',
    ),
    f.u('No comparison group: ketamine and WET were given to everyone, open-label.', 'Design; Intervention'),
  ],
  circulatedCitations: [
    {
      text:
        'Feder, A., Brown, O., Rutter, S. B., Costi, S., Jha, M. K., Pitczak, R. H., Charney, D. S., & Murrough, J. W. ' +
        '(2025). Combining ketamine infusions and written exposure therapy for chronic PTSD: an open-label trial. ' +
        'Journal of Clinical Psychiatry, 86(2), 24m15622.',
      correction:
        'Names 8 of the 18 authors without "et al." (and spells Pietrzak "Pitczak"). Journal, volume, issue and ' +
        'article number are right; the DOI is 10.4088/JCP.24m15622.',
      status: 'corrected',
      source: 'reference/source-article.txt (as circulated); reference/studies.md §1 Correction',
    },
  ],
});
