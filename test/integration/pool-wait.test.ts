/**
 * Overload on PostgreSQL (src/db/pool-wait.ts): a request that waits longer than POOL_WAIT_MS for
 * one of the pool's connections is refused as DatabaseBusy, which the HTTP edge answers with 503
 * and Retry-After, instead of queueing without bound behind every earlier request.
 */
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { DatabaseBusy, POOL_WAIT_MS } from '../../src/db/pool-wait.ts';
import { registerProblemHandlers } from '../../src/server/http/problem.ts';
import { DATABASES } from '../support/databases.ts';

const postgres = DATABASES.find((d) => d.name === 'postgres');

describe.skipIf(!postgres)('a full PostgreSQL pool', () => {
  it('refuses a request that waited POOL_WAIT_MS for a connection, with DatabaseBusy', async () => {
    const { db, drop } = await postgres!.create();
    const held: Array<{ release(): void }> = [];
    try {
      // Every connection of the pool busy (as under a backlog of slow requests).
      for (let i = 0; i < 10; i++) held.push(await db.pgPool!.connect());
      const started = performance.now();
      const outcome = await db.kysely
        .selectFrom('organizations')
        .select('id')
        .execute()
        .then(
          () => 'answered',
          (err: unknown) => err,
        );
      expect(outcome).toBeInstanceOf(DatabaseBusy);
      expect(performance.now() - started).toBeGreaterThanOrEqual(POOL_WAIT_MS - 50);
      // Once a connection is free again, requests are served.
      held.pop()!.release();
      await expect(db.kysely.selectFrom('organizations').select('id').execute()).resolves.toBeDefined();
    } finally {
      for (const c of held) c.release();
      await drop();
    }
  }, 30_000);
});

describe('DatabaseBusy at the HTTP edge', () => {
  it('answers 503 problem+json with Retry-After', async () => {
    const app = Fastify();
    registerProblemHandlers(app);
    app.get('/busy', async () => {
      throw new DatabaseBusy();
    });
    const res = await app.inject({ method: 'GET', url: '/busy' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 503, type: 'urn:threshold:problem:unavailable' });
    await app.close();
  });
});
