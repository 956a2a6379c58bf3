/**
 * Translations an organization adds, on both databases: checked for completeness (a 400
 * problem+json naming each missing or extra linkId, nothing stored), owners and clinicians only,
 * audited, replaced as a whole; used for that organization's clients only — the portal shows a
 * Dutch client the Dutch texts (scoring unchanged), staff entry and FHIR carry them (the FHIR
 * `translation` extension on item text and answer display), and another organization sees none.
 * The texts are synthetic markers (test helper), never questionnaire wording.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRANSLATION } from '../../src/domain/fhir/systems.ts';
import { phq9 as phq9Def } from '../../src/domain/instruments/phq-9/index.ts';
import { syntheticTexts } from '../../src/domain/instruments/translations/testing.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { phq9, portalProgram, seedInvitation, seedPortalClient } from '../support/portal-fixtures.ts';
import { expectProblem } from '../support/problem.ts';
import type { SeededProgram } from '../support/programs-fixtures.ts';

const NL = syntheticTexts(phq9Def, 'nl');
const PUT_URL = '/api/instrument-translations/phq-9/nl';

describe.each(DATABASES)('instrument translations on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let other: TestOrg;
  let owner: Agent;
  let clinician: Agent;
  let program: SeededProgram;
  const db = () => server.ctx.db.kysely;
  const anon = () => server.agent();

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Translation Clinic');
    other = await server.createOrg('Other Clinic');
    owner = await server.as(org.users.owner);
    clinician = await server.as(org.users.clinician);
    program = await portalProgram(db(), org.id);
  });
  afterAll(() => server?.close());

  it('refuses an incomplete translation, naming every missing and extra part, and stores nothing', async () => {
    const items: Record<string, unknown> = { ...NL.items, q99: { text: 'x', options: {} } };
    delete items.q9;
    const q1 = NL.items.q1!;
    items.q1 = { text: q1.text, options: { ...q1.options, '3': undefined } };
    const bad = await owner.put(PUT_URL, {
      texts: { ...NL, items, instructions: undefined },
      licence: 'Pfizer translation held by the clinic',
    });
    const problem = expectProblem(bad, 400);
    const fields = (problem.errors ?? []).map((e) => e.field).sort();
    expect(fields).toEqual(
      ['texts.instructions', 'texts.items.q1.options.3', 'texts.items.q9', 'texts.items.q99'].sort(),
    );
    expect(problem.detail ?? problem.title).toMatch(/incomplete/i);

    const bands = await owner.put(PUT_URL, { texts: { ...NL, bands: {} }, licence: 'Held by the clinic' });
    expect(expectProblem(bands, 400).errors?.map((e) => e.field)).toContain('texts.bands.moderately severe');
    const english = await owner.put('/api/instrument-translations/phq-9/en', {
      texts: NL,
      licence: 'x licence',
    });
    expect(expectProblem(english, 400).errors?.[0]?.field).toBe('language');
    const unknown = await owner.put('/api/instrument-translations/xyz-1/nl', {
      texts: NL,
      licence: 'x licence',
    });
    expectProblem(unknown, 404);

    const stored = await db().selectFrom('instrument_translations').selectAll().execute();
    expect(stored).toHaveLength(0);
  });

  it('lets owners and clinicians add it (audited), not facilitators; lists it per language', async () => {
    const facilitator = await server.as(org.users.facilitator);
    expectProblem(await facilitator.put(PUT_URL, { texts: NL, licence: 'Held by the clinic' }), 403);

    const put = await clinician.put(PUT_URL, {
      texts: NL,
      licence: '  Pfizer translation held by the clinic ',
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({
      instrumentId: 'phq-9',
      language: 'nl',
      origin: 'organization',
      licence: 'Pfizer translation held by the clinic',
      instrumentVersion: phq9Def.version,
      addedBy: expect.any(String),
    });
    const again = await owner.put(PUT_URL, { texts: NL, licence: 'Replaced licence note' });
    expect(again.statusCode, again.body).toBe(200);

    const list = (await facilitator.get('/api/instrument-translations')).json();
    expect(
      list.instruments.find((i: { instrumentId: string }) => i.instrumentId === 'phq-9').languages,
    ).toEqual(['en', 'nl']);
    expect(
      list.instruments.find((i: { instrumentId: string }) => i.instrumentId === 'gad-7').languages,
    ).toEqual(['en']);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      language: 'nl',
      licence: 'Replaced licence note',
      origin: 'organization',
    });

    const audit = await db()
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('organization_id', '=', org.id)
      .where('action', '=', 'instrument-translation.put')
      .execute();
    expect(audit).toHaveLength(2);
    expect(JSON.parse(String(audit[0]!.details))).toMatchObject({ language: 'nl', items: 10 });

    // Another organization holds English only.
    const stranger = await server.as(other.users.owner);
    const theirs = (await stranger.get('/api/instrument-translations')).json();
    expect(theirs.items).toHaveLength(0);
    expectProblem(await stranger.get('/api/instrument-translations/phq-9/nl'), 404);
  });

  it("gives a Dutch client the questionnaire in Dutch; scoring and linkIds are the registry's", async () => {
    const c = await seedPortalClient(db(), org.id, program, { name: 'Dutch', language: 'nl' });
    const inv = await seedInvitation(db(), org.id, c);
    const body = (await anon().get(`/api/portal/invitations/${inv.token}`)).json();
    expect(body.instrument).toMatchObject({
      language: 'nl',
      fallback: false,
      installedLanguages: ['en', 'nl'],
      recallPeriod: NL.recallPeriod,
      instructions: NL.instructions,
    });
    expect(body.instrument.items.map((i: { linkId: string }) => i.linkId)).toEqual(
      phq9Def.items.map((i) => i.linkId),
    );
    expect(body.instrument.items[0]).toMatchObject({ text: 'TEST-nl q1' });
    expect(body.instrument.items[0].options[2]).toMatchObject({ value: 2, label: 'TEST-nl q1=2' });

    const sent = await anon().post(`/api/portal/invitations/${inv.token}/submit`, {
      answers: phq9(0),
      submissionId: randomUUID(),
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const english = phq9Def.score(phq9(0));
    expect(sent.json().score).toMatchObject({
      total: english.total,
      severity: `TEST-nl ${english.severity}`,
    });
    const row = await db()
      .selectFrom('questionnaire_responses')
      .select(['language', 'total', 'severity'])
      .where('client_id', '=', c.clientId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ language: 'nl', total: english.total, severity: english.severity });

    // The same link in another organization's hands would show English: its Dutch client does.
    const otherProgram = await portalProgram(db(), other.id);
    const oc = await seedPortalClient(db(), other.id, otherProgram, { name: 'Elsewhere', language: 'nl' });
    const oinv = await seedInvitation(db(), other.id, oc);
    const theirs = (await anon().get(`/api/portal/invitations/${oinv.token}`)).json();
    expect(theirs.instrument).toMatchObject({ language: 'en', fallback: true, installedLanguages: ['en'] });
  });

  it('shows staff entry in the client language and records it', async () => {
    const detail = (await clinician.get('/api/instruments/phq-9?language=nl')).json();
    expect(detail).toMatchObject({ textLanguage: 'nl', installedLanguages: ['en', 'nl'] });
    expect(detail.items[8].text).toBe('TEST-nl q9');
    expect(detail.bands.value[3].label).toBe('TEST-nl moderately severe');
    const fallback = (await clinician.get('/api/instruments/gad-7?language=nl')).json();
    expect(fallback).toMatchObject({ textLanguage: 'en', installedLanguages: ['en'] });

    const c = await seedPortalClient(db(), org.id, program, { name: 'Entered', language: 'nl' });
    const res = await clinician.post(`/api/clients/${c.clientId}/responses`, {
      instrumentId: 'phq-9',
      answers: phq9(0),
      language: 'nl',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ language: 'nl' });
    const refused = await clinician.post(`/api/clients/${c.clientId}/responses`, {
      instrumentId: 'gad-7',
      answers: { q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0 },
      language: 'nl',
    });
    expect(expectProblem(refused, 400).errors?.[0]?.field).toBe('language');
  });

  it('carries the translation on the FHIR Questionnaire as translation extensions', async () => {
    const res = await clinician.get('/fhir/R4/Questionnaire/phq-9');
    expect(res.statusCode, res.body).toBe(200);
    const q = res.json();
    expect(q.language).toBe('en');
    const item = q.item.find((i: { linkId: string }) => i.linkId === 'q1');
    expect(item.text).toBe(phq9Def.items[0]!.text);
    expect(item._text.extension).toEqual([
      {
        url: TRANSLATION,
        extension: [
          { url: 'lang', valueCode: 'nl' },
          { url: 'content', valueString: 'TEST-nl q1' },
        ],
      },
    ]);
    expect(item.answerOption[1].valueCoding._display.extension[0].extension[1]).toEqual({
      url: 'content',
      valueString: 'TEST-nl q1=1',
    });
    const instructions = q.item.find((i: { type: string }) => i.type === 'display');
    expect(instructions._text.extension[0].extension[1].valueString).toBe('TEST-nl instructions');

    const stranger = await server.as(other.users.owner);
    const theirs = (await stranger.get('/fhir/R4/Questionnaire/phq-9')).json();
    expect(theirs.item.find((i: { linkId: string }) => i.linkId === 'q1')._text).toBeUndefined();
  });

  it('removes a translation (audited); clients then get English with the notice', async () => {
    const del = await owner.delete(PUT_URL);
    expect(del.statusCode, del.body).toBe(204);
    expectProblem(await owner.delete(PUT_URL), 404);
    const c = await seedPortalClient(db(), org.id, program, { name: 'After', language: 'nl' });
    const inv = await seedInvitation(db(), org.id, c);
    const body = (await anon().get(`/api/portal/invitations/${inv.token}`)).json();
    expect(body.instrument).toMatchObject({ language: 'en', fallback: true, installedLanguages: ['en'] });
    const audit = await db()
      .selectFrom('audit_events')
      .select('action')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'instrument-translation.delete')
      .execute();
    expect(audit).toHaveLength(1);
  });
});
