/**
 * Program definitions: the shape a clinic designs in the program builder and the templates ship.
 * A definition is stored whole (JSON) in one program version; an enrolled client stays on the
 * version they started. Everything here is pure data: scheduling and due dates are computed from
 * it by schedule.ts and assessments.ts.
 */

import type { IntegrationSettings } from '../integration-window/settings.ts';

export const PHASES = ['preparation', 'immersion', 'integration', 'follow-up'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  preparation: 'Preparation',
  immersion: 'Immersion / dosing',
  integration: 'Integration',
  'follow-up': 'Follow-up',
};

export const MODALITIES = ['ketamine', 'psilocybin', 'other'] as const;
export type Modality = (typeof MODALITIES)[number];

export const ROUTES = ['IV', 'IM', 'sublingual', 'oral', 'intranasal'] as const;
export type Route = (typeof ROUTES)[number];

/**
 * `cohort`: clients start together; group sessions belong to a cohort and day 0 is the cohort's
 * start date. `individual`: each enrollment has its own start date and only personal sessions.
 */
export const FORMATS = ['cohort', 'individual'] as const;
export type ProgramFormat = (typeof FORMATS)[number];

export interface ArmDefinition {
  /** Stable key, lower-case letters, digits and dashes. */
  key: string;
  name: string;
  description: string;
}

/** What a dosing session plans to give. Unknown details stay null for the clinic to set. */
export interface PlannedDose {
  substance: string;
  route: Route | null;
  /** Planned dose in mg per kg body weight, when the protocol states one. */
  mgPerKg: number | null;
}

export interface SessionPlan {
  /** Stable key, unique in the program. */
  key: string;
  name: string;
  phase: Phase;
  kind: 'personal' | 'group';
  /** Non-null for a session where a substance is given: booking needs eligibility and consent. */
  dosing: PlannedDose | null;
  /** Program days of each occurrence, day 0 = the start date; negative days come before it. */
  days: number[];
  /** Local start time 'HH:MM' in the organization's time zone. */
  startTime: string;
  durationMinutes: number;
  facilitatorsNeeded: number;
  /** Arm keys this session belongs to; null = every arm. */
  arms: string[] | null;
  /** Free text for staff (what happens, what to bring). */
  description: string;
}

export const ANCHORS = ['enrollment', 'start', 'first-dosing', 'each-dosing', 'last-dosing', 'end'] as const;
/**
 * What an assessment's timing is relative to: the enrollment date, the program start (day 0),
 * the client's first, each or last dosing session (its start), or the end of their last session.
 */
export type Anchor = (typeof ANCHORS)[number];

export const OFFSET_UNITS = ['hours', 'days', 'weeks', 'months'] as const;
export type OffsetUnit = (typeof OFFSET_UNITS)[number];

export interface AssessmentPlan {
  /** Stable key, unique in the program. */
  key: string;
  instrumentId: string;
  /** Timepoint label shown to staff and in outcomes, e.g. 'Baseline', '+3 months'. */
  label: string;
  anchor: Anchor;
  /** With 'each-dosing': only these dosing sessions (1-based); null = every one. */
  dosingNumbers: number[] | null;
  /** Negative amounts come before the anchor (e.g. -1 day before first dosing). */
  offset: { amount: number; unit: OffsetUnit };
  /** The completion window around the due time, in days (hours for short offsets are fine: 0). */
  window: { beforeDays: number; afterDays: number };
  arms: string[] | null;
}

export interface SafetySettings {
  /** Pre-dose blood-pressure limit set by the organization; null = not set (nothing is flagged). */
  preDoseSystolicMax: number | null;
  preDoseDiastolicMax: number | null;
}

/** The study a template follows, with what is verified and what is left to the clinic. */
export interface ProgramSource {
  citation: string;
  doi: string | null;
  /** Evidence-library study id, when the study is in the library. */
  studyId: string | null;
  note: string;
}

export interface ProgramDefinition {
  name: string;
  description: string;
  modality: Modality;
  format: ProgramFormat;
  arms: ArmDefinition[];
  sessions: SessionPlan[];
  assessments: AssessmentPlan[];
  safety: SafetySettings;
  /**
   * Days between questionnaire reminders until the completion window closes; 0 = none.
   * Always set by normalizeDefinition (definitions saved before it existed read as the default).
   */
  reminderEveryDays?: number;
  /**
   * The integration window after each dosing session. Always set by normalizeDefinition
   * (definitions saved before it existed read as DEFAULT_INTEGRATION).
   */
  integration?: IntegrationSettings;
  source: ProgramSource | null;
}

export interface ProgramTemplate {
  id: string;
  title: string;
  summary: string;
  definition: ProgramDefinition;
}

/** One session generated from a plan, before it is stored. Times are ISO-8601 UTC. */
export interface PlannedSession {
  planKey: string;
  /** 1-based occurrence of the plan (its nth day). */
  occurrence: number;
  name: string;
  phase: Phase;
  kind: 'personal' | 'group';
  dosing: PlannedDose | null;
  day: number;
  startsAt: string;
  endsAt: string;
  facilitatorsNeeded: number;
  /** Arm keys (null = every arm); a cohort's group session for one arm is attended by that arm only. */
  arms: string[] | null;
}

/** A stored session as the due-date computation needs it. */
export interface ScheduledSessionRef {
  planKey: string;
  dosing: boolean;
  startsAt: string;
  endsAt: string;
  status: 'scheduled' | 'completed' | 'cancelled';
}

export interface ResponseRef {
  id: string;
  instrumentId: string;
  administeredAt: string;
}

export type AssessmentStatus = 'upcoming' | 'open' | 'done' | 'missed' | 'unscheduled';

export interface AssessmentDue {
  planKey: string;
  instrumentId: string;
  label: string;
  /** 1-based for 'each-dosing' anchors (the dosing number), else 1. */
  occurrence: number;
  /** Null when its anchor has no date yet (e.g. no dosing session scheduled). */
  dueAt: string | null;
  /** When the scheduler invites the client (status 'open' from then). */
  windowOpensAt: string | null;
  windowClosesAt: string | null;
  /**
   * The earliest answer that counts for this timepoint: the window's opening, or enrollment for a
   * baseline (staff may send a baseline before its window opens; see `assessmentsDue`).
   */
  answersFrom: string | null;
  status: AssessmentStatus;
  responseId: string | null;
}

export const ENROLLMENT_STATUSES = [
  'referred',
  'screening',
  'eligible',
  'ineligible',
  'consented',
  'active',
  'completed',
  'withdrawn',
] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];
