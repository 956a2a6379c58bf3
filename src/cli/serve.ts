/** `threshold serve`: migrate, optionally seed the demo, listen, and shut down cleanly. */
import { openDatabase } from '../db/dialect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { DEMO_ORG, DEMO_PASSWORD, seedDemo, workingDemoLogins } from '../server/demo/seed.ts';
import { countOrganizations } from '../server/organizations/repository.ts';
import { createMailer } from '../server/outbox/mailer.ts';
import { type Scheduler, startScheduler } from '../server/scheduler.ts';
import { prepareSecrets } from '../server/secrets/startup.ts';

/** How long a shutdown may wait for in-flight requests and the scheduler before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

export async function serve(opts: { demo: boolean }): Promise<void> {
  const config = loadConfig();
  const db = openDatabase(config.databaseUrl);
  await migrateToLatest(db);
  const { app, ctx } = await buildApp({ db, config, logger: { level: config.logLevel } });
  const secrets = await prepareSecrets(ctx).catch(async (e: unknown) => {
    await app.close();
    await db.close();
    throw e;
  });
  if (secrets.notice) console.warn(`Warning: ${secrets.notice}`);
  if (secrets.sealed) console.log(`Encrypted the two-factor secrets of ${secrets.sealed} users.`);
  if (opts.demo && (await countOrganizations(db.kysely)) === 0) {
    await seedDemo(ctx);
    console.log(`Created the demo organization "${DEMO_ORG.name}".`);
  }
  let scheduler: Scheduler | null = null;
  let closing = false;
  // SIGTERM (docker stop, systemd, npm start's parent) and SIGINT (Ctrl-C): stop accepting
  // connections, let in-flight requests and the scheduler's current run finish, close the database.
  // A second signal, or a shutdown that takes longer than the grace period, ends the process at once.
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) {
      app.log.warn(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    closing = true;
    app.log.info(`${signal}: shutting down`);
    setTimeout(() => {
      app.log.error(`shutdown did not finish within ${SHUTDOWN_GRACE_MS / 1000} s: exiting`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    Promise.all([app.close(), scheduler?.stop()])
      .then(() => db.close())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          app.log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  await app.listen({ port: config.port, host: config.host });
  if (closing) return;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  // Links in emails point here unless PUBLIC_URL says otherwise (PORT=0 picks a port only now).
  if (!process.env.PUBLIC_URL) config.publicUrl = `http://${shownHost}:${port}`;
  if (config.schedulerSeconds > 0) {
    scheduler = startScheduler(
      ctx,
      createMailer(config.smtpUrl, config.mailFrom),
      config.schedulerSeconds,
      app.log,
    );
  }
  const lines = [
    '',
    `Threshold is running at http://${shownHost}:${port}/`,
    `Database: ${db.dialect} (${db.location})   API docs: http://${shownHost}:${port}/api/docs`,
    config.smtpUrl
      ? 'Email: sent over SMTP_URL.'
      : 'Email: no SMTP_URL set, so messages are kept in the outbox (Outbox in the app).',
  ];
  if (opts.demo) {
    const logins = await workingDemoLogins(ctx);
    if (logins.length) {
      lines.push(`Demo sign-ins (password "${DEMO_PASSWORD}"):`);
      for (const l of logins) lines.push(`  ${l.role.padEnd(12)} ${l.email}`);
    }
  }
  console.log(`${lines.join('\n')}\n`);
}
