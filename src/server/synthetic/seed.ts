/**
 * `threshold seed --synthetic`: fills an organization with clearly synthetic outcome data for the
 * outcome analytics, its tests and benchmarks — programs (one with two arms), clients, enrollments
 * through the whole flow, sessions and attendance, questionnaire responses on realistic score
 * trajectories — then derives the outcome tables and writes one audit event. Parameters and their
 * reasons: params.ts and docs/SYNTHETIC-DATA.md.
 *
 * Phases, each over every batch of clients (one transaction per batch): clients (clients, cohorts,
 * enrollments, status events, screenings, consents), sessions (program sessions and attendees),
 * responses, then outcomes (deriveStale). Batches are regenerated from the seed in each phase, so
 * memory stays flat however many clients are asked for.
 *
 * Deterministic: the same seed into the same (empty) database gives the same rows, ids included,
 * on SQLite and PostgreSQL. Into an existing organization the new clients are numbered after the
 * ones it has, and their ids derive from those numbers, so a second run adds rather than collides.
 * The command line refuses an existing organization with clients that the generator did not make
 * (syntheticTargetProblem), so synthetic clients are not mixed into a clinic's real records.
 */
import { sql } from 'kysely';
import { invalid } from '../../domain/errors.ts';
import { checkSlug } from '../../domain/organizations/slug.ts';
import { systemActor } from '../audit/audit-log.ts';
import type { AppContext, Tx } from '../context.ts';
import { findOrganizationBySlug } from '../organizations/repository.ts';
import { deriveStale } from '../outcomes/derive.ts';
import { countStale } from '../outcomes/derive-repository.ts';
import { batchCount, planBatch } from './generate.ts';
import { MAX_CLIENTS, REFERRAL_SPAN_DAYS, SETUP_LEAD_DAYS, SYNTHETIC_ORG } from './params.ts';
import { peopleRows } from './people-rows.ts';
import { GenerationCache, type RunContext } from './plan.ts';
import { Rng } from './prng.ts';
import { ensurePrograms } from './programs.ts';
import { responseRows } from './response-rows.ts';
import { sessionRows } from './session-rows.ts';
import { insertRows } from './write.ts';

export const SYNTHETIC_PHASES = ['clients', 'sessions', 'responses', 'outcomes'] as const;
/** The audit action of a seed (one event per run). */
export const SYNTHETIC_AUDIT_ACTION = 'synthetic.seed';
export type SyntheticPhase = (typeof SYNTHETIC_PHASES)[number];

export interface SyntheticOptions {
  /** Clients to add, 1 to 1,000,000. */
  clients: number;
  /** Organization slug; created ("Synthetic data (generated)", Europe/Amsterdam) when missing. */
  orgSlug: string;
  /** Seed of the random generator. */
  seed: number;
  /**
   * Told the progress of each phase: clients, sessions and responses count clients done of the
   * clients asked for; outcomes counts enrollments derived of those stale.
   */
  onProgress?: (phase: SyntheticPhase, done: number, total: number) => void;
  /**
   * "Now" of the data: referrals reach back three years from it and nothing happens after it.
   * Default: the start of the current UTC day, so runs on one day give identical data.
   */
  now?: Date;
}

export interface SyntheticSummary {
  organizationId: string;
  organizationCreated: boolean;
  /** Synthetic programs in the organization (created by this run or found). */
  programs: number;
  programsCreated: number;
  clients: number;
  /** The number ("Synthetic 000123") of this run's first client. */
  firstClientNumber: number;
  cohorts: number;
  enrollments: number;
  enrollmentEvents: number;
  screenings: number;
  consents: number;
  sessions: number;
  attendees: number;
  responses: number;
  /** Enrollments whose outcome rows deriveStale brought up to date. */
  derived: number;
  seed: number;
  now: string;
  /** Wall-clock milliseconds per phase. */
  timings: Record<SyntheticPhase, number>;
}

const DAY = 86_400_000;

function checkOptions(opts: SyntheticOptions): void {
  if (!Number.isInteger(opts.clients) || opts.clients < 1 || opts.clients > MAX_CLIENTS)
    throw invalid('clients', 'integer-from-one', { max: MAX_CLIENTS.toLocaleString('en') });
  if (!Number.isSafeInteger(opts.seed) || opts.seed < 0) throw invalid('seed', 'whole-number-0-more');
  checkSlug(opts.orgSlug);
}

/**
 * Why synthetic clients should not go into the organization with this slug, or null when they may:
 * it does not exist, the generator created or seeded it, or it has no clients. The command line
 * refuses a clinic's organization with real records; seedSynthetic itself adds to any organization
 * (the demo seed adds synthetic history to the demo organization).
 */
export async function syntheticTargetProblem(db: Tx, slug: string): Promise<string | null> {
  const org = await findOrganizationBySlug(db, slug);
  if (!org || org.name === SYNTHETIC_ORG.name) return null;
  const seeded = await db
    .selectFrom('audit_events')
    .select('seq')
    .where('organization_id', '=', org.id)
    .where('action', '=', SYNTHETIC_AUDIT_ACTION)
    .limit(1)
    .executeTakeFirst();
  if (seeded) return null;
  const client = await db
    .selectFrom('clients')
    .select('id')
    .where('organization_id', '=', org.id)
    .limit(1)
    .executeTakeFirst();
  if (!client) return null;
  return `the organization "${slug}" has clients and was not made by the synthetic-data generator: synthetic clients are not mixed with its records (choose another --org)`;
}

/** The deterministic id of an organization the generator creates. */
export const syntheticOrganizationId = (slug: string, seed: number) =>
  new Rng(`synthetic-organization|${slug}|${seed}`).uuid();

