/**
 * The scheduler inside the server process: every SCHEDULER_SECONDS it opens the invitations that
 * fell due, emails invitations and reminders (one check-in email per client a day), expires
 * unanswered front-office offers (their places pass to the waitlist), alerts on missed at-home
 * check-ins, closes windows that passed, books integration contacts after dosing sessions and raises missed-contact alerts
 * (src/server/integration), reminds clients of tomorrow's sessions, and delivers the outbox
 * over SMTP, erases restricted clients whose retention period ended, moves enrollment statuses whose
 * day came (src/server/enrollments/auto-status.ts, every 10 minutes), and brings stale outcome rows up to date (src/server/outcomes/derive.ts); hourly it
 * refreshes SQLite's planner statistics. Runs never overlap in one process; with several servers on
 * one database a step runs on one of them at a time (a lease per step, src/server/leases.ts), and
 * every step is safe with several processes anyway (each row is claimed on its own, see the
 * services), so nothing is sent twice and a stop at any moment, kill -9 included, loses nothing.
 */
import type { FastifyBaseLogger } from 'fastify';
import { optimizeStatistics } from '../db/dialect.ts';
import { raiseMissedCheckins } from './at-home/missed.ts';
import type { AppContext } from './context.ts';
import { eraseDue } from './data-rights/service.ts';
import { advanceDueEnrollments } from './enrollments/auto-status.ts';
import { expireOffers } from './front-office/offers.ts';
import { checkIntegration } from './integration/check.ts';
import { sendDueInvitations } from './invitations/send.ts';
import { expireInvitations, openDueInvitations } from './invitations/service.ts';
import { withLease } from './leases.ts';
import { sendSessionReminders } from './messages/session-reminders.ts';
import { timeJob } from './metrics/metrics.ts';
import type { Mailer } from './outbox/mailer.ts';
import { deliverOutbox } from './outbox/service.ts';
import { deriveStale } from './outcomes/derive.ts';
import { sendBalanceReminders } from './payments/reminders.ts';
import { sendPreArrival } from './pre-arrival/service.ts';

export interface RunSummary {
  opened: number;
  sent: number;
  expired: number;
  /** Session reminders written (the day before each session). */
  reminded: number;
  /** Pre-arrival messages written (src/server/pre-arrival). */
  preArrival: number;
  delivered: number;
  /** Enrollments whose outcome rows were brought up to date. */
  derived: number;
  /** Restricted clients erased because their retention period ended (src/server/data-rights). */
  erased: number;
  /** Enrollment status moves made by the rule (src/domain/programs/auto-status.ts). */
  statuses: number;
  /** Front-office offers that passed their deadline unanswered (their places pass to the waitlist). */
  offersExpired: number;
  /** Balance reminders written (src/server/payments/reminders.ts). */
  balanceReminders: number;
  /** Integration contacts booked, pulled forward or found missed (src/server/integration). */
  integration: number;
  /** At-home check-ins found missed (each raised one alert; src/server/at-home/missed.ts). */
  missedCheckins: number;
}

export interface RunOptions {
  /** Run the enrollment-status job (the server does every STATUS_EVERY_MS; tests every run). */
  enrollmentStatuses?: boolean;
}

