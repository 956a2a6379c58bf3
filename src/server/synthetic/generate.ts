/**
 * Generates one batch of synthetic clients as database rows: pure and deterministic given the run
 * (seed, organization, first client number, programs, "now") and the batch number. Each batch
 * draws from its own generator; each client forks two more from it — one for the client, their
 * enrollment, events and sessions, one for their questionnaire responses — so that the three
 * writing phases can regenerate a batch and get the same rows, and the responses (the costly
 * part) are only built in their phase.
 *
 * Everything generated is synthetic (see params.ts). Times are ISO-8601 UTC like every stored time.
 */
import type { Insertable } from 'kysely';
import type {
  ClientTable,
  CohortTable,
  ConsentTable,
  EnrollmentEventTable,
  EnrollmentTable,
  ProgramSessionTable,
  QuestionnaireResponseTable,
  ScreeningTable,
  SessionAttendeeTable,
} from '../../db/schema.ts';
import type { Condition } from '../../domain/outcomes/conditions.ts';
import { assessmentsDue } from '../../domain/programs/assessments.ts';
import { appliesToArm, planSessions } from '../../domain/programs/schedule.ts';
import type { AssessmentDue, EnrollmentStatus, PlannedSession } from '../../domain/programs/types.ts';
import {
  AGE,
  type ArmSpec,
  BATCH_CLIENTS,
  CLIENT_GIVEN_NAME,
  CLIENT_NOTE,
  CLIENT_NUMBER_DIGITS,
  COHORT,
  CONSENT_METHODS,
  DECISION_RATIONALE,
  FLOW,
  GENDER_BY_SEX,
  INDIVIDUAL_START_WEEKDAY,
  PROGRAMS,
  type ProgramKey,
  REFERRAL_SPAN_DAYS,
  RESPONSES,
  SEX_AT_BIRTH,
  WITHDRAWAL_REASONS,
} from './params.ts';
import { Rng } from './prng.ts';
import type { SyntheticProgram } from './programs.ts';
import {
  baselineSeverity,
  type ClientLatent,
  type Course,
  drawLatent,
  meqMean,
  observedTotal,
  scoredAnswers,
} from './trajectory.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MINUTE = 60_000;

const iso = (ms: number) => new Date(ms).toISOString();
const isoDate = (ms: number) => iso(ms).slice(0, 10);
const dayStart = (ms: number) => Math.floor(ms / DAY) * DAY;

/** The date of the first `weekday` (0 = Sunday) on or after the day of `ms`. */
function onWeekday(ms: number, weekday: number): string {
  const day = dayStart(ms);
  return isoDate(day + ((weekday - new Date(day).getUTCDay() + 7) % 7) * DAY);
}

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

