/**
 * The demo's integration-window data: a deterministic few of the synthetic organization's dosing
 * records carry the "difficult session" flag with a SYNTHETIC note; the same seed flags the same
 * records; another organization's records are untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDifficultSessions } from '../../src/server/demo/difficult-sessions.ts';
import { seedDemoDosing } from '../../src/server/demo/dosing.ts';
import { seedSynthetic } from '../../src/server/synthetic/seed.ts';
import { DATABASES } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/harness.ts';

describe.each(DATABASES)('demo difficult-session flags on $name', (database) => {
  let server: TestServer;
  let organizationId: string;
  const db = () => server.ctx.db.kysely;
  const flagged = () =>
    db()
      .selectFrom('dosing_records')
      .select(['id', 'difficult_note'])
      .where('organization_id', '=', organizationId)
      .where('difficult', '=', 1)
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    server = await startTestServer(database);
    const s = await seedSynthetic(server.ctx, {
      clients: 40,
      orgSlug: 'synthetic-difficult',
      seed: 3,
      now: new Date('2026-01-01T00:00:00Z'),
    });
    organizationId = s.organizationId;
    await seedDemoDosing(server.ctx, organizationId);
  });
  afterAll(() => server.close());

  it('flags a few doses, each marked synthetic, the same ones for the same seed', async () => {
    const total = (
      await db()
        .selectFrom('dosing_records')
        .select('id')
        .where('organization_id', '=', organizationId)
        .execute()
    ).length;
    const n = await seedDemoDifficultSessions(server.ctx, organizationId);
    const rows = await flagged();
    expect(rows).toHaveLength(n);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(total / 4);
    for (const r of rows) expect(r.difficult_note).toContain('SYNTHETIC');
    // Again with the same seed: the same records, nothing more.
    expect(await seedDemoDifficultSessions(server.ctx, organizationId)).toBe(n);
    expect((await flagged()).map((r) => r.id)).toEqual(rows.map((r) => r.id));
  });
});
