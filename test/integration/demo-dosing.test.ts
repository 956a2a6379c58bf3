/**
 * The demo's synthetic lots, doses and settings: every attended dosing session of the synthetic
 * organization gets a setting and every attending client a dose from a synthetic lot; a truffle
 * dose's mg is its grams times the lot's assay; everything carries the SYNTHETIC mark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDosing } from '../../src/server/demo/dosing.ts';
import { seedSynthetic } from '../../src/server/synthetic/seed.ts';
import { DATABASES } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/harness.ts';

describe.each(DATABASES)('demo doses, lots and settings on $name', (database) => {
  let server: TestServer;
  let organizationId: string;
  let count: number;
  const db = () => server.ctx.db.kysely;

  beforeAll(async () => {
    server = await startTestServer(database);
    const s = await seedSynthetic(server.ctx, {
      clients: 12,
      orgSlug: 'synthetic-dosing',
      seed: 3,
      now: new Date('2026-01-01T00:00:00Z'),
    });
    organizationId = s.organizationId;
    count = await seedDemoDosing(server.ctx, organizationId);
  });
  afterAll(() => server.close());

  it('gives every attended dosing attendee one synthetic dose', async () => {
    const attended = await db()
      .selectFrom('program_sessions as s')
      .innerJoin('session_attendees as a', 'a.session_id', 's.id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('s.organization_id', '=', organizationId)
      .where('s.dosing', '=', 1)
      .where('a.attendance', '=', 'attended')
      .executeTakeFirstOrThrow();
    expect(count).toBe(Number(attended.n));
    expect(count).toBeGreaterThan(0);
    const records = await db()
      .selectFrom('dosing_records')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .execute();
    for (const r of records) {
      expect(r.notes).toContain('SYNTHETIC');
      expect(r.lot_id).not.toBeNull();
      expect(r.dose_mg).toBeGreaterThan(0);
    }
  });

  it('computes truffle mg from the lot assay (grams x mg/g)', async () => {
    const rows = await db()
      .selectFrom('dosing_records as d')
      .innerJoin('lot_assays as a', 'a.id', 'd.assay_id')
      .select(['d.dose_mg', 'd.dose_amount', 'd.dose_unit', 'a.psilocybin_mg_per_g'])
      .where('d.organization_id', '=', organizationId)
      .execute();
    for (const r of rows) {
      expect(r.dose_unit).toBe('g-fresh');
      expect(r.dose_mg).toBeCloseTo(Number(r.dose_amount) * r.psilocybin_mg_per_g, 6);
    }
  });

  it('records a marked setting per dosing session and marks the lots and assays synthetic', async () => {
    const settings = await db()
      .selectFrom('session_settings')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .execute();
    expect(settings.length).toBeGreaterThan(0);
    for (const s of settings) expect(s.notes).toContain('SYNTHETIC');
    const lots = await db()
      .selectFrom('substance_lots')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .execute();
    expect(lots.map((l) => l.code).every((c) => c.startsWith('SYN-'))).toBe(true);
    const assays = await db()
      .selectFrom('lot_assays')
      .select('lab')
      .where('organization_id', '=', organizationId)
      .execute();
    for (const a of assays) expect(a.lab).toMatch(/Synthetic/);
  });
});
