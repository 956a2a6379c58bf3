/**
 * Generates one batch of synthetic clients as database rows: pure and deterministic given the run
 * (seed, organization, first client number, programs, "now") and the batch number. Each batch
 * draws from its own generator; each client forks two more from it — one for the client, their
 * enrollment, events and sessions, one for their questionnaire responses — so that the three
 * writing phases can regenerate a batch and get the same rows, and the responses (the costly
 * part) are only built in their phase.
 *
 * This module drafts the clients and plans the cohorts of a batch (planBatch); each enrollment's
 * flow is planned in enrollment-plan.ts, and the rows of each phase are built from the plan in
 * people-rows.ts, session-rows.ts and response-rows.ts. The plan's shapes: plan.ts.
 *
 * Everything generated is synthetic (see params.ts). Times are ISO-8601 UTC like every stored time.
 */
import type { Condition } from '../../domain/outcomes/conditions.ts';
import { planEnrollment } from './enrollment-plan.ts';
import {
  AGE,
  BATCH_CLIENTS,
  CLIENT_GIVEN_NAME,
  CLIENT_NOTE,
  CLIENT_NUMBER_DIGITS,
  COHORT,
  GENDER_BY_SEX,
  PROGRAMS,
  REFERRAL_SPAN_DAYS,
  SEX_AT_BIRTH,
} from './params.ts';
import type { BatchPlan, ClientDraft, CohortPlan, RunContext } from './plan.ts';
import { Rng } from './prng.ts';
import { DAY, iso, isoDate, onWeekday } from './time.ts';
import { drawLatent } from './trajectory.ts';

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
