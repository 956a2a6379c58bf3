/**
 * Plans one enrollment of a synthetic batch: its day 0, its sessions (personal, and its cohort's
 * group sessions), its way through the flow (referral, screening, decision, consent, treatment,
 * withdrawal or completion) cut at "now", and what happened to each session.
 */

import { appliesToArm } from '../../domain/programs/schedule.ts';
import { STORED_REASONS } from '../../domain/stored-reasons.ts';
import {
  CONSENT_METHODS,
  DECISION_RATIONALE,
  FLOW,
  INDIVIDUAL_START_WEEKDAY,
  WITHDRAWAL_REASONS,
} from './params.ts';
import type {
  ClientDraft,
  CohortPlan,
  EnrollmentPlan,
  EventPlan,
  RunContext,
  SessionOutcome,
  SessionTemplate,
} from './plan.ts';
import { DAY, dayStart, HOUR, onWeekday } from './time.ts';

/** Moves pre-start steps earlier when they would not fit before `limit` (keeps their order). */
function fitBefore(referredAt: number, times: number[], limit: number): number[] {
  const last = times[times.length - 1]!;
  if (last < limit) return times;
  const f = (limit - referredAt) / (last - referredAt);
  return times.map((t) => referredAt + (t - referredAt) * f);
}

export function planEnrollment(
  run: RunContext,
  draft: ClientDraft,
  cohort: CohortPlan | null,
): EnrollmentPlan {
  const { rng } = draft;
  const program = run.programs[draft.programKey];
  const spec = program.spec;
  const arm = draft.arm?.key ?? null;
  const id = rng.uuid();

  // Referral and day 0.
  let referredAt = draft.referredAt;
  let startDate: string;
  if (cohort) {
    startDate = cohort.startDate;
    const startMs = Date.parse(`${startDate}T00:00:00Z`);
    referredAt = Math.min(
      startMs - rng.uniform(spec.leadDays[0], spec.leadDays[1]) * DAY,
      run.now - rng.uniform(0, 1) * DAY,
    );
  } else {
    startDate = onWeekday(
      referredAt + rng.int(spec.leadDays[0], spec.leadDays[1]) * DAY,
      INDIVIDUAL_START_WEEKDAY,
    );
  }

  // The enrollment's sessions: its personal ones and (cohort) the cohort's group sessions for its arm.
  const personal = run.cache.sessions(program, startDate, run.timezone, arm, 'personal');
  const merged: Array<{ t: SessionTemplate; groupIndex: number | null }> = personal.map((t) => ({
    t,
    groupIndex: null,
  }));
  if (cohort) {
    cohort.sessions.forEach((s, i) => {
      if (appliesToArm(s.t.planned.arms, arm)) merged.push({ t: s.t, groupIndex: i });
    });
    merged.sort((a, b) => a.t.start - b.t.start || a.t.end - b.t.end);
  }
  const firstDosingIndex = merged.findIndex((m) => m.t.planned.dosing !== null);
  const firstSession = merged[0]!.t.start;
  const firstDose = merged[firstDosingIndex]!.t.start;
  const lastEnd = Math.max(...merged.map((m) => m.t.end));

  // The flow: every draw is made, in a fixed order, whatever path is taken.
  const draws = {
    noContact: rng.chance(FLOW.noContact),
    noContactDays: rng.uniform(3, 21),
    screeningDays: rng.int(FLOW.screeningDays[0], FLOW.screeningDays[1]),
    decisionDays: rng.int(FLOW.decisionDays[0], FLOW.decisionDays[1]),
    consentDays: rng.int(FLOW.consentDays[0], FLOW.consentDays[1]),
    ineligible: rng.chance(FLOW.ineligible),
    decline: rng.chance(FLOW.declineAfterEligible),
    declineDays: rng.uniform(1, 7),
    beforeStart: rng.chance(FLOW.withdrawBeforeStart),
    beforeStartAt: rng.next(),
    dropout: rng.next(),
    dropoutAfter: rng.next(),
    dropoutGap: rng.uniform(0.2, 0.8),
    completeDays: rng.uniform(FLOW.completeDays[0], FLOW.completeDays[1]),
    noContactReason: rng.pick(WITHDRAWAL_REASONS.noContact),
    beforeStartReason: rng.pick(WITHDRAWAL_REASONS.beforeStart),
    duringReason: rng.pick(WITHDRAWAL_REASONS.duringTreatment),
    method: rng.pick(CONSENT_METHODS),
    hardStop: rng.next(),
    workScreen: rng.uniform(8.5, 16.5),
    workDecide: rng.uniform(8.5, 16.5),
    workConsent: rng.uniform(8.5, 16.5),
    workComplete: rng.uniform(8.5, 16.5),
  };
  // Ids come after the draws (how many depends on the path, which the draws decide).
  const nextId = () => rng.uuid();

  // Timeline (some of it may lie after "now": cut below).
  const limit = firstDose - DAY;
  const [screenAt, decideAt, consentAt] = fitBefore(
    referredAt,
    [
      dayStart(referredAt + draws.screeningDays * DAY) + draws.workScreen * HOUR,
      dayStart(referredAt + (draws.screeningDays + draws.decisionDays) * DAY) + draws.workDecide * HOUR,
      dayStart(referredAt + (draws.screeningDays + draws.decisionDays + draws.consentDays) * DAY) +
        draws.workConsent * HOUR,
    ],
    limit,
  ) as [number, number, number];

  const timeline: Array<Omit<EventPlan, 'id' | 'from'>> = [{ to: 'referred', reason: null, at: referredAt }];
  let exit: { at: number; reason: string; ineligible: boolean } | null = null;
  let screening: EnrollmentPlan['screening'] = null;
  let consent: EnrollmentPlan['consent'] = null;
  const screeningId = nextId();
  const consentId = nextId();
  const poor = draft.latent.responder < FLOW.poorResponderBelow;
  const dropoutP =
    FLOW.dropoutDuringTreatment * (poor ? FLOW.dropoutFactorPoorResponder : FLOW.dropoutFactorResponder);

  if (draws.noContact) {
    const at = Math.max(
      referredAt + HOUR,
      Math.min(referredAt + draws.noContactDays * DAY, firstSession - DAY),
    );
    timeline.push({ to: 'withdrawn', reason: draws.noContactReason, at });
    exit = { at, reason: 'Enrollment withdrawn', ineligible: false };
  } else {
    timeline.push({ to: 'screening', reason: STORED_REASONS['screening-recorded'], at: screenAt });
    const hardStops = program.checklist.items.filter((i) => i.severity === 'hard-stop');
    if (draws.ineligible) {
      timeline.push({ to: 'ineligible', reason: DECISION_RATIONALE.ineligible, at: decideAt });
      exit = { at: decideAt, reason: 'Not eligible', ineligible: true };
      const stop = hardStops[Math.floor(draws.hardStop * hardStops.length)]!;
      screening = {
        id: screeningId,
        at: screenAt,
        decision: 'ineligible',
        decidedAt: decideAt,
        hardStop: stop.id,
      };
    } else {
      timeline.push({ to: 'eligible', reason: DECISION_RATIONALE.eligible, at: decideAt });
      screening = {
        id: screeningId,
        at: screenAt,
        decision: 'eligible',
        decidedAt: decideAt,
        hardStop: null,
      };
      if (draws.decline) {
        const at = Math.min(decideAt + draws.declineDays * DAY, decideAt + (limit - decideAt) / 2);
        timeline.push({ to: 'withdrawn', reason: draws.beforeStartReason, at });
        exit = { at, reason: 'Enrollment withdrawn', ineligible: false };
      } else {
        timeline.push({ to: 'consented', reason: STORED_REASONS['consent-recorded'], at: consentAt });
        consent = { id: consentId, at: consentAt, method: draws.method };
        if (draws.beforeStart) {
          const at =
            consentAt + HOUR + draws.beforeStartAt * Math.max(0, firstDose - 2 * HOUR - consentAt - HOUR);
          timeline.push({ to: 'withdrawn', reason: draws.beforeStartReason, at });
          exit = { at, reason: 'Enrollment withdrawn', ineligible: false };
        } else {
          timeline.push({ to: 'active', reason: 'First dose given', at: firstDose });
          const last = merged.length - 1;
          if (draws.dropout < dropoutP && last > firstDosingIndex) {
            // Leaves after one of the sessions from the first dose on, before the next one.
            const j = firstDosingIndex + Math.floor(draws.dropoutAfter * (last - firstDosingIndex));
            const after = merged[j]!.t;
            const next = merged[j + 1]!.t;
            const at = after.end + draws.dropoutGap * Math.max(0, next.start - after.end);
            timeline.push({ to: 'withdrawn', reason: draws.duringReason, at });
            exit = { at, reason: 'Enrollment withdrawn', ineligible: false };
          } else {
            const at = dayStart(lastEnd + draws.completeDays * DAY) + draws.workComplete * HOUR;
            timeline.push({ to: 'completed', reason: 'Program completed', at: Math.max(at, lastEnd + HOUR) });
          }
        }
      }
    }
  }

  // Cut at "now": what lies after it has not happened yet.
  const happened = timeline.filter((e) => e.at <= run.now);
  const events: EventPlan[] = happened.map((e, i) => ({
    id: nextId(),
    from: i === 0 ? null : happened[i - 1]!.to,
    ...e,
  }));
  if (exit && exit.at > run.now) exit = null;
  if (screening && screening.at > run.now) screening = null;
  if (screening?.decidedAt && screening.decidedAt > run.now) {
    screening = { ...screening, decision: null, decidedAt: null, hardStop: null };
  }
  if (consent && consent.at > run.now) consent = null;
  const consented = consent !== null;
  const eligibleAt = screening?.decision === 'eligible' ? screening.decidedAt : null;

  // Sessions: before the exit they happened (or are still to come); after it they are cancelled
  // (personal) or left (group), as withdrawing does in the app.
  const sessions: SessionOutcome[] = merged.map(({ t, groupIndex }) => {
    const absent = rng.chance(FLOW.absent);
    const dosing = t.planned.dosing !== null;
    const booking = dosing && !consented ? 'held' : 'booked';
    const id = groupIndex === null ? rng.uuid() : '';
    if (exit && t.start > exit.at) {
      return {
        t,
        id,
        groupIndex,
        booking,
        live: false,
        status: 'cancelled',
        statusReason: exit.reason,
        changedAt: exit.at,
        attendance: null,
      };
    }
    if (t.end <= run.now) {
      const attended = dosing || !absent;
      return {
        t,
        id,
        groupIndex,
        booking,
        live: true,
        status: attended ? 'completed' : 'scheduled',
        statusReason: null,
        changedAt: attended ? t.end : null,
        attendance: attended ? 'attended' : 'absent',
      };
    }
    return {
      t,
      id,
      groupIndex,
      booking,
      live: true,
      status: 'scheduled',
      statusReason: null,
      changedAt: null,
      attendance: null,
    };
  });
  if (cohort) {
    for (const s of sessions) if (s.groupIndex !== null && s.live) cohort.sessions[s.groupIndex]!.attendees++;
    cohort.createdAt =
      cohort.createdAt === 0 ? referredAt - DAY : Math.min(cohort.createdAt, referredAt - DAY);
  }
  const firstLiveDose = sessions.find((s) => s.live && s.t.planned.dosing !== null);

  return {
    id,
    clientId: draft.row.id,
    clientNumber: draft.number,
    program,
    arm: draft.arm,
    condition: draft.condition,
    cohort,
    startDate,
    referredAt,
    events,
    screening,
    consent,
    exitAt: exit?.at ?? null,
    eligibleAt,
    firstDoseAt: firstLiveDose ? firstLiveDose.t.start : null,
    sessions,
    latent: draft.latent,
    course: {
      improvement: draft.arm?.improvement ?? spec.improvement,
      rampDays: spec.rampDays,
      treatmentDays: spec.treatmentDays,
      condition: draft.condition,
    },
    responseRng: draft.responseRng,
  };
}
