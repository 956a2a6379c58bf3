/**
 * Group ketamine-assisted psychotherapy after the Robison et al. 2022 case series (residential
 * eating-disorder treatment): weekly group IM ketamine for four weeks, PHQ-9 and GAD-7 before each
 * dosing and 24 hours after.
 */

import { DEFAULT_INTEGRATION } from '../../integration-window/settings.ts';
import { DEFAULT_REMINDER_EVERY_DAYS } from '../definition.ts';
import type { ProgramTemplate } from '../types.ts';
import { NO_SAFETY_LIMITS, session, timepoint } from './build.ts';

const SELF_REPORTS = ['phq-9', 'gad-7'];

export const groupKapRobison2022: ProgramTemplate = {
  id: 'group-kap-robison-2022',
  title: 'Group ketamine-assisted psychotherapy, 4 weekly sessions (Robison et al. 2022)',
  summary:
    'A cohort meets weekly for four group IM ketamine sessions. PHQ-9 and GAD-7 before each dosing and ' +
    '24 hours after.',
  definition: {
    name: 'Group ketamine-assisted psychotherapy',
    description: 'Weekly group ketamine-assisted psychotherapy sessions with IM ketamine, for four weeks.',
    modality: 'ketamine',
    format: 'cohort',
    arms: [],
    sessions: [
      session({
        key: 'group-ketamine',
        name: 'Group ketamine session',
        phase: 'immersion',
        kind: 'group',
        dosing: { substance: 'ketamine', route: 'IM', mgPerKg: null },
        days: [0, 7, 14, 21],
        startTime: '10:00',
        durationMinutes: 180,
        facilitatorsNeeded: 2,
        description: 'Group session with IM ketamine; the clinic sets the dose.',
      }),
    ],
    assessments: [
      ...timepoint(SELF_REPORTS, {
        key: 'pre-dose',
        label: 'Before dosing',
        anchor: 'each-dosing',
        offset: { amount: 0, unit: 'hours' },
        window: { beforeDays: 1, afterDays: 0 },
      }),
      ...timepoint(SELF_REPORTS, {
        key: 'post-24h',
        label: '24 hours after dosing',
        anchor: 'each-dosing',
        offset: { amount: 24, unit: 'hours' },
        window: { beforeDays: 0, afterDays: 1 },
      }),
    ],
    safety: NO_SAFETY_LIMITS,
    reminderEveryDays: DEFAULT_REMINDER_EVERY_DAYS,
    integration: { ...DEFAULT_INTEGRATION },
    source: {
      citation:
        'Robison R, Lafrance A, Brendle M, Smith M, Moore C, Ahuja S, Richards S, Hawkins N, Strahan E. A case ' +
        'series of group-based ketamine-assisted psychotherapy for patients in residential treatment for ' +
        'eating disorders with comorbid depression and anxiety disorders. J Eat Disord. 2022.',
      doi: '10.1186/s40337-022-00588-9',
      studyId: 'robison-2022',
      note:
        'Circulated as "Szarmach J, Cubała WJ, … (2022)" with 8 adults; the paper is Robison et al. with ' +
        'N = 5. From the study: weekly group IM ketamine for 4 weeks during residential treatment; GAD-7 ' +
        'and PHQ-9 before dosing, 4 h and 24 h after. The template schedules before and 24 h after; add a ' +
        '4-hour timepoint in the builder if wanted. Defaults for the clinic to set: the weekday and time, ' +
        'duration, facilitators needed, the dose (not stated), the questionnaire windows, and the pre-dose ' +
        'blood-pressure limits.',
    },
  },
};
