/**
 * When each planned questionnaire is due for one client, and whether it was done. Anchors:
 * 'enrollment' = enrolledAt; 'start' = the start date at 00:00 local; 'end' = the end of the
 * client's last non-cancelled session; dosing anchors = the starts of the client's non-cancelled
 * dosing sessions in time order. Offsets and windows use calendar arithmetic in the zone (a month
 * after 31 January is 28 February; a day keeps the local time across a daylight-saving change).
 *
 * A baseline — an instrument's first timepoint, due before the client's first dosing session (or
 * their first session, in a program without dosing) — counts any answer given after enrolling and
 * before its window closes, so staff can send it as soon as the client is enrolled or screened.
 * The scheduler still invites at the window's opening (status 'open'), so nobody is emailed (and
 * reminded) weeks early without a person asking for it.
 */
import { DateTime } from 'luxon';
import { invalid } from '../errors.ts';
import { appliesToArm, localDayStart } from './schedule.ts';
import type {
  AssessmentDue,
  AssessmentPlan,
  AssessmentStatus,
  ProgramDefinition,
  ResponseRef,
  ScheduledSessionRef,
} from './types.ts';
import { scheduleZone } from './zone.ts';

export interface AssessmentsDueOptions {
  /** ISO-8601 UTC. */
  enrolledAt: string;
  /** Day 0, 'YYYY-MM-DD'. */
  startDate: string;
  timezone: string;
  arm: string | null;
  /** The client's stored (or planned) sessions, any order. */
  sessions: ScheduledSessionRef[];
  responses: ResponseRef[];
  /** ISO-8601 UTC. */
  now: string;
}

interface Slot {
  plan: AssessmentPlan;
  order: number;
  occurrence: number;
  anchor: DateTime | null;
}

/** How many dosing sessions the definition plans for a client on this arm. */
export function plannedDosingCount(def: ProgramDefinition, arm: string | null): number {
  return def.sessions
    .filter((s) => s.dosing !== null && appliesToArm(s.arms, arm))
    .reduce((n, s) => n + s.days.length, 0);
}

function slotsFor(
  plan: AssessmentPlan,
  order: number,
  anchors: { enrollment: DateTime; start: DateTime; end: DateTime | null; dosings: DateTime[] },
  expectedDosings: number,
): Slot[] {
  const { dosings } = anchors;
  const one = (anchor: DateTime | null): Slot[] => [{ plan, order, occurrence: 1, anchor }];
  switch (plan.anchor) {
    case 'enrollment':
      return one(anchors.enrollment);
    case 'start':
      return one(anchors.start);
    case 'end':
      return one(anchors.end);
    case 'first-dosing':
      return one(dosings[0] ?? null);
    case 'last-dosing':
      return one(dosings.at(-1) ?? null);
    case 'each-dosing': {
      const count = Math.max(dosings.length, expectedDosings);
      const numbers = plan.dosingNumbers ?? Array.from({ length: count }, (_, i) => i + 1);
      return numbers.map((n) => ({ plan, order, occurrence: n, anchor: dosings[n - 1] ?? null }));
    }
  }
}

function statusAt(now: number, opens: number, closes: number): AssessmentStatus {
  if (now < opens) return 'upcoming';
  if (now <= closes) return 'open';
  return 'missed';
}

/** When the baseline reference is: the first non-cancelled dosing session, else the first session. */
function baselineLimit(live: ScheduledSessionRef[]): number | null {
  const starts = (list: ScheduledSessionRef[]) => list.map((s) => Date.parse(s.startsAt));
  const dosing = starts(live.filter((s) => s.dosing));
  const all = dosing.length > 0 ? dosing : starts(live);
  return all.length > 0 ? Math.min(...all) : null;
}

interface Dated {
  slot: Slot;
  due: number | null;
  opens: number | null;
  closes: number | null;
  /** The earliest answer that counts: `opens`, or enrollment for a baseline. */
  accepts: number | null;
}

/**
 * Lets each instrument's baseline (its first dated timepoint, due no later than `limit`) count
 * answers from enrollment, if its own window opens later. `dated` is in due order.
 */
