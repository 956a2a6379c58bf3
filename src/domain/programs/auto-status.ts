/**
 * Enrollment status moves by itself (issue 15, Journey 6): once care has started and once it is
 * over, without anyone clicking "Mark active".
 *
 * - consented → active: the client attended a session, or the local day (organization time zone)
 *   of their first session has passed. Before consent nothing moves: a client who attends a
 *   preparation circle while still in screening stays in screening.
 * - active → completed: the local day of their last session has passed AND every questionnaire the
 *   program plans for them is answered or its completion window has closed (the follow-up window is
 *   the program definition's last assessment window, e.g. "+3 months, 14 days after"). A
 *   questionnaire whose anchor has no date (no dosing session was scheduled) does not hold it open.
 *
 * Cancelled sessions do not count. Both moves can happen at once (a record caught up late). The
 * rule refuses a broken input (an unknown time zone or an invalid time) rather than guess.
 */

import { DateTime } from 'luxon';
import { invalid } from '../errors.ts';
import { STORED_REASONS } from '../stored-reasons.ts';
import type { AssessmentStatus, EnrollmentStatus } from './types.ts';

export interface AutoStatusSession {
  startsAt: string;
  endsAt: string;
  status: 'scheduled' | 'completed' | 'cancelled';
  /** This enrollment's attendance at the session. */
  attendance: 'attended' | 'absent' | 'excused' | null;
}

export interface AutoStatusAssessment {
  windowClosesAt: string | null;
  status: AssessmentStatus;
}

export interface AutoStatusInput {
  status: EnrollmentStatus;
  sessions: readonly AutoStatusSession[];
  assessments: readonly AutoStatusAssessment[];
  timezone: string;
  now: string;
}

export interface AutoTransition {
  to: 'active' | 'completed';
  /** Why, in a sentence (stored as the event's reason and audited). */
  because: string;
}

const instant = (field: string, iso: string): DateTime => {
  const t = DateTime.fromISO(iso, { zone: 'utc' });
  if (!t.isValid) throw invalid(field, 'not-valid-iso-8601-time');
  return t;
};

/** The moment the local day of `iso` ends in `zone`. */
const endOfLocalDay = (iso: string, zone: string) =>
  instant('sessions', iso).setZone(zone).startOf('day').plus({ days: 1 });

export function automaticTransitions(input: AutoStatusInput): AutoTransition[] {
  if (!DateTime.local().setZone(input.timezone).isValid) throw invalid('timezone', 'not-known-time-zone');
  const now = instant('now', input.now);
  if (input.status !== 'consented' && input.status !== 'active') return [];
  const held = input.sessions
    .filter((s) => s.status !== 'cancelled')
    .sort((a, b) => instant('sessions', a.startsAt).toMillis() - instant('sessions', b.startsAt).toMillis());
  if (!held.length) return [];
  const out: AutoTransition[] = [];
  if (input.status === 'consented') {
    const start = startOfCare(held, input.timezone, now);
    if (!start) return [];
    out.push(start);
  }
  const last = held.reduce((a, b) => (instant('sessions', b.endsAt) > instant('sessions', a.endsAt) ? b : a));
  if (endOfLocalDay(last.endsAt, input.timezone) > now) return out;
  const open = input.assessments.filter(
    (a) => a.status !== 'done' && a.windowClosesAt !== null && instant('assessments', a.windowClosesAt) > now,
  );
  if (open.length) return out;
  out.push({
    to: 'completed',
    because: STORED_REASONS['care-over'],
  });
  return out;
}

function startOfCare(held: AutoStatusSession[], zone: string, now: DateTime): AutoTransition | null {
  if (held.some((s) => s.attendance === 'attended'))
    return { to: 'active', because: STORED_REASONS['client-attended'] };
  if (endOfLocalDay(held[0]!.startsAt, zone) <= now)
    return { to: 'active', because: STORED_REASONS['first-day-passed'] };
  return null;
}
