/**
 * The demo clinic is Dutch and its clients read Dutch: its programs (copied from the templates in
 * Dutch), their sessions and timepoints, its rooms, its consent documents (still saying they are demo
 * texts to replace) and its cohort (a Dutch month name) are Dutch, and everything stays marked demo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/server/audit/audit-log.ts';
import { createClient } from '../../src/server/clients/service.ts';
import { seedDemoPrograms } from '../../src/server/demo/programs.ts';
import { DATABASES } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/harness.ts';

const DUTCH_MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';

describe.each(DATABASES)('the demo clinic’s programs on $name', (database) => {
  let server: TestServer;
  let organizationId: string;
  const db = () => server.ctx.db.kysely;

  beforeAll(async () => {
    server = await startTestServer(database);
    const org = await server.createOrg('Dutch Demo Clinic');
    organizationId = org.id;
    const scope = { organizationId, role: 'owner' as const, actor: systemActor('test') };
    const clientIds: string[] = [];
    for (const givenName of ['Anna', 'Bram', 'Chloé', 'Daan']) {
      const c = await createClient(server.ctx, scope, {
        givenName,
        familyName: 'Demo',
        dateOfBirth: '1980-01-01',
        sexAtBirth: 'female',
      });
      clientIds.push(c.id);
    }
    await seedDemoPrograms(server.ctx, scope, { facilitatorIds: [] }, clientIds);
  }, 120_000);
  afterAll(() => server?.close());

  it('copies its programs from the templates in Dutch: names, sessions and timepoints', async () => {
    const programs = await db()
      .selectFrom('programs')
      .innerJoin('program_versions', 'program_versions.program_id', 'programs.id')
      .select(['programs.name', 'program_versions.definition', 'program_versions.version'])
      .where('programs.organization_id', '=', organizationId)
      .orderBy('programs.name')
      .orderBy('program_versions.version', 'desc')
      .execute();
    const latest = new Map<
      string,
      { sessions: Array<{ name: string }>; assessments: Array<{ label: string }> }
    >();
    for (const p of programs) if (!latest.has(p.name)) latest.set(p.name, JSON.parse(p.definition));
    expect([...latest.keys()].sort()).toEqual([
      'Ketamine-infusies + schriftelijke exposuretherapie (PTSS)',
      'Psilocybine-retreat',
    ]);
    const retreat = latest.get('Psilocybine-retreat')!;
    expect(new Set(retreat.sessions.map((s) => s.name))).toEqual(
      new Set([
        'Persoonlijke voorbereidingssessie',
        'Voorbereidende groepssessie',
        'Retreatdag',
        'Persoonlijke integratiesessie',
        'Integratiesessie in de groep',
      ]),
    );
    const kap = latest.get('Ketamine-infusies + schriftelijke exposuretherapie (PTSS)')!;
    expect(kap.sessions.map((s) => s.name)).toEqual(['Ketamine-infusie', 'Schriftelijke exposuretherapie']);
    expect(new Set(kap.assessments.map((a) => a.label))).toEqual(
      new Set(['Nulmeting', 'Week 12 na de start van de therapie', '6 maanden']),
    );
    const sessions = await db()
      .selectFrom('program_sessions')
      .select('name')
      .where('organization_id', '=', organizationId)
      .execute();
    expect(sessions.length).toBeGreaterThan(0);
    expect(
      sessions.filter((s) => /Retreat day|Ketamine infusion|preparation|integration/.test(s.name)),
    ).toEqual([]);
  });

  it('names its rooms, consent documents and cohort in Dutch, still marked demo', async () => {
    const rooms = await db()
      .selectFrom('rooms')
      .select('name')
      .where('organization_id', '=', organizationId)
      .orderBy('name')
      .execute();
    expect(rooms.map((r) => r.name)).toEqual(['Integratieruimte', 'Workshopruimte']);
    const consents = await db()
      .selectFrom('consent_documents')
      .select(['title', 'body'])
      .where('organization_id', '=', organizationId)
      .orderBy('title')
      .execute();
    expect(consents.map((c) => c.title)).toEqual([
      'Toestemmingsformulier ketaminebehandeling (demo)',
      'Toestemmingsformulier psilocybine-retreat (demo)',
    ]);
    for (const c of consents) {
      expect(c.body).toMatch(
        /^Demo-toestemmingsformulier — dit is een voorbeeldtekst\. Vervang hem vóór gebruik/,
      );
    }
    const cohorts = await db()
      .selectFrom('cohorts')
      .select('name')
      .where('organization_id', '=', organizationId)
      .execute();
    expect(cohorts.map((c) => c.name)).toEqual([
      expect.stringMatching(new RegExp(`^Retreat \\d{1,2} (${DUTCH_MONTHS}) \\d{4} \\(demo\\)$`)),
    ]);
  });
});
