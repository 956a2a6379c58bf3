/**
 * Ketamine-assisted psychotherapy as in the Yermus et al. 2023 retrospective effectiveness study:
 * 4–6 ketamine sessions (IM or sublingual) with psychotherapy-only visits after doses 1 and 2, then
 * after every two doses. The template ships six doses; weekly spacing and times are defaults.
 */

import { DEFAULT_INTEGRATION } from '../../integration-window/settings.ts';
import { DEFAULT_REMINDER_EVERY_DAYS } from '../definition.ts';
import type { ProgramTemplate } from '../types.ts';
import { NO_SAFETY_LIMITS, session, timepoint } from './build.ts';

const SELF_REPORTS = ['phq-9', 'gad-7', 'pcl-5'];

export const kapYermus2023: ProgramTemplate = {
  id: 'kap-yermus-2023',
  title: 'Ketamine-assisted psychotherapy, 4–6 sessions (Yermus et al. 2023)',
  summary:
    'Six ketamine sessions (the study’s range is 4–6), IM or sublingual, with integration psychotherapy ' +
    'after doses 1 and 2 and then after every two doses. PHQ-9, GAD-7 and PCL-5 at baseline, 1, 3 and ' +
    '6 months.',
  definition: {
    name: 'Ketamine-assisted psychotherapy (4–6 sessions)',
    description:
      'Ketamine sessions (IM or sublingual) with psychotherapy-only integration visits after the first ' +
      'and second doses, then after every two doses.',
    modality: 'ketamine',
    format: 'individual',
    arms: [],
    sessions: [
      session({
        key: 'ketamine-session',
        name: 'Ketamine session',
        phase: 'immersion',
        kind: 'personal',
        dosing: { substance: 'ketamine', route: null, mgPerKg: null },
        days: [0, 7, 14, 21, 28, 35],
        startTime: '10:00',
        durationMinutes: 120,
        facilitatorsNeeded: 1,
        description: 'IM or sublingual ketamine; the clinic sets the route and dose.',
      }),
      session({
        key: 'integration-session',
        name: 'Integration psychotherapy',
        phase: 'integration',
        kind: 'personal',
        dosing: null,
        days: [1, 8, 22, 36],
        startTime: '10:00',
        durationMinutes: 60,
        facilitatorsNeeded: 1,
        description: 'Psychotherapy-only visit, after doses 1, 2, 4 and 6.',
      }),
    ],
    assessments: [
      ...timepoint(SELF_REPORTS, {
        key: 'baseline',
        label: 'Baseline',
        anchor: 'first-dosing',
        offset: { amount: -1, unit: 'days' },
        window: { beforeDays: 13, afterDays: 1 },
      }),
      ...timepoint(SELF_REPORTS, {
        key: 'month-1',
        label: '1 month',
        anchor: 'first-dosing',
        offset: { amount: 1, unit: 'months' },
        window: { beforeDays: 7, afterDays: 14 },
      }),
      ...timepoint(SELF_REPORTS, {
        key: 'month-3',
        label: '3 months',
        anchor: 'first-dosing',
        offset: { amount: 3, unit: 'months' },
        window: { beforeDays: 14, afterDays: 14 },
      }),
      ...timepoint(SELF_REPORTS, {
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
        'Yermus R, Verbora M, Kennedy S, McMaster R, Kratina S, Wolfson E, Medrano B, Bryson N, Zaer N, ' +
        'Bottos J, Setlur V, Lo C. Ketamine-assisted psychotherapy provides lasting and effective results in ' +
        'depression, anxiety, and PTSD at 3 and 6 months: findings from a large single-arm retrospective ' +
        'effectiveness trial. medRxiv. 2023. Peer-reviewed version: Psychedelic Medicine, ' +
        'doi:10.1089/psymed.2023.0021.',
      doi: '10.1101/2023.01.11.23284248',
      studyId: 'yermus-2023',
      note:
        'From the study (retrospective, single-arm, 1,806 adults in 11 clinics): 4–6 ketamine sessions, IM ' +
        'or sublingual; psychotherapy-only visits after doses 1 and 2, then after every two doses; PHQ-9, ' +
        'GAD-7 and PCL-6 with the primary timepoint at 3 months and also 1 and 6 months. Most people were ' +
        'lost to follow-up (82% at 3 months, 95% at 6 months). The template ships 6 ketamine sessions, the ' +
        'top of the 4–6 range (remove sessions for a shorter course; the study’s mean was 4 doses). ' +
        'Defaults for the clinic to set: route (IM or sublingual) and dose (not set), weekly spacing, ' +
        'integration the day after doses 1, 2, 4 and 6, all times and durations, facilitators needed, ' +
        'months counted from the first dose, the questionnaire windows, and the pre-dose blood-pressure ' +
        'limits. The study used the PCL-6; Threshold scores the PCL-5, so PTSD scores are not comparable ' +
        'with the study’s.',
    },
  },
};
