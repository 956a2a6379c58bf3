/**
 * Ketamine infusions plus written exposure therapy for chronic PTSD, after Feder et al. 2025
 * (open-label). Infusion and WET counts, the infusion dose and the order come from the study;
 * weekdays, times and durations are defaults.
 */

import { DEFAULT_INTEGRATION } from '../../integration-window/settings.ts';
import { DEFAULT_REMINDER_EVERY_DAYS } from '../definition.ts';
import type { ProgramTemplate } from '../types.ts';
import { NO_SAFETY_LIMITS, session, timepoint } from './build.ts';

export const kapPtsdFeder2025: ProgramTemplate = {
  id: 'kap-ptsd-feder-2025',
  title: 'Ketamine infusions + written exposure therapy for PTSD (Feder et al. 2025)',
  summary:
    'Six IV ketamine infusions of 0.5 mg/kg, three a week over two weeks, and five written exposure ' +
    'therapy sessions on non-infusion days starting after the fourth infusion. PCL-5 at baseline, ' +
    'week 12 after therapy starts and 6 months.',
  definition: {
    name: 'Ketamine infusions + written exposure therapy (PTSD)',
    description:
      'Six intravenous ketamine infusions (0.5 mg/kg), three a week over two weeks. Written exposure ' +
      'therapy (five sessions) starts after the fourth infusion, on days without an infusion.',
    modality: 'ketamine',
    format: 'individual',
    arms: [],
    sessions: [
      session({
        key: 'ketamine-infusion',
        name: 'Ketamine infusion',
        phase: 'immersion',
        kind: 'personal',
        dosing: { substance: 'ketamine', route: 'IV', mgPerKg: 0.5 },
        days: [0, 2, 4, 7, 9, 11],
        startTime: '10:00',
        durationMinutes: 120,
        facilitatorsNeeded: 1,
        description:
          'IV ketamine 0.5 mg/kg (the study’s dose). Infusion length, monitoring and recovery follow the ' +
          'clinic’s protocol.',
      }),
      session({
        key: 'written-exposure-therapy',
        name: 'Written exposure therapy',
        phase: 'integration',
        kind: 'personal',
        dosing: null,
        days: [8, 10, 14, 16, 18],
        startTime: '10:00',
        durationMinutes: 60,
        facilitatorsNeeded: 1,
        description: 'Written exposure therapy (WET), on a day without an infusion.',
      }),
    ],
    assessments: [
      ...timepoint(['pcl-5'], {
        key: 'baseline',
        label: 'Baseline',
        anchor: 'first-dosing',
        offset: { amount: -1, unit: 'days' },
        window: { beforeDays: 13, afterDays: 1 },
      }),
      ...timepoint(['pcl-5'], {
        key: 'week-12',
        label: 'Week 12 after therapy starts',
        anchor: 'first-dosing',
        offset: { amount: 92, unit: 'days' },
        window: { beforeDays: 7, afterDays: 14 },
      }),
      ...timepoint(['pcl-5'], {
        key: 'month-6',
        label: '6 months',
        anchor: 'first-dosing',
        offset: { amount: 6, unit: 'months' },
        window: { beforeDays: 14, afterDays: 28 },
      }),
    ],
    safety: NO_SAFETY_LIMITS,
    reminderEveryDays: DEFAULT_REMINDER_EVERY_DAYS,
    integration: { ...DEFAULT_INTEGRATION },
    source: {
      citation:
        'Feder A, Brown O, Rutter SB, Cahn L, Overbey JR, Seeley SH, Yu A, Bonanno PA, Fremont RA, Delgado AA, ' +
        'Jha MK, Costi S, Yehuda R, Schiller D, Pietrzak RH, Charney DS, Sloan DM, Murrough JW. Combining ' +
        'ketamine infusions and written exposure therapy for chronic PTSD: an open-label trial. J Clin ' +
        'Psychiatry. 2025;86(2):24m15622.',
      doi: '10.4088/JCP.24m15622',
      studyId: 'feder-2025',
      note:
        'From the study (single-arm, open-label, 14 started): IV ketamine 0.5 mg/kg, six infusions, three a ' +
        'week over two weeks; five written exposure therapy sessions over two weeks, starting after the ' +
        'fourth infusion, on non-infusion days; primary outcome at week 12 after therapy started; follow-up ' +
        'to 6 months. Defaults for the clinic to set: the infusion days (Monday, Wednesday, Friday from a ' +
        'Monday start), the therapy days (8, 10, 14, 16 and 18), all times and durations, facilitators ' +
        'needed, the questionnaire windows, and the pre-dose blood-pressure limits. Week 12 after therapy ' +
        'starts is placed 92 days after the first infusion (the first therapy day is day 8), and 6 months ' +
        'is counted from the first infusion. The study’s primary ' +
        'measure, the clinician-rated CAPS-5, is not in Threshold’s questionnaire registry: the template ' +
        'schedules the self-report PCL-5 instead, which is not the study’s outcome measure.',
    },
  },
};
