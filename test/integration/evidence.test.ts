import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/threshold.js');

async function threshold(args: string[], databaseUrl: string, cwd: string) {
  try {
    const r = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      cwd,
      timeout: 60_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const csl = (items: unknown[]) => ({ format: 'csl-json', content: JSON.stringify(items) });

describe.each(DATABASES)('evidence library on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let clinician: Agent;
  let intake: Agent;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Evidence Clinic');
    clinician = await server.as(org.users.clinician);
    intake = await server.as(org.users.intake);
  });
  afterAll(() => server.close());

  it('searches the built-in library, including circulated wrong citations (intake may read)', async () => {
    const res = await intake.get('/api/studies?q=Johnson%20Rodrigues%20Weisz');
    expect(res.statusCode).toBe(200);
    const [first] = res.json().items;
    expect(first).toMatchObject({ id: 'moore-2025', source: 'builtin', citation: 'Moore et al. 2025' });
    expect(first.matchedIn).toContain('circulatedCitations');
    expect(first.corrections[0].correction).toMatch(/Moore TM/);
    const robison = (await intake.get('/api/studies?q=szarmach')).json().items[0];
    expect(robison.id).toBe('robison-2022');
    // The list carries the corrected sample size (5, not the circulated 8) with its status.
    expect(robison.n).toEqual({ value: 5, status: 'corrected' });
    expect((await intake.get('/api/studies?q=Cuba%C5%82a')).json().items[0].id).toBe('robison-2022');
  });

  it('filters by condition, design, year, drug, route and measure', async () => {
    const ids = async (qs: string) =>
      ((await intake.get(`/api/studies?${qs}`)).json().items as Array<{ id: string }>)
        .map((i) => i.id)
        .sort();
    expect(await ids('condition=ptsd&route=IV')).toEqual(['feder-2021', 'feder-2025']);
    expect(await ids('design=meta-analysis&drug=psilocybin')).toEqual([
      'haikazian-2023',
      'metaxa-2024',
      'psilocybin-living-review-2025',
    ]);
    expect(await ids('year=2016')).toEqual(['griffiths-2016', 'ross-2016']);
    expect(await ids('measure=PCL-6')).toEqual(['yermus-2023']);
    const all = (await intake.get('/api/studies?limit=2&offset=1')).json();
    expect(all.items).toHaveLength(2);
    expect(all.total).toBeGreaterThanOrEqual(25);
    const bad = await intake.get('/api/studies?design=anecdote');
    expect(expectProblem(bad, 400).errors?.[0]?.field).toBe('design');
  });

  it('shows a study with every fact, its status and its source', async () => {
    const res = await intake.get('/api/studies/feder-2025');
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({ id: 'feder-2025', source: 'builtin', readOnly: true, version: null });
    const response = d.record.outcomes.find((o: { percent?: number }) => o.percent === 69);
    expect(response).toMatchObject({ measure: 'CAPS-5', events: 9, total: 13, status: 'corrected' });
    expect(response.provenance).toMatch(/studies\.md §1/);
    expect(d.record.doi).toMatchObject({ value: '10.4088/JCP.24m15622', status: 'confirmed' });
    expect(d.statusCounts.corrected).toBeGreaterThan(0);
    const bmj = (await intake.get('/api/studies/metaxa-2024')).json();
    expect(bmj.record.doNotUsePooledEstimate.value).toBe(true);
    expect((await intake.get('/api/studies/no-such-study')).statusCode).toBe(404);
    expectProblem(await intake.get('/api/studies/Not_A_Slug'), 400);
  });

  it('exports every format with its content type', async () => {
    const ids = ['feder-2025', 'robison-2022'];
    const expected = {
      bibtex: /^application\/x-bibtex/,
      ris: /^application\/x-research-info-systems/,
      'csl-json': /^application\/vnd\.citationstyles\.csl\+json/,
      apa: /^text\/plain/,
      vancouver: /^text\/plain/,
    };
    for (const [format, type] of Object.entries(expected)) {
      const res = await intake.post('/api/studies/export', { ids, format });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toMatch(type);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="threshold-studies\./);
      expect(res.body).toContain('10.4088/JCP.24m15622');
    }
    const bib = parseBibtex((await intake.post('/api/studies/export', { ids, format: 'bibtex' })).body);
    const dois = ['10.4088/JCP.24m15622', '10.1186/s40337-022-00588-9'];
    expect(bib.entries.map((e) => e.fields.doi)).toEqual(dois);
    const apa = (await intake.post('/api/studies/export', { ids: ['feder-2025'], format: 'apa' })).body;
    expect(apa).toContain('(2025). Combining ketamine infusions');
    const unknown = await intake.post('/api/studies/export', {
      ids: ['feder-2025', 'nope-1999'],
      format: 'ris',
    });
    expect(expectProblem(unknown, 400).errors?.[0]?.field).toBe('ids.1');
    const badFormat = await intake.post('/api/studies/export', { ids, format: 'docx' });
    expect(expectProblem(badFormat, 400).errors?.[0]?.field).toBe('format');
  });

  it('imports with duplicate detection; new records are unverified and listed with the built-in ones', async () => {
    const res = await clinician.post(
      '/api/studies/import',
      csl([
        { type: 'article-journal', title: 'Duplicate by DOI', DOI: 'https://doi.org/10.4088/jcp.24m15622' },
        {
          type: 'article-journal',
          title: 'Ketamine-assisted psychotherapy: a systematic narrative review of the literature',
        },
        {
          type: 'article-journal',
          title: 'Group ketamine sessions in a rural clinic: an audit',
          author: [{ family: 'Østergård', given: 'K.' }],
          issued: { 'date-parts': [[2024]] },
          DOI: '10.5555/rural.1',
        },
      ]),
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.duplicates.map((d: { duplicateOf: string; by: string }) => [d.duplicateOf, d.by])).toEqual([
      ['feder-2025', 'doi'],
      ['drozdz-2022', 'title'],
    ]);
    expect(body.added).toHaveLength(1);
    expect(body.added[0]).toMatchObject({
      id: 'ostergard-2024',
      source: 'imported',
      citationStatus: 'unverified',
    });
    const detail = (await intake.get('/api/studies/ostergard-2024')).json();
    expect(detail).toMatchObject({ source: 'imported', readOnly: false, version: 1 });
    expect(detail.statusCounts).toMatchObject({ confirmed: 0, corrected: 0, secondary: 0 });
    expect((await intake.get('/api/studies?q=ostergard')).json().items[0].id).toBe('ostergard-2024');
    const again = await clinician.post(
      '/api/studies/import',
      csl([{ type: 'article-journal', DOI: '10.5555/RURAL.1' }]),
    );
    expect(again.json().duplicates[0]).toMatchObject({ duplicateOf: 'ostergard-2024', by: 'doi' });
    const bad = await clinician.post('/api/studies/import', { format: 'bibtex', content: 'no entries here' });
    expect(expectProblem(bad, 400).errors?.[0]?.field).toBe('content');
  });

  it('lets curators edit a stored record with its version: stale edits and built-in records are 409', async () => {
    const imported = await clinician.post(
      '/api/studies/import',
      csl([
        { type: 'article-journal', title: 'A curated psilocybin study for editing', DOI: '10.5555/edit.1' },
      ]),
    );
    const id = imported.json().added[0].id as string;
    const d = (await clinician.get(`/api/studies/${id}`)).json();
    const record = {
      ...d.record,
      label: 'Psilocybin in a curated study',
      conditions: {
        value: ['depression'],
        status: 'confirmed',
        source: 'Curator: checked against the abstract',
      },
    };
    const ok = await clinician.put(`/api/studies/${id}`, { version: d.version, record });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      source: 'curated',
      version: 2,
      record: { label: 'Psilocybin in a curated study' },
    });
    const stale = await clinician.put(`/api/studies/${id}`, { version: d.version, record });
    expect((expectProblem(stale, 409).current as { version: number }).version).toBe(2);
    const builtin = (await clinician.get('/api/studies/feder-2025')).json();
    const ro = await clinician.put('/api/studies/feder-2025', { version: 1, record: builtin.record });
    expect(expectProblem(ro, 409).detail).toMatch(/built-in/);
    const wrongId = await clinician.put(`/api/studies/${id}`, {
      version: 2,
      record: { ...record, id: 'other-2020' },
    });
    expect(expectProblem(wrongId, 400).errors?.[0]?.field).toBe('record.id');
    const badStatus = await clinician.put(`/api/studies/${id}`, {
      version: 2,
      record: { ...record, doi: { value: 'x', status: 'probably', source: 's' } },
    });
    expect(expectProblem(badStatus, 400).errors?.[0]?.field).toBe('record.doi.status');
    expect((await clinician.get('/api/studies?condition=depression&q=curated')).json().items[0].id).toBe(id);
  });

  it('enforces roles: intake reads and exports, but may not import or edit', async () => {
    expect((await intake.get('/api/studies')).statusCode).toBe(200);
    const one = csl([{ type: 'article-journal', title: 'A role check import of note' }]);
    expectProblem(await intake.post('/api/studies/import', one), 403);
    const facilitator = await server.as(org.users.facilitator);
    expectProblem(await facilitator.put('/api/studies/ostergard-2024', { version: 1, record: {} }), 403);
    const r = await (await server.as(org.users.researcher)).post('/api/studies/import', one);
    expect(r.statusCode, r.body).toBe(200);
  });

  it('audits imports and edits under the actor and the active organization', async () => {
    const events = await server.ctx.db.kysely
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_type', '=', 'study')
      .orderBy('seq')
      .execute();
    const imports = events.filter((e) => e.action === 'study.import');
    const updates = events.filter((e) => e.action === 'study.update');
    expect(imports.length).toBeGreaterThanOrEqual(4);
    expect(updates).toHaveLength(1);
    for (const e of [...imports, ...updates]) expect(e.organization_id).toBe(org.id);
    expect(updates[0]!.actor_label).toBe(org.users.clinician);
    expect(JSON.parse(updates[0]!.details)).toMatchObject({ fields: ['conditions', 'label'], version: 2 });
    expect(JSON.parse(imports[0]!.details)).toMatchObject({ format: 'csl-json', added: ['ostergard-2024'] });
    expect((await server.as(org.users.owner).then((o) => o.get('/api/audit/verify'))).json().ok).toBe(true);
  });
});

