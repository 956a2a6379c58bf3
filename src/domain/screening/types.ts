import type { Modality } from '../programs/types.ts';

export type ScreeningSeverity = 'hard-stop' | 'caution';

export interface ChecklistItem {
  id: string;
  text: string;
  severity: ScreeningSeverity;
  guidance: string;
}

export interface Checklist {
  id: string;
  version: string;
  modality: Modality;
  title: string;
  items: ChecklistItem[];
  source: string;
}

export const SCREENING_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type ScreeningAnswer = (typeof SCREENING_ANSWERS)[number];

export interface ScreeningEvaluation {
  /** Hard-stop items answered 'yes'. */
  hardStops: ChecklistItem[];
  /** Caution items answered 'yes'. */
  cautions: ChecklistItem[];
  /** Items with no answer or answered 'unknown'. */
  unanswered: ChecklistItem[];
}

export interface IntakeVitals {
  systolic: number | null;
  diastolic: number | null;
  heartRate: number | null;
  spo2: number | null;
  weightKg: number | null;
  heightCm: number | null;
  /** ISO-8601 UTC. */
  measuredAt: string | null;
}

export type ScreeningDecision = 'eligible' | 'ineligible';
