/**
 * A server under test, run as a child process of run.ts:
 *   server.ts bare       — a bare Fastify 5 hello world (the ceiling for this machine and Node);
 *   server.ts threshold  — the Threshold API (no web app, no logging) over BENCH_DATABASE_URL.
 * Both listen on 127.0.0.1 on a port the OS picks and announce it to the parent.
 */
import Fastify from 'fastify';
import { openDatabase } from '../../src/db/dialect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { loadConfig } from '../../src/server/config.ts';
import { announce } from '../lib/child.ts';
import { serveApp } from '../lib/serve.ts';

const HOST = '127.0.0.1';

async function bare(): Promise<void> {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
  await app.listen({ host: HOST, port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  announce(address.port, () => app.close());
}

async function threshold(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url?.startsWith('sqlite:')) throw new Error('BENCH_DATABASE_URL must be a sqlite: URL');
  // As `threshold serve` does, minus logging and the web app; the default config otherwise.
  const config = { ...loadConfig({}), databaseUrl: url, host: HOST, port: 0 };
  const db = openDatabase(url);
  await migrateToLatest(db);
  await serveApp(db, config, HOST);
}

const kind = process.argv[2];
const start = kind === 'bare' ? bare : kind === 'threshold' ? threshold : null;
if (!start) {
  console.error('usage: server.ts bare|threshold');
  process.exit(2);
}
start().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
