/**
 * `threshold client export`: the client's ZIP from the command line (a separate process on the same
 * database), audited under the CLI; a client of another organization, or no client, is refused with
 * one line and exit code 2, and an existing file is never overwritten.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threshold } from '../support/cli.ts';
import { DATABASES } from '../support/databases.ts';
import { startTestServer, type TestOrg, type TestServer, validClient } from '../support/harness.ts';
import { phq9 } from '../support/portal-fixtures.ts';
import { unzip } from '../support/unzip.ts';

describe.each(DATABASES)('threshold client export on $name', { timeout: 120_000 }, (database) => {
  let server: TestServer;
  let org: TestOrg;
  let other: TestOrg;
  let clientId: string;
  let dir: string;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Export Clinic');
    other = await server.createOrg('Other Clinic');
    const clinician = await server.as(org.users.clinician);
    const created = await clinician.post(
      '/api/clients',
      validClient({ givenName: 'Export', familyName: 'Person' }),
    );
    clientId = created.json().id;
    const r = await clinician.post(`/api/clients/${clientId}/responses`, {
      instrumentId: 'phq-9',
      answers: phq9(0),
    });
    expect(r.statusCode, r.body).toBe(201);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-export-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await server?.close();
  });

  it('writes the ZIP with JSON, FHIR and the summary, and audits it', async () => {
    const out = path.join(dir, 'export.zip');
    const r = await threshold(['client', 'export', clientId, '--org', org.slug, '--out', out], server.url);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(out);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    const files = unzip(fs.readFileSync(out));
    expect([...files.keys()].sort()).toEqual(['client.json', 'fhir/bundle.json', 'summary.html']);
    const data = JSON.parse(files.get('client.json')!.toString('utf8'));
    expect(data.client).toMatchObject({ id: clientId, givenName: 'Export' });
    expect(data.responses).toHaveLength(1);
    const bundle = JSON.parse(files.get('fhir/bundle.json')!.toString('utf8'));
    expect(bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType)).toEqual([
      'Patient',
      'QuestionnaireResponse',
      'Observation',
    ]);
    const audit = await server.ctx.db.kysely
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'client.export')
      .where('entity_id', '=', clientId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_label: 'cli', organization_id: org.id });

    // Without --org, the client's own organization; an existing file is not overwritten.
    const again = await threshold(['client', 'export', clientId, '--out', out], server.url);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^threshold: .*exists already/);
    const second = path.join(dir, 'second.zip');
    expect((await threshold(['client', 'export', clientId, '--out', second], server.url)).code).toBe(0);
    expect(fs.existsSync(second)).toBe(true);
  });

  it('refuses a client of another organization, an unknown client and a malformed id', async () => {
    for (const args of [
      ['client', 'export', clientId, '--org', other.slug, '--out', path.join(dir, 'x.zip')],
      ['client', 'export', '00000000-0000-4000-8000-000000000000', '--out', path.join(dir, 'y.zip')],
      ['client', 'export', 'not-an-id'],
      ['client', 'export', clientId, '--org', 'no-such-org'],
    ]) {
      const r = await threshold(args, server.url);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(fs.existsSync(path.join(dir, 'x.zip'))).toBe(false);
  });
});
