/**
 * The calendar read model: stored sessions with their program, cohort, room, facilitators,
 * attendees and the conflicts they are in (src/domain/scheduling/conflicts.ts). Shared by the
 * session routes, the calendar feeds and the client timeline.
 */
import type { CalendarSession, CalendarSessionBase } from '../../api/sessions.ts';
import { readPlannedDose } from '../../domain/dosing/dose-plan.ts';
import {
  BLOCKING_CONFLICTS,
  type Conflict,
  findConflicts,
  type RoomInfo,
  type SessionSlot,
} from '../../domain/scheduling/conflicts.ts';
import type { Tx } from '../context.ts';
import * as repo from './repository.ts';

const overlaps = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }) =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

export async function roomMap(db: Tx, organizationId: string): Promise<Map<string, RoomInfo>> {
  const rooms = await repo.roomsOf(db, organizationId);
  return new Map(rooms.map((r) => [r.id, { name: r.name, capacity: r.capacity }]));
}

/** Every non-cancelled session overlapping [from, to) as a slot: facilitators, clients, head count. */
async function slotsOverlapping(db: Tx, organizationId: string, from: string, to: string) {
  const rows = await repo.activeSessionsOverlapping(db, organizationId, from, to);
  const ids = rows.map((r) => r.id);
  const [facilitators, attendees] = await Promise.all([
    repo.facilitatorsOf(db, organizationId, ids),
    repo.attendeeRefsOf(db, organizationId, ids),
  ]);
  const slots = new Map<string, SessionSlot>(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        roomId: r.room_id,
        facilitatorIds: [],
        clientIds: [],
        attendeeCount: 0,
      },
    ]),
  );
  for (const f of facilitators) slots.get(f.session_id)?.facilitatorIds.push(f.user_id);
  for (const a of attendees) {
    const s = slots.get(a.session_id);
    if (!s) continue;
    if (!s.clientIds.includes(a.client_id)) s.clientIds.push(a.client_id);
    s.attendeeCount++;
  }
  return slots;
}

/** Conflicts of stored sessions with the other sessions they overlap (cancelled ones have none). */
export async function conflictsOf(
  db: Tx,
  organizationId: string,
  sessions: Array<{ id: string; starts_at: string; ends_at: string; status: string }>,
): Promise<Map<string, Conflict[]>> {
  const out = new Map<string, Conflict[]>();
  const active = sessions.filter((s) => s.status !== 'cancelled');
  if (!active.length) return out;
  // ISO-8601 UTC strings of one format order as the instants they name.
  const from = active.map((s) => s.starts_at).sort()[0]!;
  const to = active
    .map((s) => s.ends_at)
    .sort()
    .at(-1)!;
  const [slots, rooms] = await Promise.all([
    slotsOverlapping(db, organizationId, from, to),
    roomMap(db, organizationId),
  ]);
  const all = [...slots.values()];
  for (const s of active) {
    const candidate = slots.get(s.id);
    if (!candidate) continue;
    const others = all.filter((o) => o.id !== candidate.id && overlaps(o, candidate));
    out.set(s.id, findConflicts(candidate, others, rooms));
  }
  const described = await describeConflicts(db, organizationId, [...out.values()].flat());
  let i = 0;
  for (const [id, list] of out) {
    out.set(id, described.slice(i, i + list.length));
    i += list.length;
  }
  return out;
}

/** Conflicts a session would be in with the given times, room, facilitators and attendees. */
export async function conflictsOfCandidate(
  db: Tx,
  organizationId: string,
  candidate: SessionSlot,
): Promise<Conflict[]> {
  const [slots, rooms] = await Promise.all([
    slotsOverlapping(db, organizationId, candidate.startsAt, candidate.endsAt),
    roomMap(db, organizationId),
  ]);
  const others = [...slots.values()].filter((o) => o.id !== candidate.id);
  return describeConflicts(db, organizationId, findConflicts(candidate, others, rooms));
}

/** The conflicts that refuse a change: double bookings (over capacity is only flagged). */
export const HARD_CONFLICTS: ReadonlySet<Conflict['kind']> = new Set(BLOCKING_CONFLICTS);

/**
 * The domain's messages say what clashes; staff need to know who and with which session, so the
 * messages are rewritten with the facilitator's or client's name and the other session's name.
 */
