/** Helpers for the template tests: the calendar and the questionnaire schedule in compact rows. */
import { assessmentsDue } from '../assessments.ts';
import { planSessions } from '../schedule.ts';
import type { PlannedSession, ProgramTemplate } from '../types.ts';

export const ZONE = 'Europe/Amsterdam';
/** A Friday; the night of 28–29 March 2026 the Netherlands moves to summer time. */
export const START = '2026-03-27';

export function calendar(t: ProgramTemplate, arm: string | null = null): PlannedSession[] {
  return planSessions(t.definition, { startDate: START, timezone: ZONE, arm, kind: 'all' });
}

/** 'YYYY-MM-DD HH:MM' in the zone, by Intl (independent of luxon). */
export function local(iso: string | null): string {
  if (iso === null) return '-';
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** 'planKey#n local-date local-time–end-time' rows, in the zone. */
export function rows(sessions: PlannedSession[]): string[] {
  const fmt = local;
  return sessions.map((s) => `${s.planKey}#${s.occurrence} ${fmt(s.startsAt)}–${fmt(s.endsAt).slice(11)}`);
}

export function countByPhase(sessions: PlannedSession[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of sessions) out[s.phase] = (out[s.phase] ?? 0) + 1;
  return out;
}

/** The questionnaire schedule for the planned calendar: 'planKey#n due (window opens – closes)', local. */
export function schedule(t: ProgramTemplate, arm: string | null = null): string[] {
  const sessions = calendar(t, arm).map((s) => ({
    planKey: s.planKey,
    dosing: s.dosing !== null,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    status: 'scheduled' as const,
  }));
  return assessmentsDue(t.definition, {
    enrolledAt: '2026-03-01T09:00:00.000Z',
    startDate: START,
    timezone: ZONE,
    arm,
    sessions,
    responses: [],
    now: '2026-03-01T09:00:00.000Z',
  }).map(
    (d) =>
      `${d.planKey}#${d.occurrence} ${local(d.dueAt)} (${local(d.windowOpensAt)} – ${local(d.windowClosesAt)})`,
  );
}
