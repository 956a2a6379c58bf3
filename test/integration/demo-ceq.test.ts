/**
 * The demo's CEQ: the synthetic organization holds a copy visibly marked SYNTHETIC DEMO (no CEQ
 * texts), a CEQ threshold, the CEQ scheduled after dosing in its dosing programs, and CEQ answers
 * after most doses — higher for higher doses, a few above the threshold — the same rows for the same
 * seed on both databases; the dose–experience analysis then has CEQ means, and the integration
 * window raises its challenging-experience alerts for recent ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffDoseExperience } from '../../src/api/dose-experience.ts';
import { DEMO_CEQ_THRESHOLD, seedDemoCeq } from '../../src/server/demo/ceq.ts';
import { seedDemoDosing } from '../../src/server/demo/dosing.ts';
import { seedSynthetic } from '../../src/server/synthetic/seed.ts';
import { DATABASES } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/harness.ts';

/** Each database's CEQ rows (total, time), compared once both ran. */
const prints: string[] = [];

describe.each(DATABASES)('demo CEQ on $name', (database) => {
  let server: TestServer;
  let organizationId: string;
  let seeded: Awaited<ReturnType<typeof seedDemoCeq>>;
  const db = () => server.ctx.db.kysely;
  const yesterday = new Date(
    Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() - 1),
  );

  beforeAll(async () => {
    server = await startTestServer(database);
    const s = await seedSynthetic(server.ctx, {
      clients: 60,
      orgSlug: 'synthetic-ceq',
      seed: 1,
      now: yesterday,
    });
    organizationId = s.organizationId;
    await seedDemoDosing(server.ctx, organizationId);
    seeded = await seedDemoCeq(server.ctx, organizationId);
  }, 240_000);
  afterAll(() => server.close());

  it('stores a copy marked SYNTHETIC DEMO through the organization’s own path, and a threshold', async () => {
    const copy = await db()
      .selectFrom('licensed_instrument_copies')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .executeTakeFirstOrThrow();
    expect(copy.licence_note).toContain('SYNTHETIC DEMO');
    const texts = JSON.parse(copy.texts) as { items: string[] };
    for (const t of texts.items)
      expect(t).toMatch(/^SYNTHETIC demo item \d+ — import your licensed CEQ copy$/);
    const audit = await db()
      .selectFrom('audit_events')
      .select('action')
      .where('organization_id', '=', organizationId)
      .where('action', '=', 'instrument.copy')
      .execute();
    expect(audit).toHaveLength(1);
    const org = await db()
      .selectFrom('organizations')
      .select('ceq_threshold')
      .where('id', '=', organizationId)
      .executeTakeFirstOrThrow();
    expect(org.ceq_threshold).toBe(DEMO_CEQ_THRESHOLD);
  });

  it('schedules the CEQ after dosing in every dosing program', async () => {
    expect(seeded.programs).toBeGreaterThan(0);
    const versions = await db()
      .selectFrom('program_versions')
      .select('definition')
      .where('organization_id', '=', organizationId)
      .execute();
    const withCeq = versions.filter((v) => v.definition.includes('"ceq-after-dosing"'));
    expect(withCeq).toHaveLength(seeded.programs);
  });

  it('answers after most doses, higher for higher doses, a few above the threshold', async () => {
    expect(seeded.responses).toBeGreaterThan(20);
    expect(seeded.above).toBeGreaterThan(0);
    expect(seeded.above).toBeLessThan(seeded.responses / 4);
    const programs = await db()
      .selectFrom('programs')
      .select(['id', 'name'])
      .where('organization_id', '=', organizationId)
      .execute();
    const retreat = programs.find((p) => p.name.startsWith('Psilocybin retreat'))!;
    const owner = await server.ctx.db.kysely
      .selectFrom('organizations')
      .select('id')
      .where('id', '=', organizationId)
      .executeTakeFirstOrThrow();
    expect(owner.id).toBe(organizationId);
    const { doseExperience } = await import('../../src/server/outcomes/dose-experience.ts');
    const { systemActor } = await import('../../src/server/audit/audit-log.ts');
    const report = (await doseExperience(
      server.ctx,
      { organizationId, role: 'owner', actor: systemActor('test') },
      retreat.id,
      {},
    )) as StaffDoseExperience;
    expect(report.hasCeq).toBe(true);
    const bands = report.acute.doseBand.filter((c) => c.ceqTotal && c.ceqTotal.n > 0);
    expect(bands.length).toBeGreaterThan(1);
    const first = bands[0]!.ceqTotal!.mean!;
    const last = bands[bands.length - 1]!.ceqTotal!.mean!;
    expect(last).toBeGreaterThan(first);
  });

  it('writes the same rows for the same seed', async () => {
    const rows = () =>
      db()
        .selectFrom('questionnaire_responses')
        .select(['id', 'client_id', 'total', 'administered_at'])
        .where('organization_id', '=', organizationId)
        .where('instrument_id', '=', 'ceq')
        .orderBy('id')
        .execute();
    const before = await rows();
    expect(before).toHaveLength(seeded.responses);
    expect(before.every((r) => r.total >= 0 && r.total <= 5)).toBe(true);
    const print = before
      .map((r) => `${new Date(r.administered_at).toISOString()} ${Number(r.total).toFixed(6)}`)
      .sort()
      .join('\n');
    prints.push(print);
    if (prints.length > 1) expect(prints.at(-1)).toBe(prints[0]);
  });
});
