/**
 * The shapes of a synthetic run and of its batches' plans: what every batch of a run shares
 * (RunContext, with its memoised schedule computations), the clients drafted for a batch, and the
 * cohorts and enrollments planned for it (BatchPlan), from which each writing phase builds its rows.
 */
import type { Insertable } from 'kysely';
import type { ClientTable } from '../../db/schema.ts';
import type { Condition } from '../../domain/outcomes/conditions.ts';
import { planSessions } from '../../domain/programs/schedule.ts';
import type { AssessmentDue, EnrollmentStatus, PlannedSession } from '../../domain/programs/types.ts';
import type { ArmSpec, ProgramKey } from './params.ts';
import type { Rng } from './prng.ts';
import type { SyntheticProgram } from './programs.ts';
import type { ClientLatent, Course } from './trajectory.ts';

/** What every batch of one run shares. */
export interface RunContext {
  organizationId: string;
  timezone: string;
  /** "Now" of the data (ms): nothing happens after it. */
  now: number;
  seed: number;
  /** Number of this run's first client (1 + the clients the organization had). */
  firstClientNumber: number;
  /** Clients this run adds. */
  clients: number;
  programs: Record<ProgramKey, SyntheticProgram>;
  cache: GenerationCache;
}

export interface SessionTemplate {
  planned: PlannedSession;
  start: number;
  end: number;
  plannedDose: string | null;
  arms: string | null;
}

/** Memoised schedule computations (luxon date arithmetic dominates otherwise). */
export class GenerationCache {
  private readonly planned = new Map<string, SessionTemplate[]>();
  private readonly due = new Map<string, AssessmentDue[]>();

  sessions(
    program: SyntheticProgram,
    startDate: string,
    timezone: string,
    arm: string | null,
    kind: 'personal' | 'group',
  ) {
    const key = `${program.id}|${startDate}|${arm}|${kind}`;
    let list = this.planned.get(key);
    if (!list) {
      list = planSessions(program.definition, { startDate, timezone, arm, kind }).map((p) => ({
        planned: p,
        start: Date.parse(p.startsAt),
        end: Date.parse(p.endsAt),
        plannedDose: p.dosing ? JSON.stringify(p.dosing) : null,
        arms: p.arms ? JSON.stringify(p.arms) : null,
      }));
      if (this.planned.size > 50_000) this.planned.clear();
      this.planned.set(key, list);
    }
    return list;
  }

  assessments(key: string, compute: () => AssessmentDue[]): AssessmentDue[] {
    let list = this.due.get(key);
    if (!list) {
      list = compute();
      if (this.due.size > 20_000) this.due.clear();
      this.due.set(key, list);
    }
    return list;
  }
}

export interface CohortPlan {
  id: string;
  name: string;
  startDate: string;
  createdAt: number;
  program: SyntheticProgram;
  sessions: Array<{ id: string; t: SessionTemplate; attendees: number }>;
}

export type SessionOutcome = {
  t: SessionTemplate;
  /** Personal sessions: the session row's id; group sessions: the cohort session's index. */
  id: string;
  groupIndex: number | null;
  /** False: cancelled (personal) or left (group) because the enrollment ended before it. */
  live: boolean;
  status: 'scheduled' | 'completed' | 'cancelled';
  statusReason: string | null;
  changedAt: number | null;
  attendance: 'attended' | 'absent' | null;
  booking: 'booked' | 'held';
};

export interface EventPlan {
  id: string;
  from: EnrollmentStatus | null;
  to: EnrollmentStatus;
  reason: string | null;
  at: number;
}

export interface EnrollmentPlan {
  id: string;
  clientId: string;
  clientNumber: number;
  program: SyntheticProgram;
  arm: ArmSpec | null;
  condition: Condition;
  cohort: CohortPlan | null;
  startDate: string;
  referredAt: number;
  events: EventPlan[];
  screening: {
    id: string;
    at: number;
    decision: 'eligible' | 'ineligible' | null;
    decidedAt: number | null;
    hardStop: string | null;
  } | null;
  consent: { id: string; at: number; method: string } | null;
  /** When the enrollment ended early (withdrawn or found ineligible), if that happened by "now". */
  exitAt: number | null;
  eligibleAt: number | null;
  firstDoseAt: number | null;
  sessions: SessionOutcome[];
  latent: ClientLatent;
  course: Course;
  responseRng: Rng;
}

export interface BatchPlan {
  index: number;
  clients: Insertable<ClientTable>[];
  cohorts: CohortPlan[];
  enrollments: EnrollmentPlan[];
}

export interface ClientDraft {
  number: number;
  rng: Rng;
  responseRng: Rng;
  row: Insertable<ClientTable>;
  programKey: ProgramKey;
  arm: ArmSpec | null;
  condition: Condition;
  referredAt: number;
  latent: ClientLatent;
}
