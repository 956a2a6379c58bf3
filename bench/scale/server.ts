/**
 * One Threshold API server of bench/scale, run as a child process of run.ts over the PostgreSQL
 * database in BENCH_DATABASE_URL (migrated and seeded by the parent): as `threshold serve` does,
 * minus logging, the web app and the scheduler. Listens on 127.0.0.1 on a port the OS picks.
 */
import { openDatabase } from '../../src/db/dialect.ts';
import { loadConfig } from '../../src/server/config.ts';
import { serveApp } from '../lib/serve.ts';

const HOST = '127.0.0.1';
const url = process.env.BENCH_DATABASE_URL;
if (!url?.startsWith('postgres')) throw new Error('BENCH_DATABASE_URL must be a postgres:// URL');
const config = { ...loadConfig({}), databaseUrl: url, host: HOST, port: 0 };
await serveApp(openDatabase(url), config, HOST);
