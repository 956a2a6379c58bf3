/**
 * The psilocybin retreat program described in the source article (the Netherlands): preparation,
 * a three-day retreat, integration. Days, times, durations and the questionnaire timepoints are
 * defaults for the clinic to set.
 */

import { DEFAULT_INTEGRATION } from '../../integration-window/settings.ts';
import { DEFAULT_REMINDER_EVERY_DAYS } from '../definition.ts';
import type { ProgramTemplate } from '../types.ts';
import { NO_SAFETY_LIMITS, session, timepoint } from './build.ts';

const SELF_REPORTS = ['phq-9', 'gad-7'];

export const psilocybinRetreat: ProgramTemplate = {
  id: 'psilocybin-retreat',
  title: 'Psilocybin retreat (preparation, 3-day retreat, integration)',
  summary:
    'A cohort program: one personal and one group preparation session, a three-day psilocybin retreat, ' +
    'then one personal and one group integration session. PHQ-9 and GAD-7 before the retreat, a week ' +
    'after it, and at one and three months.',
  definition: {
    name: 'Psilocybin retreat',
    description:
      'Preparation (one personal and one group session), a three-day retreat with supporting activities ' +
      'held in a workshop space, and integration (one personal and one group session).',
    modality: 'psilocybin',
    format: 'cohort',
    arms: [],
    sessions: [
      session({
        key: 'preparation-personal',
        name: 'Personal preparation session',
        phase: 'preparation',
        kind: 'personal',
        dosing: null,
        days: [-14],
        startTime: '10:00',
        durationMinutes: 60,
        facilitatorsNeeded: 1,
        description: 'One-to-one preparation: intentions, expectations, practical arrangements.',
      }),
      session({
        key: 'preparation-group',
        name: 'Group preparation session',
        phase: 'preparation',
        kind: 'group',
        dosing: null,
        days: [-7],
        startTime: '10:00',
        durationMinutes: 120,
        facilitatorsNeeded: 2,
        description: 'The cohort meets before the retreat.',
      }),
      session({
        key: 'retreat-day',
        name: 'Retreat day',
        phase: 'immersion',
        kind: 'group',
        dosing: { substance: 'psilocybin', route: 'oral', mgPerKg: null },
        days: [0, 1, 2],
        startTime: '10:00',
        durationMinutes: 480,
        facilitatorsNeeded: 2,
        description:
          'A retreat day with supporting activities. Every retreat day is marked as a dosing session, so a ' +
          'client can only be booked once eligible and consented; the day (or days) of the psilocybin ' +
          'ceremony and the dose are the clinic’s choice.',
      }),
      session({
        key: 'integration-personal',
        name: 'Personal integration session',
        phase: 'integration',
        kind: 'personal',
        dosing: null,
        days: [7],
        startTime: '10:00',
        durationMinutes: 60,
        facilitatorsNeeded: 1,
      }),
      session({
        key: 'integration-group',
        name: 'Group integration session',
        phase: 'integration',
        kind: 'group',
        dosing: null,
        days: [14],
        startTime: '10:00',
        durationMinutes: 120,
        facilitatorsNeeded: 2,
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
      ...timepoint(['meq-30'], {
        key: 'after-retreat',
        label: 'After the retreat',
        anchor: 'last-dosing',
        offset: { amount: 1, unit: 'days' },
        window: { beforeDays: 1, afterDays: 7 },
      }),
      ...timepoint(SELF_REPORTS, {
        key: 'week-1',
        label: '1 week after the retreat',
        anchor: 'last-dosing',
        offset: { amount: 1, unit: 'weeks' },
        window: { beforeDays: 2, afterDays: 7 },
      }),
      ...timepoint(SELF_REPORTS, {
        key: 'month-1',
        label: '1 month after the retreat',
        anchor: 'last-dosing',
        offset: { amount: 1, unit: 'months' },
        window: { beforeDays: 7, afterDays: 14 },
      }),
      ...timepoint(SELF_REPORTS, {
        key: 'month-3',
        label: '3 months after the retreat',
        anchor: 'last-dosing',
        offset: { amount: 3, unit: 'months' },
        window: { beforeDays: 14, afterDays: 14 },
      }),
    ],
    safety: NO_SAFETY_LIMITS,
    reminderEveryDays: DEFAULT_REMINDER_EVERY_DAYS,
    integration: { ...DEFAULT_INTEGRATION },
    source: {
      citation:
        'Psilocybin retreat program in the Netherlands as described in the source article (“Research on ' +
        'Ketamine-Assisted Psychotherapy”): Preparation — 1 personal and 1 group session; Immersion — ' +
        '3-day psilocybin retreat with supporting activities; Integration — 1 personal and 1 group ' +
        'integration session.',
      doi: null,
      studyId: null,
      note:
        'This is a program description, not a study: only the number of sessions per phase and the three ' +
        'retreat days come from it. Defaults for the clinic to set: the day and time of every session ' +
        '(preparation 14 and 7 days before the retreat, integration 7 and 14 days after it starts, 10:00), ' +
        'durations, facilitators needed, which retreat day(s) the psilocybin ceremony is on and the dose ' +
        '(every retreat day is a dosing session; no dose is set), the questionnaire timepoints and their ' +
        'windows, and the pre-dose blood-pressure limits. PHQ-9 and GAD-7 are scheduled; add WHO-5 or ' +
        'others in the builder. MEQ-30 after the last retreat day is optional.',
    },
  },
};