export async function runScheduledWork(
  ctx: AppContext,
  mailer: Mailer | null,
  now = new Date(),
  options: RunOptions = {},
): Promise<RunSummary> {
  const at = now.toISOString();
  // Each step is timed and counted for /metrics (src/server/metrics); a failure still ends the run.
  // With several servers on one database, one at a time runs each leased step (src/server/leases.ts);
  // the outbox is sent by all of them at once, each claiming its own messages.
  const leased = (job: string, work: () => Promise<number>) =>
    timeJob(
      ctx,
      job,
      async () => (await withLease(ctx.db.kysely, job, ctx.config.leaseSeconds * 1000, work)) ?? 0,
    );
  const opened = await leased('open-invitations', () => openDueInvitations(ctx, at));
  const sent = await leased('send-invitations', () => sendDueInvitations(ctx, at));
  const expired = await leased('expire-invitations', () => expireInvitations(ctx, at));
  // Before the session reminders, so a contact booked for tomorrow is reminded in this run.
  const integration = await leased('integration-window', () => checkIntegration(ctx, at));
  const reminded = await leased('session-reminders', () => sendSessionReminders(ctx, at));
  const preArrival = await leased('pre-arrival', () => sendPreArrival(ctx, at));
  // Before delivering the outbox, so a waitlist offer made by an expiry goes out in this run.
  const offersExpired = await leased('expire-offers', () => expireOffers(ctx, at));
  const balanceReminders = await leased('balance-reminders', () => sendBalanceReminders(ctx, at));
  // Before delivering the outbox, so the clinicians' email about a missed check-in goes out now.
  const missedCheckins = await leased('at-home-missed', () => raiseMissedCheckins(ctx, at));
  const delivered = mailer ? await timeJob(ctx, 'deliver-outbox', () => deliverOutbox(ctx, mailer)) : 0;
  const erased = await leased('erase-due', () => eraseDue(ctx, now));
  // Before deriving outcomes, so a status that moved is derived in the same run.
  const statuses =
    (options.enrollmentStatuses ?? true)
      ? await leased('enrollment-status', () => advanceDueEnrollments(ctx, at))
      : 0;
  const derived = await leased('derive-outcomes', () => deriveStale(ctx.db.kysely, null));
  return {
    opened,
    sent,
    expired,
    reminded,
    preArrival,
    delivered,
    derived,
    erased,
    statuses,
    offersExpired,
    balanceReminders,
    integration,
    missedCheckins,
  };
}

/** How often the query planner's statistics are refreshed (dialect.ts optimizeStatistics). */
const OPTIMIZE_EVERY_MS = 60 * 60 * 1000;

/**
 * How often enrollment statuses are brought up to date by the clock (days passing). Attendance and
 * consent move them at once; an enrollment waiting months for its follow-up window need not be
 * looked at every few seconds.
 */
const STATUS_EVERY_MS = 10 * 60 * 1000;

export interface Scheduler {
  stop(): Promise<void>;
}

export function startScheduler(
  ctx: AppContext,
  mailer: Mailer | null,
  seconds: number,
  log: FastifyBaseLogger,
): Scheduler {
  let running: Promise<void> | null = null;
  let optimizedAt = Date.now();
  let statusesAt = 0;
  const tick = () => {
    if (running) return;
    const enrollmentStatuses = Date.now() - statusesAt >= STATUS_EVERY_MS;
    if (enrollmentStatuses) statusesAt = Date.now();
    running = runScheduledWork(ctx, mailer, new Date(), { enrollmentStatuses })
      .then((s) => {
        if (Date.now() - optimizedAt >= OPTIMIZE_EVERY_MS) {
          optimizedAt = Date.now();
          return timeJob(ctx, 'optimize-statistics', async () => optimizeStatistics(ctx.db)).then(() => s);
        }
        return s;
      })
      .then((s) => {
        if (
          s.opened ||
          s.sent ||
          s.expired ||
          s.reminded ||
          s.preArrival ||
          s.delivered ||
          s.derived ||
          s.erased ||
          s.statuses ||
          s.offersExpired ||
          s.balanceReminders ||
          s.integration ||
          s.missedCheckins
        )
          log.info({ scheduler: s }, 'scheduled work done');
      })
      .catch((error: unknown) => log.error({ err: error }, 'scheduled work failed; it will be retried'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, seconds * 1000);
  timer.unref();
  const first = setTimeout(tick, 1000);
  first.unref();
  return {
    async stop() {
      // Also the first run, due a second after start: nothing may start once the database closes.
      clearTimeout(first);
      clearInterval(timer);
      await running;
      mailer?.close();
    },
  };
}
