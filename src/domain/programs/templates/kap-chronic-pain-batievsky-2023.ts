/**
 * Ketamine-assisted psychotherapy for chronic pain with depression, two approaches, after the
 * Batievsky et al. 2023 pilot: 'psychedelic' (high-dose IM ketamine 24 h before therapy) and
 * 'psycholytic' (low-dose sublingual ketamine during therapy). Doses are not verified: not set.
 */

import { DEFAULT_INTEGRATION } from '../../integration-window/settings.ts';
import { DEFAULT_REMINDER_EVERY_DAYS } from '../definition.ts';
import type { ProgramTemplate } from '../types.ts';
import { NO_SAFETY_LIMITS, session, timepoint } from './build.ts';

const WEEKLY = [0, 7, 14, 21, 28, 35];
const SECONDARY = ['gad-7', 'pcl-5'];

export const kapChronicPainBatievsky2023: ProgramTemplate = {
  id: 'kap-chronic-pain-batievsky-2023',
  title: 'Ketamine-assisted psychotherapy for chronic pain, two approaches (Batievsky et al. 2023)',
  summary:
    'Two arms: psychedelic (high-dose IM ketamine 24 h before each therapy session) and psycholytic ' +
    '(low-dose sublingual ketamine during therapy). MEQ-30 after sessions 1, 3 and 6; GAD-7 and PCL-5 ' +
    'before and after.',
  definition: {
    name: 'Ketamine-assisted psychotherapy for chronic pain',
    description:
      'Six ketamine-assisted psychotherapy sessions in one of two approaches: psychedelic (high-dose IM ' +
      'ketamine the day before therapy) or psycholytic (low-dose sublingual ketamine during therapy).',
    modality: 'ketamine',
    format: 'individual',
    arms: [
      {
        key: 'psychedelic',
        name: 'Psychedelic',
        description: 'High-dose IM ketamine 24 hours before each psychotherapy session.',
      },
      {
        key: 'psycholytic',
        name: 'Psycholytic',
        description: 'Low-dose sublingual ketamine (lozenge) during each psychotherapy session.',
      },
    ],
    sessions: [
      session({
        key: 'psychedelic-dosing',
        name: 'Ketamine session (high-dose IM)',
        phase: 'immersion',
        kind: 'personal',
        dosing: { substance: 'ketamine', route: 'IM', mgPerKg: null },
        days: WEEKLY,
        startTime: '10:00',
        durationMinutes: 120,
        facilitatorsNeeded: 1,
        arms: ['psychedelic'],
        description:
          'High-dose IM ketamine, 24 hours before the psychotherapy session. Dose set by the clinic.',
      }),
      session({
        key: 'psychedelic-therapy',
        name: 'Psychotherapy session',
        phase: 'integration',
        kind: 'personal',
        dosing: null,
        days: WEEKLY.map((d) => d + 1),
        startTime: '10:00',
        durationMinutes: 60,
        facilitatorsNeeded: 1,
        arms: ['psychedelic'],
        description: 'Psychotherapy 24 hours after the ketamine session.',
      }),
      session({
        key: 'psycholytic-session',
        name: 'Psychotherapy with sublingual ketamine',
        phase: 'immersion',
        kind: 'personal',
        dosing: { substance: 'ketamine', route: 'sublingual', mgPerKg: null },
        days: WEEKLY,
        startTime: '10:00',
        durationMinutes: 90,
        facilitatorsNeeded: 1,
        arms: ['psycholytic'],
        description: 'Low-dose sublingual ketamine lozenge during psychotherapy. Dose set by the clinic.',
      }),
    ],
    assessments: [
      ...timepoint(SECONDARY, {
        key: 'baseline',
        label: 'Baseline',
        anchor: 'first-dosing',
        offset: { amount: -1, unit: 'days' },
        window: { beforeDays: 13, afterDays: 1 },
      }),
      ...timepoint(['meq-30'], {
        key: 'after-session',
        label: 'After ketamine session',
        anchor: 'each-dosing',
        dosingNumbers: [1, 3, 6],
        offset: { amount: 1, unit: 'days' },
        window: { beforeDays: 1, afterDays: 2 },
      }),
      ...timepoint(SECONDARY, {
        key: 'after-course',
        label: 'After the last session',
        anchor: 'end',
        offset: { amount: 1, unit: 'days' },
        window: { beforeDays: 1, afterDays: 14 },
      }),
    ],
    safety: NO_SAFETY_LIMITS,
    reminderEveryDays: DEFAULT_REMINDER_EVERY_DAYS,
    integration: { ...DEFAULT_INTEGRATION },
    source: {
      citation:
        'Batievsky D, Weiner M, Kaplan SB, Thase ME, Maglione DN, Vidot DC. Ketamine-assisted psychotherapy ' +
        'treatment of chronic pain and comorbid depression: a pilot study of two approaches. Front Pain Res. ' +
        '2023;4:1127863.',
      doi: '10.3389/fpain.2023.1127863',
      studyId: 'batievsky-2023',
      note:
        'Circulated with the wrong authors (as "Drozdz SJ, Goel A, … Ladha KS 2023"). From the study ' +
        '(observational pilot, 10 people with chronic pain and major depression, no control): a ' +
        '"psychedelic" approach (high-dose IM ketamine 24 h before therapy) and a "psycholytic" approach ' +
        '(low-dose sublingual lozenges during therapy); MEQ-30 after sessions 1, 3 and 6. The doses are not ' +
        'verified and are not set. Defaults for the clinic to set: six sessions (the MEQ-30 timing implies ' +
        'at least six), weekly spacing, all times and durations, facilitators needed, the doses, when the ' +
        'MEQ-30 is completed after a session, the before/after timepoints for GAD-7 and PCL-5, the windows, ' +
        'and the pre-dose blood-pressure limits. The study’s primary measures, the BDI and the BPI-SF, are ' +
        'not in Threshold’s questionnaire registry; the template schedules its secondary self-reports ' +
        'GAD-7 and PCL-5.',
    },
  },
};