function acceptBaselinesFromEnrollment(dated: Dated[], enrolledAt: number, limit: number | null): Dated[] {
  const seen = new Set<string>();
  return dated.map((d) => {
    if (d.due === null || d.opens === null || seen.has(d.slot.plan.instrumentId)) return d;
    seen.add(d.slot.plan.instrumentId);
    if (limit === null || d.due > limit || d.opens <= enrolledAt) return d;
    return { ...d, accepts: enrolledAt };
  });
}

/** Every due questionnaire for a client, sorted by due time (undated last), with its status. */
export function assessmentsDue(def: ProgramDefinition, opts: AssessmentsDueOptions): AssessmentDue[] {
  const start = localDayStart(opts.startDate, opts.timezone);
  const zone = scheduleZone(opts.timezone);
  const live = opts.sessions.filter((s) => s.status !== 'cancelled');
  const dosings = live
    .filter((s) => s.dosing)
    .map((s) => Date.parse(s.startsAt))
    .sort((a, b) => a - b)
    .map((ms) => DateTime.fromMillis(ms, { zone }));
  const lastEnd = live.reduce<number | null>((max, s) => {
    const ms = Date.parse(s.endsAt);
    return max === null || ms > max ? ms : max;
  }, null);
  const enrollment = DateTime.fromISO(opts.enrolledAt, { zone });
  if (!enrollment.isValid) throw invalid('enrolledAt', 'date-date-time-iso-8601');
  const now = Date.parse(opts.now);
  if (Number.isNaN(now)) throw invalid('now', 'date-time');
  const anchors = {
    enrollment,
    start,
    end: lastEnd === null ? null : DateTime.fromMillis(lastEnd, { zone }),
    dosings,
  };
  const expected = plannedDosingCount(def, opts.arm);

  const dated: Dated[] = def.assessments
    .flatMap((plan, order) =>
      appliesToArm(plan.arms, opts.arm) ? slotsFor(plan, order, anchors, expected) : [],
    )
    .map((slot) => {
      if (!slot.anchor) return { slot, due: null, opens: null, closes: null, accepts: null };
      const due = slot.anchor.plus({ [slot.plan.offset.unit]: slot.plan.offset.amount });
      const opens = due.minus({ days: slot.plan.window.beforeDays });
      const closes = due.plus({ days: slot.plan.window.afterDays });
      const o = opens.toMillis();
      return { slot, due: due.toMillis(), opens: o, closes: closes.toMillis(), accepts: o };
    });
  dated.sort(
    (a, b) =>
      (a.due ?? Number.POSITIVE_INFINITY) - (b.due ?? Number.POSITIVE_INFINITY) ||
      a.slot.order - b.slot.order ||
      a.slot.occurrence - b.slot.occurrence,
  );
  const slots = acceptBaselinesFromEnrollment(dated, enrollment.toMillis(), baselineLimit(live));

  const responses = opts.responses
    .map((r) => ({ ...r, at: Date.parse(r.administeredAt) }))
    .sort((a, b) => a.at - b.at);
  const used = new Set<string>();

  return slots.map(({ slot, due, opens, closes, accepts }) => {
    const base = {
      planKey: slot.plan.key,
      instrumentId: slot.plan.instrumentId,
      label: slot.plan.label,
      occurrence: slot.occurrence,
    };
    if (due === null || opens === null || closes === null || accepts === null) {
      return {
        ...base,
        dueAt: null,
        windowOpensAt: null,
        windowClosesAt: null,
        answersFrom: null,
        status: 'unscheduled',
        responseId: null,
      };
    }
    const match = responses.find(
      (r) =>
        !used.has(r.id) && r.instrumentId === slot.plan.instrumentId && r.at >= accepts && r.at <= closes,
    );
    if (match) used.add(match.id);
    return {
      ...base,
      dueAt: new Date(due).toISOString(),
      windowOpensAt: new Date(opens).toISOString(),
      windowClosesAt: new Date(closes).toISOString(),
      answersFrom: new Date(accepts).toISOString(),
      status: match ? 'done' : statusAt(now, opens, closes),
      responseId: match ? match.id : null,
    };
  });
}
