/**
 * From a definition to dated sessions: each plan's program days become start and end instants,
 * the start time being local to the organization's time zone on that calendar day (so 10:00 stays
 * 10:00 across a daylight-saving change).
 */
import { DateTime, IANAZone } from 'luxon';
import { invalid } from '../errors.ts';
import type { PlannedSession, ProgramDefinition, SessionPlan } from './types.ts';
import { scheduleZone } from './zone.ts';

export interface PlanOptions {
  /** Day 0, 'YYYY-MM-DD'. */
  startDate: string;
  /** IANA time zone the session times are local to. */
  timezone: string;
  /** Only plans for this arm (plus plans for every arm); null = every plan. */
  arm: string | null;
  kind: 'personal' | 'group' | 'all';
}

/** Zones already found valid: luxon's check builds an Intl.DateTimeFormat on every call. */
const validZones = new Set<string>();

/** Midnight of a calendar date in a zone; throws invalid('startDate' | 'timezone'). */
export function localDayStart(startDate: string, timezone: string): DateTime {
  if (!validZones.has(timezone)) {
    if (!IANAZone.isValidZone(timezone)) throw invalid('timezone', 'time-zone-named', { value: timezone });
    validZones.add(timezone);
  }
  const day = /^\d{4}-\d{2}-\d{2}$/.test(startDate)
    ? DateTime.fromISO(startDate, { zone: scheduleZone(timezone) })
    : DateTime.invalid('format');
  if (!day.isValid) throw invalid('startDate', 'calendar-date-yyyy-mm-dd');
  return day.startOf('day');
}

export function toIso(dt: DateTime): string {
  return new Date(dt.toMillis()).toISOString();
}

/** Whether a plan with these arms applies to a client on `arm` (null arm = every plan). */
export function appliesToArm(planArms: string[] | null, arm: string | null): boolean {
  return arm === null || planArms === null || planArms.includes(arm);
}

function occurrences(plan: SessionPlan, dayZero: DateTime): PlannedSession[] {
  const [hour, minute] = plan.startTime.split(':').map(Number);
  return plan.days.map((day, i) => {
    const start = dayZero.plus({ days: day }).set({ hour, minute, second: 0, millisecond: 0 });
    return {
      planKey: plan.key,
      occurrence: i + 1,
      name: plan.name,
      phase: plan.phase,
      kind: plan.kind,
      dosing: plan.dosing ? { ...plan.dosing } : null,
      day,
      startsAt: toIso(start),
      endsAt: toIso(start.plus({ minutes: plan.durationMinutes })),
      facilitatorsNeeded: plan.facilitatorsNeeded,
      arms: plan.arms ? [...plan.arms] : null,
    };
  });
}

/** The sessions a definition plans from a start date, sorted by start (then plan order). */
export function planSessions(def: ProgramDefinition, opts: PlanOptions): PlannedSession[] {
  const dayZero = localDayStart(opts.startDate, opts.timezone);
  const planned: Array<PlannedSession & { order: number }> = [];
  def.sessions.forEach((plan, order) => {
    if (opts.kind !== 'all' && plan.kind !== opts.kind) return;
    if (!appliesToArm(plan.arms, opts.arm)) return;
    const days = [...plan.days].sort((a, b) => a - b);
    for (const s of occurrences({ ...plan, days }, dayZero)) planned.push({ ...s, order });
  });
  planned.sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.order - b.order || a.occurrence - b.occurrence,
  );
  return planned.map(({ order: _order, ...s }) => s);
}
