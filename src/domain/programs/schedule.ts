import type { PlannedSession, ProgramDefinition } from './types.ts';

export interface PlanOptions {
  /** Day 0, 'YYYY-MM-DD'. */
  startDate: string;
  /** IANA time zone the session times are local to. */
  timezone: string;
  /** Only plans for this arm (plus plans for every arm); null = every plan. */
  arm: string | null;
  kind: 'personal' | 'group' | 'all';
}

export function planSessions(_def: ProgramDefinition, _opts: PlanOptions): PlannedSession[] {
  throw new Error('not implemented');
}
