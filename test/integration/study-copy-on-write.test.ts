/**
 * Issue 14, finding 10: one organization could edit another organization's imported studies, and
 * only the editor's audit trail showed it. Shared library records are read-only across
 * organizations: another organization's edit makes its own copy, which only it sees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/server/audit/audit-log.ts';
import { importStudies } from '../../src/server/evidence/service.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';

const csl = (title: string, doi: string) => ({
  format: 'csl-json',
  content: JSON.stringify([{ type: 'article-journal', title, DOI: doi, issued: { 'date-parts': [[2023]] } }]),
});

interface Detail {
  scope: string;
  version: number;
  source: string;
  record: { label: string; [k: string]: unknown };
}

describe.each(DATABASES)('shared studies are copy-on-write across organizations on $name', (database) => {
  let server: TestServer;
  let orgA: TestOrg;
  let orgB: TestOrg;
  let a: Agent;
  let b: Agent;
  let c: Agent;
  let id: string;

  beforeAll(async () => {
    server = await startTestServer(database);
    orgA = await server.createOrg('Importing Clinic');
    orgB = await server.createOrg('Editing Clinic');
    const orgC = await server.createOrg('Onlooking Clinic');
    a = await server.as(orgA.users.clinician);
    b = await server.as(orgB.users.clinician);
    c = await server.as(orgC.users.clinician);
    const imported = await a.post(
      '/api/studies/import',
      csl('Esketamine in a shared library trial', '10.5555/cow.1'),
    );
    expect(imported.statusCode, imported.body).toBe(200);
    id = imported.json().added[0].id;
  });
  afterAll(() => server.close());

  const view = async (agent: Agent): Promise<Detail> => (await agent.get(`/api/studies/${id}`)).json();
  const edit = (agent: Agent, d: Detail, label: string) =>
    agent.put(`/api/studies/${id}`, { version: d.version, record: { ...d.record, label } });

  it("leaves the importer's record unchanged when another organization edits it; the editor sees its copy", async () => {
    const original = await view(b);
    expect(original).toMatchObject({ scope: 'shared', version: 1 });
    const res = await edit(b, original, 'Editing Clinic notes on esketamine');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ scope: 'copy', source: 'curated', version: 2 });

    expect(await view(a)).toMatchObject({
      scope: 'own',
      version: 1,
      record: { label: original.record.label },
    });
    expect(await view(c)).toMatchObject({
      scope: 'shared',
      version: 1,
      record: { label: original.record.label },
    });
    expect(await view(b)).toMatchObject({
      scope: 'copy',
      version: 2,
      record: { label: 'Editing Clinic notes on esketamine' },
    });

    // Lists and searches show each organization its own view, once.
    const listed = async (agent: Agent, q: string) =>
      (await agent.get(`/api/studies?q=${encodeURIComponent(q)}`))
        .json()
        .items.filter((s: { id: string }) => s.id === id);
    expect(await listed(b, 'esketamine')).toEqual([
      expect.objectContaining({ label: 'Editing Clinic notes on esketamine' }),
    ]);
    expect(await listed(a, 'esketamine')).toEqual([
      expect.objectContaining({ label: original.record.label }),
    ]);
    expect(await listed(a, 'Editing Clinic notes')).toEqual([]);
  });

  it('versions the copy; a stale edit of it is 409 with the copy as current', async () => {
    const mine = await view(b);
    const again = await edit(b, mine, 'Editing Clinic notes, second pass');
    expect(again.json()).toMatchObject({ scope: 'copy', version: 3 });
    const stale = await edit(b, mine, 'lost update');
    expect((expectProblem(stale, 409).current as Detail).version).toBe(3);
  });

  it('lets the importer edit its own record in place; the other organization keeps its copy', async () => {
    const own = await view(a);
    const res = await edit(a, own, 'Importing Clinic curated label');
    expect(res.json()).toMatchObject({ scope: 'own', version: 2 });
    expect((await view(c)).record.label).toBe('Importing Clinic curated label');
    expect((await view(b)).record.label).toBe('Editing Clinic notes, second pass');
  });

  it("audits the copy in the editor's trail only", async () => {
    const mine = (await (await server.as(orgB.users.owner)).get('/api/audit?action=study.update')).json()
      .items;
    expect(mine.map((e: { details: { version: number } }) => e.details.version)).toEqual([3, 2]);
    expect(mine[1].details).toMatchObject({ copyOf: 'shared', fields: ['label'] });
    const theirs = (await (await server.as(orgA.users.owner)).get('/api/audit?action=study.update')).json()
      .items;
    expect(theirs).toHaveLength(1);
    expect(theirs[0].actorLabel).toBe(orgA.users.clinician);
  });

  it('treats a study installed for everyone (no importing organization) as read-only to all: edits copy', async () => {
    const r = await importStudies(
      server.ctx,
      { actor: systemActor('cli'), organizationId: null },
      csl('Installed psilocybin record for all', '10.5555/cow.2') as never,
    );
    const shared = r.added[0]!.id;
    const d: Detail = (await a.get(`/api/studies/${shared}`)).json();
    expect(d.scope).toBe('shared');
    const res = await a.put(`/api/studies/${shared}`, {
      version: d.version,
      record: { ...d.record, label: 'A only' },
    });
    expect(res.json()).toMatchObject({ scope: 'copy' });
    expect((await b.get(`/api/studies/${shared}`)).json()).toMatchObject({ scope: 'shared', version: 1 });
  });
});