export async function seedSynthetic(ctx: AppContext, opts: SyntheticOptions): Promise<SyntheticSummary> {
  checkOptions(opts);
  const db = ctx.db.kysely;
  const dialect = ctx.db.dialect;
  const now = opts.now ? opts.now.getTime() : Math.floor(Date.now() / DAY) * DAY;
  const setupAt = new Date(now - (REFERRAL_SPAN_DAYS + SETUP_LEAD_DAYS) * DAY).toISOString();
  const progress = opts.onProgress ?? (() => {});
  const timings = { clients: 0, sessions: 0, responses: 0, outcomes: 0 } as Record<SyntheticPhase, number>;

  // The organization and its programs.
  const setup = await db.transaction().execute(async (trx) => {
    let org = await findOrganizationBySlug(trx, opts.orgSlug);
    const organizationCreated = !org;
    if (!org) {
      await trx
        .insertInto('organizations')
        .values({
          id: syntheticOrganizationId(opts.orgSlug, opts.seed),
          slug: opts.orgSlug,
          name: SYNTHETIC_ORG.name,
          require_two_factor: 0,
          timezone: SYNTHETIC_ORG.timezone,
          crisis_message: null,
          research_key: null,
          created_at: setupAt,
          updated_at: setupAt,
        })
        .execute();
      org = (await findOrganizationBySlug(trx, opts.orgSlug))!;
    }
    const existing = await trx
      .selectFrom('clients')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('organization_id', '=', org.id)
      .executeTakeFirstOrThrow();
    const existingClients = Number(existing.n);
    const { programs, created } = await ensurePrograms(trx, org.id, opts.seed, setupAt);
    return { org, organizationCreated, programs, created, existingClients };
  });

  const run: RunContext = {
    organizationId: setup.org.id,
    timezone: setup.org.timezone,
    now,
    seed: opts.seed,
    firstClientNumber: setup.existingClients + 1,
    clients: opts.clients,
    programs: setup.programs,
    cache: new GenerationCache(),
  };
  const summary: SyntheticSummary = {
    organizationId: setup.org.id,
    organizationCreated: setup.organizationCreated,
    programs: Object.keys(setup.programs).length,
    programsCreated: setup.created.length,
    clients: 0,
    firstClientNumber: run.firstClientNumber,
    cohorts: 0,
    enrollments: 0,
    enrollmentEvents: 0,
    screenings: 0,
    consents: 0,
    sessions: 0,
    attendees: 0,
    responses: 0,
    derived: 0,
    seed: opts.seed,
    now: new Date(now).toISOString(),
    timings,
  };

  const batches = batchCount(opts.clients);
  const phase = async (
    name: Exclude<SyntheticPhase, 'outcomes'>,
    write: (plan: ReturnType<typeof planBatch>, trx: typeof db) => Promise<void>,
  ) => {
    const started = performance.now();
    let done = 0;
    progress(name, 0, opts.clients);
    for (let b = 0; b < batches; b++) {
      const plan = planBatch(run, b);
      await db.transaction().execute((trx) => write(plan, trx));
      done += plan.clients.length;
      progress(name, done, opts.clients);
      // A turn for the event loop between batches (progress redraws, signals).
      await new Promise((resolve) => setImmediate(resolve));
    }
    timings[name] = Math.round(performance.now() - started);
  };

  await phase('clients', async (plan, trx) => {
    const rows = peopleRows(run, plan);
    summary.clients += await insertRows(trx, dialect, 'clients', rows.clients);
    summary.cohorts += await insertRows(trx, dialect, 'cohorts', rows.cohorts);
    summary.enrollments += await insertRows(trx, dialect, 'enrollments', rows.enrollments);
    summary.enrollmentEvents += await insertRows(trx, dialect, 'enrollment_events', rows.events);
    summary.screenings += await insertRows(trx, dialect, 'screenings', rows.screenings);
    summary.consents += await insertRows(trx, dialect, 'consents', rows.consents);
  });
  await phase('sessions', async (plan, trx) => {
    const rows = sessionRows(run, plan);
    summary.sessions += await insertRows(trx, dialect, 'program_sessions', rows.sessions);
    summary.attendees += await insertRows(trx, dialect, 'session_attendees', rows.attendees);
  });
  await phase('responses', async (plan, trx) => {
    summary.responses += await insertRows(trx, dialect, 'questionnaire_responses', responseRows(run, plan));
  });

  // Derived outcome rows (the triggers marked every new enrollment stale). Fresh planner
  // statistics first: PostgreSQL has none yet for the rows just loaded.
  const deriveStarted = performance.now();
  if (dialect === 'postgres') await sql`ANALYZE`.execute(db);
  const stale = await countStale(db, run.organizationId);
  progress('outcomes', 0, stale);
  summary.derived = await deriveStale(db, run.organizationId, (done) =>
    progress('outcomes', Math.min(done, stale), stale),
  );
  timings.outcomes = Math.round(performance.now() - deriveStarted);

  await db.transaction().execute(async (trx) => {
    await ctx.audit.append(trx, systemActor('seed --synthetic'), {
      organizationId: run.organizationId,
      action: SYNTHETIC_AUDIT_ACTION,
      entityType: 'organization',
      entityId: run.organizationId,
      details: {
        synthetic: true,
        note: 'SYNTHETIC data generated for testing and benchmarks: no real clients, no real outcomes.',
        organizationCreated: summary.organizationCreated,
        programsCreated: setup.created,
        seed: opts.seed,
        now: summary.now,
        firstClientNumber: summary.firstClientNumber,
        clients: summary.clients,
        cohorts: summary.cohorts,
        enrollments: summary.enrollments,
        sessions: summary.sessions,
        responses: summary.responses,
        derived: summary.derived,
      },
    });
  });
  return summary;
}