export async function describeConflicts(
  db: Tx,
  organizationId: string,
  conflicts: Conflict[],
): Promise<Conflict[]> {
  if (!conflicts.length) return conflicts;
  const names = await repo.conflictNames(
    db,
    organizationId,
    [...new Set(conflicts.flatMap((c) => (c.userId ? [c.userId] : [])))],
    [...new Set(conflicts.flatMap((c) => (c.clientId ? [c.clientId] : [])))],
    [...new Set(conflicts.flatMap((c) => (c.otherSessionId ? [c.otherSessionId] : [])))],
  );
  return conflicts.map((c) => {
    const other = c.otherSessionId ? names.sessions.get(c.otherSessionId) : undefined;
    if (!other) return c;
    const what = `"${other.name}" (${other.when})`;
    if (c.kind === 'facilitator-double-booked' && c.userId)
      return {
        ...c,
        message: `${names.users.get(c.userId) ?? 'A facilitator'} already facilitates ${what}.`,
      };
    if (c.kind === 'client-double-booked' && c.clientId)
      return {
        ...c,
        message: `${names.clients.get(c.clientId) ?? 'A client'} is already booked into ${what}.`,
      };
    if (c.kind === 'room-double-booked')
      return {
        ...c,
        message: `${other.room ? `The room "${other.room}"` : 'The room'} is already booked for ${what}.`,
      };
    return c;
  });
}

export function baseOf(
  r: repo.SessionRow,
  facilitators: repo.FacilitatorRow[],
  conflicts: Conflict[],
): CalendarSessionBase {
  return {
    id: r.id,
    name: r.name,
    phase: r.phase as CalendarSession['phase'],
    kind: r.kind as CalendarSession['kind'],
    dosing: r.dosing === 1,
    plannedDose: readPlannedDose(r.planned_dose),
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    status: r.status as CalendarSession['status'],
    statusReason: r.status_reason,
    program: { id: r.program_id, name: r.program_name },
    cohort: r.cohort_id ? { id: r.cohort_id, name: r.cohort_name ?? '' } : null,
    room:
      r.room_id && r.room_name !== null
        ? { id: r.room_id, name: r.room_name, capacity: r.room_capacity ?? 0 }
        : null,
    facilitators: facilitators.map((f) => ({ id: f.user_id, name: f.name })),
    conflicts,
  };
}

function groupBy<T extends { session_id: string }>(rows: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(r.session_id);
    if (list) list.push(r);
    else m.set(r.session_id, [r]);
  }
  return m;
}

/** Sessions as calendar entries with their attendees by name. */
export async function calendarSessions(
  db: Tx,
  organizationId: string,
  rows: repo.SessionRow[],
): Promise<CalendarSession[]> {
  const ids = rows.map((r) => r.id);
  const [facilitators, attendees, conflicts] = await Promise.all([
    repo.facilitatorsOf(db, organizationId, ids),
    repo.attendeesOf(db, organizationId, ids),
    conflictsOf(db, organizationId, rows),
  ]);
  const f = groupBy(facilitators);
  const a = groupBy(attendees);
  return rows.map((r) => ({
    ...baseOf(r, f.get(r.id) ?? [], conflicts.get(r.id) ?? []),
    attendees: (a.get(r.id) ?? []).map((x) => ({
      enrollmentId: x.enrollment_id,
      clientId: x.client_id,
      name: repo.clientName(x),
      booking: x.booking as 'booked' | 'held',
      attendance: x.attendance as 'attended' | 'absent' | 'excused' | null,
    })),
  }));
}

/** Sessions without attendees (a client's timeline, calendar feeds). */
export async function baseSessions(
  db: Tx,
  organizationId: string,
  rows: repo.SessionRow[],
): Promise<CalendarSessionBase[]> {
  const ids = rows.map((r) => r.id);
  const [facilitators, conflicts] = await Promise.all([
    repo.facilitatorsOf(db, organizationId, ids),
    conflictsOf(db, organizationId, rows),
  ]);
  const f = groupBy(facilitators);
  return rows.map((r) => baseOf(r, f.get(r.id) ?? [], conflicts.get(r.id) ?? []));
}