interface SessionTemplate {
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

type SessionOutcome = {
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

interface EventPlan {
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

/** The batch numbers of a run. */
export const batchCount = (clients: number) => Math.ceil(clients / BATCH_CLIENTS);

function clientNumberText(n: number): string {
  return String(n).padStart(CLIENT_NUMBER_DIGITS, '0');
}

/**
 * Room in the id sequence for each client (a client's stream draws far fewer ids). The batch's
 * own ids (cohorts, group sessions) follow its first client's, in the upper half of its room.
 */
const IDS_PER_CLIENT = 1024;

function batchRng(run: RunContext, index: number): Rng {
  const first = run.firstClientNumber + index * BATCH_CLIENTS;
  return new Rng(`synthetic|${run.seed}|${run.organizationId}|${first}`).sequenced(
    first * IDS_PER_CLIENT + IDS_PER_CLIENT / 2,
  );
}

interface ClientDraft {
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

function draftClient(run: RunContext, number: number, rng: Rng, responseRng: Rng): ClientDraft {
  const id = rng.uuid();
  const referredAt = run.now - rng.uniform(0, REFERRAL_SPAN_DAYS) * DAY;
  const sex = rng.weighted(SEX_AT_BIRTH);
  const gender = rng.weighted(GENDER_BY_SEX[sex]);
  const age = rng.clippedNormal(AGE.mean, AGE.sd, AGE.min, AGE.max + 0.99);
  const dateOfBirth = isoDate(referredAt - age * 365.25 * DAY);
  const createdAt = iso(referredAt - rng.uniform(0, 2) * DAY);
  const programKey = rng.weighted({
    kap: PROGRAMS.kap.share,
    ptsd: PROGRAMS.ptsd.share,
    retreat: PROGRAMS.retreat.share,
  });
  const spec = PROGRAMS[programKey];
  const armKey = spec.arms.length
    ? rng.weighted(Object.fromEntries(spec.arms.map((a) => [a.key, a.share])))
    : null;
  const arm = spec.arms.find((a) => a.key === armKey) ?? null;
  const condition = rng.weighted(spec.conditions as Record<Condition, number>);
  const latent = drawLatent(rng);
  const familyName = clientNumberText(number);
  return {
    number,
    rng,
    responseRng,
    programKey,
    arm,
    condition,
    referredAt,
    latent,
    row: {
      id,
      organization_id: run.organizationId,
      given_name: CLIENT_GIVEN_NAME,
      family_name: familyName,
      preferred_name: null,
      date_of_birth: dateOfBirth,
      sex_at_birth: sex,
      gender: gender === 'none' ? null : gender,
      email: null,
      phone: null,
      address: null,
      emergency_contact_name: null,
      emergency_contact_relationship: null,
      emergency_contact_phone: null,
      notes: CLIENT_NOTE,
      search_text: `${CLIENT_GIVEN_NAME} ${familyName}`.toLowerCase(),
      language: 'en',
      version: 1,
      created_at: createdAt,
      updated_at: createdAt,
      archived_at: null,
    },
  };
}

/** The retreat's cohorts for one batch: clients grouped by when they would start. */
function planCohorts(run: RunContext, rng: Rng, drafts: ClientDraft[]): Map<ClientDraft, CohortPlan> {
  const program = run.programs.retreat;
  const spec = program.spec;
  const wanting = drafts
    .filter((d) => d.programKey === 'retreat')
    .map((d) => ({ d, start: d.referredAt + rng.uniform(spec.leadDays[0], spec.leadDays[1]) * DAY }))
    .sort((a, b) => a.start - b.start || a.d.number - b.d.number);
  const out = new Map<ClientDraft, CohortPlan>();
  for (let i = 0; i < wanting.length; ) {
    const size = rng.int(COHORT.minSize, COHORT.maxSize);
    const group = wanting.slice(i, i + size);
    i += size;
    const startDate = onWeekday(group[Math.floor(group.length / 2)]!.start, COHORT.weekday);
    const serial = clientNumberText(group[0]!.d.number);
    const cohort: CohortPlan = {
      id: rng.uuid(),
      name: `Synthetic retreat ${startDate} (#${serial})`,
      startDate,
      createdAt: 0,
      program,
      sessions: run.cache
        .sessions(program, startDate, run.timezone, null, 'group')
        .map((t) => ({ id: rng.uuid(), t, attendees: 0 })),
    };
    for (const { d } of group) out.set(d, cohort);
  }
  return out;
}

/** Moves pre-start steps earlier when they would not fit before `limit` (keeps their order). */
function fitBefore(referredAt: number, times: number[], limit: number): number[] {
  const last = times[times.length - 1]!;
  if (last < limit) return times;
  const f = (limit - referredAt) / (last - referredAt);
  return times.map((t) => referredAt + (t - referredAt) * f);
}

function planEnrollment(run: RunContext, draft: ClientDraft, cohort: CohortPlan | null): EnrollmentPlan {
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
    timeline.push({ to: 'screening', reason: 'Screening recorded', at: screenAt });
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
        timeline.push({ to: 'consented', reason: 'Consent recorded', at: consentAt });
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

/** Clients, cohorts and enrollments (with their sessions) of one batch. Responses: responseRows. */
export function planBatch(run: RunContext, index: number): BatchPlan {
  const rng = batchRng(run, index);
  const from = index * BATCH_CLIENTS;
  const to = Math.min(run.clients, from + BATCH_CLIENTS);
  const drafts: ClientDraft[] = [];
  for (let i = from; i < to; i++) {
    const number = run.firstClientNumber + i;
    // Ids ascend with the client number (see Rng.uuid): IDS_PER_CLIENT per client and stream.
    const clientRng = rng.fork().sequenced(number * IDS_PER_CLIENT);
    const responseRng = rng.fork().sequenced(number * IDS_PER_CLIENT);
    drafts.push(draftClient(run, number, clientRng, responseRng));
  }
  const cohorts = planCohorts(run, rng, drafts);
  const enrollments = drafts.map((d) => planEnrollment(run, d, cohorts.get(d) ?? null));
  return {
    index,
    clients: drafts.map((d) => d.row),
    cohorts: [...new Set(cohorts.values())],
    enrollments,
  };
}

// ---------------------------------------------------------------------------------------------
// Rows of each phase
// ---------------------------------------------------------------------------------------------

export interface PeopleRows {
  clients: Insertable<ClientTable>[];
  cohorts: Insertable<CohortTable>[];
  enrollments: Insertable<EnrollmentTable>[];
  events: Insertable<EnrollmentEventTable>[];
  screenings: Insertable<ScreeningTable>[];
  consents: Insertable<ConsentTable>[];
}

const screeningAnswers = new Map<string, string>();

function screeningAnswersJson(program: SyntheticProgram, hardStop: string | null): string {
  const key = `${program.checklist.version}|${hardStop}`;
  let json = screeningAnswers.get(key);
  if (!json) {
    json = JSON.stringify(
      Object.fromEntries(program.checklist.items.map((i) => [i.id, i.id === hardStop ? 'yes' : 'no'])),
    );
    screeningAnswers.set(key, json);
  }
  return json;
}

const NO_VITALS = JSON.stringify({
  systolic: null,
  diastolic: null,
  heartRate: null,
  spo2: null,
  weightKg: null,
  heightCm: null,
  measuredAt: null,
});

/** Phase 1: clients, cohorts, enrollments with their status history, screenings and consents. */
export function peopleRows(run: RunContext, plan: BatchPlan): PeopleRows {
  const org = run.organizationId;
  const out: PeopleRows = {
    clients: plan.clients,
    cohorts: plan.cohorts.map((c) => ({
      id: c.id,
      organization_id: org,
      program_id: c.program.id,
      program_version: c.program.version,
      name: c.name,
      start_date: c.startDate,
      location: 'Synthetic data',
      room_id: null,
      capacity: COHORT.capacity,
      version: 1,
      cancelled_at: null,
      created_at: iso(c.createdAt),
      updated_at: iso(c.createdAt),
    })),
    enrollments: [],
    events: [],
    screenings: [],
    consents: [],
  };
  for (const e of plan.enrollments) {
    const last = e.events[e.events.length - 1]!;
    out.enrollments.push({
      id: e.id,
      organization_id: org,
      client_id: e.clientId,
      program_id: e.program.id,
      program_version: e.program.version,
      cohort_id: e.cohort?.id ?? null,
      arm: e.arm?.key ?? null,
      condition: e.condition,
      start_date: e.startDate,
      status: last.to,
      status_reason: last.reason,
      status_changed_at: iso(last.at),
      version: e.events.length,
      created_at: iso(e.referredAt),
      updated_at: iso(last.at),
    });
    for (const ev of e.events) {
      out.events.push({
        id: ev.id,
        organization_id: org,
        enrollment_id: e.id,
        from_status: ev.from,
        to_status: ev.to,
        reason: ev.reason,
        user_id: null,
        at: iso(ev.at),
      });
    }
    if (e.screening) {
      const s = e.screening;
      out.screenings.push({
        id: s.id,
        organization_id: org,
        enrollment_id: e.id,
        client_id: e.clientId,
        modality: e.program.definition.modality,
        checklist_version: e.program.checklist.version,
        answers: screeningAnswersJson(e.program, s.hardStop),
        medications: '[]',
        vitals: NO_VITALS,
        notes: 'Synthetic screening.',
        recorded_by_user_id: null,
        recorded_at: iso(s.at),
        decision: s.decision,
        rationale: s.decision ? DECISION_RATIONALE[s.decision] : null,
        decided_by_user_id: null,
        decided_at: s.decidedAt === null ? null : iso(s.decidedAt),
      });
    }
    if (e.consent) {
      out.consents.push({
        id: e.consent.id,
        organization_id: org,
        enrollment_id: e.id,
        client_id: e.clientId,
        document_id: e.program.consentDocumentId,
        document_version: e.program.consentVersion,
        signed_at: iso(e.consent.at),
        method: e.consent.method,
        recorded_by_user_id: null,
        created_at: iso(e.consent.at),
        withdrawn_at: null,
      });
    }
  }
  return out;
}

export interface SessionRows {
  sessions: Insertable<ProgramSessionTable>[];
  attendees: Insertable<SessionAttendeeTable>[];
}

function sessionRow(
  org: string,
  programId: string,
  cohortId: string | null,
  enrollmentId: string | null,
  id: string,
  t: SessionTemplate,
  state: { status: string; statusReason: string | null; changedAt: number | null },
  createdAt: number,
): Insertable<ProgramSessionTable> {
  const p = t.planned;
  return {
    id,
    organization_id: org,
    program_id: programId,
    cohort_id: cohortId,
    enrollment_id: enrollmentId,
    plan_key: p.planKey,
    occurrence: p.occurrence,
    name: p.name,
    phase: p.phase,
    kind: p.kind,
    dosing: p.dosing ? 1 : 0,
    planned_dose: t.plannedDose,
    arms: t.arms,
    starts_at: p.startsAt,
    ends_at: p.endsAt,
    room_id: null,
    status: state.status,
    status_reason: state.statusReason,
    note: null,
    note_by_user_id: null,
    note_at: null,
    version: state.status === 'scheduled' ? 1 : 2,
    created_at: iso(createdAt),
    updated_at: iso(state.changedAt ?? createdAt),
  };
}

/** Phase 2: the cohorts' group sessions, every personal session, and who attends which. */
export function sessionRows(run: RunContext, plan: BatchPlan): SessionRows {
  const org = run.organizationId;
  const out: SessionRows = { sessions: [], attendees: [] };
  for (const c of plan.cohorts) {
    for (const s of c.sessions) {
      const past = s.t.end <= run.now;
      const state =
        s.attendees === 0
          ? { status: 'cancelled', statusReason: 'No participants left', changedAt: s.t.start - DAY }
          : {
              status: past ? 'completed' : 'scheduled',
              statusReason: null,
              changedAt: past ? s.t.end : null,
            };
      out.sessions.push(sessionRow(org, c.program.id, c.id, null, s.id, s.t, state, c.createdAt));
    }
  }
  for (const e of plan.enrollments) {
    for (const s of e.sessions) {
      let sessionId = s.id;
      if (s.groupIndex === null) {
        out.sessions.push(
          sessionRow(org, e.program.id, e.cohort?.id ?? null, e.id, s.id, s.t, s, e.referredAt),
        );
      } else {
        if (!s.live) continue; // left the group session: no attendee row
        sessionId = e.cohort!.sessions[s.groupIndex]!.id;
      }
      out.attendees.push({
        session_id: sessionId,
        organization_id: org,
        enrollment_id: e.id,
        client_id: e.clientId,
        booking: s.booking,
        attendance: s.attendance,
        attendance_at: s.attendance ? iso(s.t.end) : null,
        attendance_by_user_id: null,
      });
    }
  }
  return out;
}

/**
 * The timepoints of an enrollment with their windows, as the app derives them from its sessions
 * (assessmentsDue over the sessions it still has). For an enrollment that ended early, only the
 * timepoints whose anchor the ending did not move: those are the same as for the whole schedule
 * (cached by start date), and responses are only generated for them; the others stay unanswered.
 */
export function enrollmentTimepoints(run: RunContext, e: EnrollmentPlan): AssessmentDue[] {
  const arm = e.arm?.key ?? null;
  const key = `${e.program.id}|${arm}|${e.startDate}`;
  if (e.program.definition.assessments.some((a) => a.anchor === 'enrollment'))
    throw new Error('synthetic programs do not use enrollment-anchored timepoints (cached by start date)');
  const all = run.cache.assessments(key, () =>
    assessmentsDue(e.program.definition, {
      enrolledAt: iso(e.referredAt),
      startDate: e.startDate,
      timezone: run.timezone,
      arm,
      sessions: e.sessions.map((s) => ({
        planKey: s.t.planned.planKey,
        dosing: s.t.planned.dosing !== null,
        startsAt: s.t.planned.startsAt,
        endsAt: s.t.planned.endsAt,
        status: 'scheduled',
      })),
      responses: [],
      now: iso(run.now),
    }),
  );
  if (e.exitAt === null) return all;
  const live = e.sessions.filter((s) => s.live);
  const dosings = e.sessions.filter((s) => s.t.planned.dosing !== null).length;
  const liveDosings = live.filter((s) => s.t.planned.dosing !== null).length;
  const anchors = new Map(e.program.definition.assessments.map((a) => [a.key, a.anchor]));
  return all.filter((t) => {
    switch (anchors.get(t.planKey)) {
      case 'first-dosing':
        return liveDosings > 0;
      case 'each-dosing':
        return t.occurrence <= liveDosings;
      case 'last-dosing':
        return liveDosings === dosings;
      case 'start':
        return true;
      default:
        return live.length === e.sessions.length;
    }
  });
}

/** Phase 3: the questionnaire responses of one batch. */
export function responseRows(run: RunContext, plan: BatchPlan): Insertable<QuestionnaireResponseTable>[] {
  const out: Insertable<QuestionnaireResponseTable>[] = [];
  for (const e of plan.enrollments) responsesOf(run, e, out);
  return out;
}

function responsesOf(
  run: RunContext,
  e: EnrollmentPlan,
  out: Insertable<QuestionnaireResponseTable>[],
): void {
  if (e.firstDoseAt === null || e.eligibleAt === null) return;
  const rng = e.responseRng;
  const timepoints = enrollmentTimepoints(run, e);
  // One sitting per due time: the instruments of a timepoint are answered together.
  const sittings: AssessmentDue[][] = [];
  for (const t of timepoints) {
    if (t.dueAt === null) continue;
    const last = sittings[sittings.length - 1];
    if (last && last[0]!.dueAt === t.dueAt && last[0]!.windowClosesAt === t.windowClosesAt) last.push(t);
    else sittings.push([t]);
  }
  const baselines = new Map<string, number>();
  for (const t of timepoints) {
    if (t.instrumentId !== 'meq-30' && !baselines.has(t.instrumentId))
      baselines.set(t.instrumentId, baselineSeverity(t.instrumentId, e.condition, e.latent, rng));
  }
  const followUps = sittings.filter((s) => Date.parse(s[0]!.dueAt!) >= e.firstDoseAt!).length;
  const lostFrom = rng.chance(FLOW.lostToFollowUp) ? rng.int(0, Math.max(0, followUps - 1)) : null;
  const poor = e.latent.responder < FLOW.poorResponderBelow;
  const margin = RESPONSES.windowMarginHours * HOUR;
  let follow = -1;
  for (const sitting of sittings) {
    const first = sitting[0]!;
    const due = Date.parse(first.dueAt!);
    const opens = Date.parse(first.windowOpensAt!) + margin;
    const closes = Date.parse(first.windowClosesAt!) - margin;
    const isBaseline = due < e.firstDoseAt;
    if (!isBaseline) follow++;
    const months = Math.max(0, (due - e.firstDoseAt) / (30.44 * DAY));
    const missP =
      (isBaseline ? RESPONSES.missBaseline : RESPONSES.missAfterStart + RESPONSES.missPerMonth * months) *
      (poor ? RESPONSES.missFactorPoorResponder : 1);
    const missed = rng.chance(missP);
    let at = due + rng.normal(RESPONSES.delayHours.mean, RESPONSES.delayHours.sd) * HOUR;
    at = Math.min(closes, Math.max(opens, at));
    if (isBaseline) at = Math.min(at, e.firstDoseAt - RESPONSES.baselineBeforeDoseHours * HOUR);
    at = Math.max(at, e.eligibleAt + HOUR);
    if (missed || at > closes || at < opens) continue;
    if (!isBaseline && lostFrom !== null && follow >= lostFrom) continue;
    sitting.forEach((t, k) => {
      const skip = rng.chance(RESPONSES.skipInstrument);
      const when = Math.round((at + k * RESPONSES.minutesBetweenInstruments * MINUTE) / 1000) * 1000;
      if (skip || when > run.now || when > closes || (e.exitAt !== null && when >= e.exitAt)) return;
      const days = (when - e.firstDoseAt!) / DAY;
      const total =
        t.instrumentId === 'meq-30'
          ? meqMean(e.latent, rng)
          : observedTotal(t.instrumentId, baselines.get(t.instrumentId)!, e.course, e.latent, days, rng);
      const { answers, score } = scoredAnswers(t.instrumentId, total, rng);
      const stamp = iso(when);
      out.push({
        id: rng.uuid(),
        organization_id: run.organizationId,
        client_id: e.clientId,
        instrument_id: score.instrumentId,
        instrument_version: score.instrumentVersion,
        language: 'en',
        answers: JSON.stringify(answers),
        total: score.total,
        severity: score.severity,
        subscales: JSON.stringify(score.subscales),
        flags: JSON.stringify(score.flags),
        administered_at: stamp,
        source: 'import',
        entered_by_user_id: null,
        created_at: stamp,
        scored_at: stamp,
      });
    });
  }
}