describe.each(DATABASES)('threshold evidence (command line) on $name', { timeout: 120_000 }, (database) => {
  let db: Awaited<ReturnType<typeof database.create>>;
  let dir: string;
  beforeAll(async () => {
    db = await database.create();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-evidence-'));
  });
  afterAll(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exports the library, and importing it back adds nothing', async () => {
    const out = path.join(dir, 'all.bib');
    const ex = await threshold(['evidence', 'export', '--format', 'bibtex', '--out', out], db.url, dir);
    expect(ex.code, ex.stderr).toBe(0);
    expect(parseBibtex(fs.readFileSync(out, 'utf8')).entries.length).toBeGreaterThanOrEqual(25);
    const im = await threshold(['evidence', 'import', out], db.url, dir);
    expect(im.code, im.stderr).toBe(0);
    expect(im.stdout).toMatch(/Imported 0 new studies .*; 25 already in the library/);
    const some = await threshold(
      ['evidence', 'export', '--format', 'ris', '--ids', 'feder-2025,robison-2022'],
      db.url,
      dir,
    );
    expect(some.stdout.match(/^TY {2}-/gm)).toHaveLength(2);
  });

  it('imports a new file, its format from the extension or --format', async () => {
    const file = path.join(dir, 'new.txt');
    fs.writeFileSync(
      file,
      JSON.stringify([
        { type: 'article-journal', title: 'A command-line import study', DOI: '10.5555/cli.1' },
      ]),
    );
    const im = await threshold(['evidence', 'import', file, '--format', 'csl-json'], db.url, dir);
    expect(im.code, im.stderr).toBe(0);
    expect(im.stdout).toMatch(/Imported 1 new study/);
    const csl = await threshold(['evidence', 'export', '--format', 'csl-json'], db.url, dir);
    expect(JSON.parse(csl.stdout).some((i: { DOI?: string }) => i.DOI === '10.5555/cli.1')).toBe(true);
  });

  it('answers bad input with one line naming the problem and exit code 2', async () => {
    fs.writeFileSync(path.join(dir, 'bad.bib'), 'not bibtex');
    for (const [args, problem] of [
      [['evidence', 'export', '--format', 'docx'], /--format/],
      [['evidence', 'export', '--format', 'ris', '--ids', 'nope-1999'], /nope-1999/],
      [['evidence', 'import', 'missing.ris'], /cannot read missing\.ris/],
      [['evidence', 'import', 'notes.txt'], /extension/],
      [['evidence', 'import', 'bad.bib'], /content: holds no BibTeX entries/],
    ] as const) {
      const r = await threshold([...args], db.url, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(problem);
    }
  });
});
