/**
 * Malformed input never breaks the server. For every route of the app (enumerated at runtime, see
 * test/support/routes.ts), signed in as an owner so the access check passes, fast-check sends:
 *   - write routes: JSON bodies the route's schema rejects (any value, objects with random keys,
 *     wrong-typed or missing known fields, strings over maxLength, nulls, arrays, deep nesting),
 *     non-JSON text sent as application/json, and other content types;
 *   - routes with path params: ids that are not ids (long, unicode, traversal-ish, raw escapes);
 *   - GET routes with a query schema: query strings the schema rejects (unknown keys, negative or
 *     huge numbers, non-numbers, repeated keys, over-long text), and extreme values it accepts.
 * The answer must be a 4xx `application/problem+json` whose `status` is the HTTP status, a 400 names
 * at least one field in `errors[].field`, the session survives, and nothing is half-written: the
 * client count, members and organization settings are unchanged after each route's run.
 *
 * "The schema rejects it" is decided by compiling the route's own schema with Ajv the way the app
 * validates (bodies strictly, query strings and params with coercion), so every generated request
 * is malformed by construction and a 2xx is always a failure. Runs are seeded (SEED) so a failure
 * reproduces; fast-check prints the seed, the path and the shrunk counterexample.
 */

import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gad7 } from '../../src/domain/instruments/gad-7/index.ts';
import { syntheticTexts } from '../../src/domain/instruments/translations/testing.ts';
import { DATA_RIGHTS_BODIES } from '../support/data-rights-cases.ts';
import { DATABASES } from '../support/databases.ts';
import { FRONT_OFFICE_BODIES, FRONT_OFFICE_IDS } from '../support/front-office-bodies.ts';
import {
  type Agent,
  startTestServer,
  type TestOrg,
  type TestServer,
  validClient,
} from '../support/harness.ts';
import { PAYMENT_BODIES } from '../support/payment-bodies.ts';
import {
  phq9,
  portalProgram,
  seedInvitation,
  seedPortalClient,
  seedPortalLink,
} from '../support/portal-fixtures.ts';
import { expectProblem, isProblemResponse } from '../support/problem.ts';
import { PROGRAM_BODIES, PROGRAM_IDS } from '../support/program-bodies.ts';
import {
  type AppRoute,
  apiRoutes,
  discoverRoutes,
  isApiRoute,
  routeKey,
  WRITE_METHODS,
} from '../support/routes.ts';
import { SESSION_BODIES, SESSION_IDS } from '../support/session-bodies.ts';

const SEED = 20_250_611;
const RUNS = { body: 80, raw: 60, params: 60, query: 80, extremes: 60 } as const;
const BODY_LIMIT = 1024 * 1024;

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
}

// Validation as the app does it (src/server/http/validation.ts): bodies strict, the rest coerced.
function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    allErrors: false,
    strict: false,
    useDefaults: true,
    removeAdditional: false,
    coerceTypes: coerce ? 'array' : false,
  });
  addFormats(ajv);
  return ajv;
}
const strictAjv = makeAjv(false);
const coercingAjv = makeAjv(true);
const accepts = (validate: ValidateFunction, value: unknown) => validate(structuredClone(value));

const META_BODY = {
  measure: 'RR',
  method: 'REML',
  test: 'z',
  level: 95,
  studies: [
    { study: 'A', ai: 4, bi: 119, ci: 11, di: 128 },
    { study: 'B', ai: 6, bi: 300, ci: 29, di: 274 },
  ],
};

/** The organization's own estimate, entered as a 2×2 table like a study's. */
const META_REAL_WORLD = { label: 'Our program', source: 'entered', ai: 12, n1i: 40, ci: 20, n2i: 40 };

/** A minimal well-formed evidence record (PUT /api/studies/:id). */
const unverified = (value: unknown) => ({ value, status: 'unverified', source: 'fuzz' });
const STUDY_RECORD = {
  id: 'fuzz-2024',
  label: 'A fuzzed study',
  citation: unverified({ id: 'fuzz-2024', type: 'article-journal', title: 'A fuzzed study' }),
  doi: null,
  pmid: null,
  pmcid: null,
  registrations: [],
  related: [],
  design: null,
  setting: null,
  population: null,
  conditions: unverified([]),
  n: null,
  intervention: null,
  comparator: null,
  followUp: null,
  measures: unverified([]),
  outcomes: [],
  keyFindings: [],
  cautions: [],
  circulatedCitations: [],
};

/** A well-formed body for each write route with a body schema: the base the generators spoil. */
const TEMPLATE_BODY = {
  subject: 'Welkom bij {{organization}}',
  preview: 'Uw plaats is bevestigd.',
  body: 'Beste {{clientName}},',
};

function validBodies(org: TestOrg): Record<string, Record<string, unknown>> {
  return {
    'POST /api/auth/sign-in': { email: 'nobody@example.org', password: 'not the password' },
    'PUT /api/session/organization': { organizationId: org.id },
    'POST /api/account/password': {
      currentPassword: 'not the password',
      newPassword: 'another long passphrase',
    },
    'POST /api/account/totp/enable': { code: '123456' },
    'POST /api/account/totp/disable': { password: 'not the password', code: '123456' },
    'PATCH /api/organization': { name: 'Fuzzed Clinic' },
    'POST /api/clients/:id/medications': { name: 'Priadel', medicationClass: 'lithium', source: 'client' },
    'PUT /api/medications/:id': {
      name: 'Priadel',
      medicationClass: 'lithium',
      stoppedOn: '2026-01-01',
      version: 1,
    },
    'POST /api/medications/:id/confirm': { version: 1 },
    'POST /api/portal/consents/:id/sign': {
      typedName: 'Fuzz Client',
      agreed: true,
      documentVersion: 1,
      documentSha256: 'a'.repeat(64),
    },
    'POST /api/lodging/rooms': { name: 'Kamer 1', sharing: 'any', accessible: false, beds: ['A'] },
    'PATCH /api/lodging/rooms/:id': { name: 'Kamer 2' },
    'PUT /api/cohorts/:id/lodging/stay': { arrivalDate: '2030-07-01', departureDate: '2030-07-04' },
    'PUT /api/enrollments/:id/lodging-needs': {
      diet: null,
      accessNeeds: null,
      needsAccessibleRoom: false,
      roommateClientId: null,
    },
    'POST /api/cohorts/:id/lodging/assignments': {
      enrollmentId: '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f',
      bedId: '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f',
    },
    'PUT /api/cohorts/:id/pre-arrival/:language': {
      daysBefore: 7,
      subject: 'Voor uw aankomst',
      whatToBring: '',
      travel: '',
      arrival: '',
      reading: '',
    },
    'PUT /api/organization/medication-rules/:modality': {
      rules: [{ medicationClass: 'lithium', effect: 'hard-stop', washoutDays: 30, source: 'Protocol' }],
    },
    'PUT /api/organization/crisis-lines': {
      lines: [{ language: 'nl', name: '113 Zelfmoordpreventie', phone: '0800-0113', hours: '24/7' }],
    },
    'PUT /api/portal/invitations/:token/draft': { answers: { q1: 1 } },
    'POST /api/portal/invitations/:token/submit': {
      answers: phq9(0),
      submissionId: '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f',
    },
    'POST /api/alerts/:id/resolve': { note: 'Called the client.' },
    'POST /api/enrollments/:id/invitations/send-now': { key: 'phq-baseline#1' },
    'PUT /api/organization/message-templates/:kind/:language': TEMPLATE_BODY,
    'POST /api/organization/message-templates/:kind/:language/preview': TEMPLATE_BODY,
    'POST /api/portal/sign-in-link': { email: 'nobody@client.example' },
    'POST /api/portal/sign-in': { token: 'a'.repeat(43) },
    'POST /api/portal/journal': { body: 'A note.' },
    'PUT /api/programs/:id/at-home': {
      atHome: true,
      checkinMinutes: [30, 60, 120],
      graceMinutes: 15,
      askVitals: true,
    },
    'PUT /api/programs/:id/dose-bands': {
      bands: [{ substanceKind: 'ketamine-racemic', unit: 'mg/kg', edges: [0.5, 0.75, 1] }],
    },
    'PUT /api/sessions/:id/at-home': {
      atHome: true,
      checkinMinutes: [30, 60, 120],
      graceMinutes: 15,
      askVitals: false,
    },
    'PUT /api/enrollments/:id/support-person': {
      name: 'Sam',
      phone: '06 1234 5678',
      relationship: 'partner',
      attestedName: 'Sam',
      agreed: true,
      attestedAt: '2026-01-01T09:00:00Z',
      attestationVersion: '2026-12-v1',
    },
    'POST /api/portal/at-home/:id/checkin': {
      answer: 'ok',
      note: 'Fine',
      systolic: 120,
      diastolic: 80,
      heartRate: 70,
    },
    'POST /api/home-support/:token/checkin': { answer: 'help', note: null },
    'PUT /api/portal/journal/:id': { body: 'A note.' },
    'POST /api/portal/journal/:id/share': { shared: true },
    'POST /api/members': {
      email: 'fuzz@example.org',
      name: 'Fuzz',
      role: 'intake',
      password: 'a long enough passphrase',
    },
    'PATCH /api/members/:userId': { role: 'intake' },
    'POST /api/clients': validClient(),
    'POST /api/imports/clients': {
      csv: 'givenName,familyName,dateOfBirth,sexAtBirth\nFuzz,Client,1980-01-01,female',
    },
    'POST /api/imports/responses': {
      csv: 'client,instrument,completedAt,q1,q2,q3,q4,q5,q6,q7\nfuzz@example.org,gad-7,2024-01-01,0,0,0,0,0,0,0',
    },
    'PUT /api/clients/:id': validClient({ version: 1 }),
    'POST /api/clients/:id/archive': { version: 1 },
    'POST /api/clients/:id/restore': { version: 1 },
    'POST /api/instruments/:instrumentId/score': {
      answers: { q1: 1, q2: 1, q3: 2, q4: 0, q5: 1, q6: 3, q7: 0 },
    },
    'POST /fhir/R4/QuestionnaireResponse': {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      questionnaire: 'urn:threshold:questionnaire:gad-7',
      subject: { reference: 'Patient/00000000-0000-4000-8000-000000000000' },
      item: [{ linkId: 'q1', answer: [{ valueInteger: 1 }] }],
    },
    'POST /fhir/R4': {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          resource: {
            resourceType: 'QuestionnaireResponse',
            status: 'completed',
            questionnaire: 'urn:threshold:questionnaire:gad-7',
            subject: { reference: 'Patient/00000000-0000-4000-8000-000000000000' },
            item: [{ linkId: 'q1', answer: [{ valueInteger: 1 }] }],
          },
          request: { method: 'POST', url: 'QuestionnaireResponse' },
        },
      ],
    },
    'POST /fhir/R4/': {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          resource: {
            resourceType: 'QuestionnaireResponse',
            status: 'completed',
            questionnaire: 'urn:threshold:questionnaire:gad-7',
            subject: { reference: 'Patient/00000000-0000-4000-8000-000000000000' },
            item: [{ linkId: 'q1', answer: [{ valueInteger: 1 }] }],
          },
          request: { method: 'POST', url: 'QuestionnaireResponse' },
        },
      ],
    },
    'POST /api/api-tokens': { name: 'Fuzzed token', scopes: ['client.read'] },
    'POST /api/studies/export': { ids: ['feder-2025'], format: 'bibtex' },
    'POST /api/studies/import': {
      format: 'csl-json',
      content: '[{"type":"article-journal","title":"A fuzzed study of ketamine"}]',
    },
    'PUT /api/studies/:id': { version: 1, record: STUDY_RECORD },
    'POST /api/clients/:id/responses': {
      instrumentId: 'gad-7',
      answers: { q1: 1, q2: 1, q3: 2, q4: 0, q5: 1, q6: 3, q7: 0 },
    },
    'POST /api/meta/analyze': { ...META_BODY, realWorld: META_REAL_WORLD },
    'POST /api/meta/forest.svg': { ...META_BODY, realWorld: META_REAL_WORLD },
    'POST /api/meta/funnel.svg': META_BODY,
    'PUT /api/instrument-translations/:instrumentId/:language': {
      texts: syntheticTexts(gad7, 'de'),
      licence: 'Test licence',
    },
    'PUT /api/enrollments/:id/screening-draft': {
      answers: {},
      medications: [],
      vitals: { systolic: '12' },
      measuredAt: '',
      notes: 'Half way',
    },
    ...PROGRAM_BODIES,
    ...SESSION_BODIES,
    ...FRONT_OFFICE_BODIES,
    ...DATA_RIGHTS_BODIES,
    'PUT /api/programs/:id/benchmark': { instrumentId: 'phq-9', minCellSize: 10, studyIds: ['goodwin-2022'] },
    ...PAYMENT_BODIES,
  };
}

// ---------------------------------------------------------------------------------------------
// Generators

const NASTY = [
  '',
  ' ',
  '\u0000',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '0x1F',
  '../../etc/passwd',
  '%00',
  '\u202e',
  '😀',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '\ud800',
];
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...NASTY));
/** Longer than any maxLength the schemas use here (up to 20 000 for notes). */
const hugeString = fc
  .tuple(
    fc.oneof(fc.integer({ min: 101, max: 600 }), fc.integer({ min: 20_001, max: 21_000 })),
    fc.constantFrom('x', 'é', '😀', ' \u0000'),
  )
  .map(([n, c]) => c.repeat(n));
const deep = fc.tuple(fc.integer({ min: 20, max: 2000 }), fc.boolean()).map(([depth, asArray]) => {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
});
const anyValue = fc.oneof(
  fc.anything(),
  fc.constant(null),
  text,
  hugeString,
  deep,
  fc.array(fc.anything(), { minLength: 2, maxLength: 4 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.dictionary(text, fc.anything(), { minKeys: 1, maxKeys: 3 }),
);

function without(o: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = o;
  return rest;
}

/** JSON payloads the body schema rejects. */
function badJsonBodies(schema: JsonSchema, base: Record<string, unknown>): fc.Arbitrary<string | undefined> {
  const validate = strictAjv.compile(schema);
  const props = Object.keys(schema.properties ?? {});
  const required = schema.required ?? [];
  const kinds: Array<fc.Arbitrary<unknown>> = [
    fc.anything(),
    fc.constantFrom(null, [], [base], 0, '', true, 'x', {}),
    fc.dictionary(text, fc.anything(), { maxKeys: 5 }),
    fc
      .tuple(
        text.filter((k) => !props.includes(k)),
        fc.anything(),
      )
      .map(([k, v]) => ({ ...base, [k]: v })),
    deep,
    hugeString,
  ];
  if (props.length)
    kinds.push(fc.constantFrom(...props).chain((f) => anyValue.map((v) => ({ ...base, [f]: v }))));
  if (required.length) kinds.push(fc.constantFrom(...required).map((f) => without(base, f)));
  return fc
    .oneof(...kinds)
    .map((v) => JSON.stringify(v) as string | undefined)
    .filter((wire) => wire === undefined || !accepts(validate, JSON.parse(wire)));
}

const isJson = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

const WRONG_CONTENT_TYPES = [
  'text/xml',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----fuzz',
  'application/octet-stream',
  'text/html',
  'image/png',
  'text/csv',
  'application/jsonx',
  'application/vnd.threshold+json',
];

interface RawBody {
  contentType: string;
  payload: string;
}

/** Non-JSON text sent as JSON, and bodies under content types the API does not take. */
function rawBodies(base: Record<string, unknown> | undefined): fc.Arbitrary<RawBody> {
  const good = JSON.stringify(base ?? {});
  const notJson = fc
    .oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        '{',
        '}',
        "{'a':1}",
        '{"a":}',
        'undefined',
        'NaN',
        '[1,]',
        '{"a":1}}',
        '\u0000',
        '<a/>',
        '{"__proto__":{"x":1}}',
      ),
      fc.integer({ min: 1, max: Math.max(1, good.length - 1) }).map((n) => good.slice(0, n)),
    )
    .filter((s) => !isJson(s) || s.includes('__proto__'));
  const types = base ? [...WRONG_CONTENT_TYPES, 'text/plain'] : WRONG_CONTENT_TYPES;
  return fc.oneof(
    notJson.map((payload) => ({ contentType: 'application/json', payload })),
    fc.record({ contentType: fc.constantFrom(...types), payload: fc.oneof(fc.constant(good), fc.string()) }),
    fc.constant({ contentType: 'application/json', payload: '' }),
    fc.constant({ contentType: 'application/json', payload: `{"a":"${'x'.repeat(BODY_LIMIT)}"}` }),
  );
}

interface BadParam {
  value: string;
  /** Put into the path as is (no percent-encoding). */
  raw: boolean;
}

const RAW_PARAMS = [
  '..',
  '../..',
  '../../etc/passwd',
  '..%2F..%2Fetc',
  '%2e%2e%2f',
  '%ZZ',
  '%',
  'a%2',
  '..;',
  '%c0%ae%c0%ae',
];

/** Path-param values the params schema rejects. */
function badParams(schema: JsonSchema, name: string): fc.Arbitrary<BadParam> {
  const validate = coercingAjv.compile(schema);
  const encoded = fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
      fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 60 }),
      fc.integer({ min: 80, max: 3000 }).map((n) => 'a'.repeat(n)),
      fc.constantFrom(
        '..',
        '../..',
        '../../etc/passwd',
        '..\\..\\windows',
        '.',
        '~',
        '\u0000',
        'null',
        '-1',
        '😀',
        '\u202e',
        '\u0024{7*7}',
        "' OR '1'='1",
      ),
      fc.uuid().map((u) => u.slice(0, -1)),
      fc.uuid().map((u) => `${u}0`),
      fc.uuid().map((u) => `{${u}}`),
      fc.uuid().map((u) => ` ${u}`),
    )
    .filter((value) => !accepts(validate, { [name]: value }))
    .map((value) => ({ value, raw: false }));
  return fc.oneof(
    { weight: 4, arbitrary: encoded },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_PARAMS).map((value) => ({ value, raw: true })) },
  );
}

type QueryPairs = Array<[string, string]>;

/** What the server's query parser makes of the pairs: one value → string, repeated → array. */
function queryObject(pairs: QueryPairs): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const [k, v] of new URLSearchParams(new URLSearchParams(pairs).toString())) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return { ...out };
}

const queryValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    '-1',
    '0',
    '-0',
    '1.5',
    '1e400',
    '1e3',
    'abc',
    'NaN',
    'Infinity',
    '0x10',
    ' 1',
    '99999999999999999999999',
    'true',
    'null',
    '[]',
    '%00',
  ),
  fc.integer().map(String),
  hugeString.map((s) => s.slice(0, 400)),
);

/** Query strings the querystring schema rejects. */
function badQueries(schema: JsonSchema): fc.Arbitrary<QueryPairs> {
  const validate = coercingAjv.compile(schema);
  const props = Object.keys(schema.properties ?? {});
  const key = fc.oneof(fc.constantFrom(...props), text);
  return fc
    .oneof(
      fc
        .tuple(
          text.filter((k) => !props.includes(k)),
          queryValue,
        )
        .map((p): QueryPairs => [p]),
      fc.constantFrom(...props).chain((k) => queryValue.map((v): QueryPairs => [[k, v]])),
      fc.constantFrom(...props).chain((k) =>
        fc.tuple(queryValue, queryValue).map(
          ([a, b]): QueryPairs => [
            [k, a],
            [k, b],
          ],
        ),
      ),
      fc.array(fc.tuple(key, queryValue), { minLength: 1, maxLength: 6 }),
    )
    .filter((pairs) => !accepts(validate, queryObject(pairs)));
}

const DATE_TIMES = fc.oneof(
  fc
    .date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '2016-12-31T23:59:60Z',
    '1990-12-31T15:59:60-08:00',
    '2020-01-01t00:00:00z',
    '2020-01-01 00:00:00Z',
    '2020-06-01T12:00:00+05:30',
    '2020-06-01T12:00:00.123456789Z',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59-23:59',
  ),
);

/** Values a query field's schema accepts, favouring extremes (huge numbers, odd text, odd dates). */
function extremeValue(s: JsonSchema): fc.Arbitrary<string> {
  if (s.enum) return fc.constantFrom(...s.enum.map(String));
  if (s.type === 'integer') {
    const min = BigInt(s.minimum ?? -(10 ** 9));
    const max = s.maximum !== undefined ? BigInt(s.maximum) : 10n ** 30n;
    return fc.oneof(fc.constantFrom(min, max), fc.bigInt({ min, max })).map(String);
  }
  if (s.format === 'date-time') return DATE_TIMES;
  if (s.format === 'uuid') return fc.uuid();
  if (s.type === 'boolean') return fc.constantFrom('true', 'false', '1', '0');
  // A pattern is met by construction: filtering random text until it matched would never end.
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern));
  return fc.oneof(
    fc.string({ unit: 'binary-ascii', maxLength: s.maxLength ?? 50 }),
    fc.string({ unit: 'grapheme', maxLength: s.maxLength ?? 50 }),
    fc.constantFrom('%', '_', '\\', '\u0000', "'", '"; drop table clients; --', 'a.', '.'),
  );
}

/** Query strings the schema accepts, with values at the edges. */
function extremeQueries(schema: JsonSchema): fc.Arbitrary<QueryPairs> {
  const validate = coercingAjv.compile(schema);
  const fields = Object.entries(schema.properties ?? {}).map(([k, s]) =>
    fc.option(
      extremeValue(s).map((v): [string, string] => [k, v]),
      { nil: undefined },
    ),
  );
  return fc
    .tuple(...fields)
    .map((pairs) => pairs.filter((p): p is [string, string] => p !== undefined))
    .filter((pairs) => accepts(validate, queryObject(pairs)));
}

// ---------------------------------------------------------------------------------------------

const fill = (url: string, params: Record<string, string>) =>
  url.replace(/:([A-Za-z0-9_]+)/g, (_m, p: string) => params[p] ?? `:${p}`);

function expectRejected(res: LightMyRequestResponse, what: string, allowed: readonly number[]) {
  const where = `${what} → ${res.statusCode} ${res.headers['content-type']} ${res.body.slice(0, 300)}`;
  expect(res.statusCode, where).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, where).toBeLessThan(500);
  expect(allowed, where).toContain(res.statusCode);
  const p = expectProblem(res);
  if (res.statusCode === 400) {
    expect(Array.isArray(p.errors), where).toBe(true);
    expect(p.errors!.length, where).toBeGreaterThan(0);
    for (const e of p.errors!) {
      expect(typeof e.field, where).toBe('string');
      expect(e.field.length, where).toBeGreaterThan(0);
    }
  }
}

const run = <T>(arb: fc.Arbitrary<T>, numRuns: number, check: (value: T) => Promise<void>) =>
  fc.assert(fc.asyncProperty(arb, check), { seed: SEED, numRuns });

// The routes, known at collection time so each gets its own test (the suites check that the server
// they start has exactly these).
const ROUTES = (await discoverRoutes()).filter((r) => isApiRoute(r) && r.method !== 'HEAD');
const schemaOf = (r: AppRoute, part: 'body' | 'params' | 'querystring') =>
  (r.schema as Record<string, JsonSchema | undefined> | undefined)?.[part];
const WRITE_ROUTES = ROUTES.filter((r) => WRITE_METHODS.has(r.method));
const BODY_ROUTES = WRITE_ROUTES.filter((r) => schemaOf(r, 'body'));
const PARAM_ROUTES = ROUTES.filter((r) => schemaOf(r, 'params'));
const QUERY_ROUTES = ROUTES.filter((r) => r.method === 'GET' && schemaOf(r, 'querystring'));
/** `[ 'POST /api/clients', route ]` rows, so each test is named after its route. */
const named = (rs: AppRoute[]): Array<[string, AppRoute]> => rs.map((r) => [routeKey(r), r]);

describe.each(DATABASES)('$name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let bodies: Record<string, Record<string, unknown>>;
  /** Real ids for path params, so only the part under test is malformed. */
  const ids: Record<string, string> = {};

  async function snapshot() {
    const clients = await owner.get('/api/clients?status=all&limit=1');
    expect(clients.statusCode, clients.body).toBe(200);
    const members = await owner.get('/api/members');
    const organization = await owner.get('/api/organization');
    const session = await owner.get('/api/session');
    expect(session.statusCode, 'the owner is still signed in').toBe(200);
    const s = session.json() as { user: { totpEnabled: boolean }; activeOrganizationId: string };
    return {
      clients: (clients.json() as { total: number }).total,
      members: (members.json() as { items: unknown[] }).items.length,
      organization: organization.json() as unknown,
      totpEnabled: s.user.totpEnabled,
      activeOrganizationId: s.activeOrganizationId,
    };
  }

  /** Runs a property and checks that none of its requests changed anything. */
  async function unchangedBy(fn: () => Promise<void>) {
    const before = await snapshot();
    await fn();
    expect(await snapshot()).toEqual(before);
  }

  const send = (method: string, url: string, body?: RawBody | { json: string | undefined }) => {
    const m = method as 'POST';
    if (!body) return owner.request({ method: m, url });
    if ('json' in body) {
      return body.json === undefined
        ? owner.request({ method: m, url })
        : owner.request({
            method: m,
            url,
            payload: body.json,
            headers: { 'content-type': 'application/json' },
          });
    }
    return owner.request({
      method: m,
      url,
      payload: body.payload,
      headers: { 'content-type': body.contentType },
    });
  };

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Fuzz Clinic');
    owner = await server.as(org.users.owner);
    bodies = validBodies(org);
    const c = await owner.post('/api/clients', validClient());
    expect(c.statusCode, c.body).toBe(201);
    ids.id = (c.json() as { id: string }).id;
    const m = await owner.post('/api/members', {
      email: 'scratch@fuzz.example',
      name: 'Scratch',
      role: 'intake',
      password: 'a long enough passphrase',
    });
    expect(m.statusCode, m.body).toBe(201);
    ids.userId = (m.json() as { userId: string }).userId;
    ids.instrumentId = 'gad-7';
    ids.kind = 'enrollment';
    ids.language = 'nl';
    ids.modality = 'psilocybin';
    ids.programId = '00000000-0000-4000-8000-000000000000';
    Object.assign(ids, PROGRAM_IDS);
    Object.assign(ids, SESSION_IDS);
    Object.assign(ids, FRONT_OFFICE_IDS);
    const r = await owner.post(`/api/clients/${ids.id}/responses`, bodies['POST /api/clients/:id/responses']);
    expect(r.statusCode, r.body).toBe(201);
    ids.responseId = (r.json() as { id: string }).id;
    const portal = await seedPortalClient(
      server.ctx.db.kysely,
      org.id,
      await portalProgram(server.ctx.db.kysely, org.id),
    );
    ids.token = (await seedInvitation(server.ctx.db.kysely, org.id, portal)).token;
    // The owner's agent also holds a client's portal session, so portal routes reach validation.
    const link = await seedPortalLink(server.ctx.db.kysely, org.id, portal.clientId);
    expect((await owner.post('/api/portal/sign-in', { token: link })).statusCode).toBe(204);
  });

  afterAll(async () => {
    await server?.close();
  });

  describe('the routes under test', () => {
    it('are the routes of the server this suite started', () => {
      const live = apiRoutes(server.app)
        .filter((r) => r.method !== 'HEAD')
        .map(routeKey)
        .sort();
      expect(ROUTES.map(routeKey).sort()).toEqual(live);
      expect(WRITE_ROUTES.length).toBeGreaterThan(10);
    });

    it('have a well-formed base body for every body schema, and real ids for every path param', () => {
      expect(BODY_ROUTES.map(routeKey).filter((k) => !bodies[k])).toEqual([]);
      for (const r of BODY_ROUTES) {
        const schema = schemaOf(r, 'body')!;
        expect(accepts(strictAjv.compile(schema), bodies[routeKey(r)]), routeKey(r)).toBe(true);
        // The generators rely on unknown fields being refused, except for FHIR resources: their schema
        // only pins resourceType, and src/domain/fhir checks the resource's structure itself.
        if (!r.url.startsWith('/fhir/')) expect(schema.additionalProperties, routeKey(r)).toBe(false);
      }
      for (const r of PARAM_ROUTES) {
        for (const name of Object.keys(schemaOf(r, 'params')?.properties ?? {})) {
          expect(ids[name], `${routeKey(r)} :${name}`).toBeDefined();
        }
      }
    });
  });

  describe('JSON bodies the schema refuses: 400 naming a field (413 when too large)', () => {
    it.each(named(BODY_ROUTES))('%s', async (_key, r) => {
      const url = fill(r.url, ids);
      await unchangedBy(() =>
        run(badJsonBodies(schemaOf(r, 'body')!, bodies[routeKey(r)]!), RUNS.body, async (json) => {
          const res = await send(r.method, url, { json });
          expectRejected(res, `${r.method} ${url} ${json?.slice(0, 200)}`, [400, 413]);
        }),
      );
    });
  });

  describe('non-JSON text sent as JSON (400) and other content types (415)', () => {
    it.each(named(WRITE_ROUTES))('%s', async (_key, r) => {
      const url = fill(r.url, ids);
      await unchangedBy(() =>
        run(rawBodies(schemaOf(r, 'body') ? bodies[routeKey(r)] : undefined), RUNS.raw, async (body) => {
          const res = await send(r.method, url, body);
          expectRejected(
            res,
            `${r.method} ${url} [${body.contentType}] ${body.payload.slice(0, 200)}`,
            [400, 413, 415],
          );
        }),
      );
    });
  });

  describe('path params that are not ids: 4xx problem+json, 400 naming the param', () => {
    it.each(named(PARAM_ROUTES))('%s', async (_key, r) => {
      const schema = schemaOf(r, 'params')!;
      const name = Object.keys(schema.properties ?? {})[0]!;
      const base = bodies[routeKey(r)];
      await unchangedBy(() =>
        run(badParams(schema, name), RUNS.params, async ({ value, raw }) => {
          const url = fill(r.url, { ...ids, [name]: raw ? value : encodeURIComponent(value) });
          const res = await send(r.method, url, base ? { json: JSON.stringify(base) } : undefined);
          expectRejected(res, `${r.method} ${url.slice(0, 200)}`, [400, 404, 414]);
        }),
      );
    });
  });

  describe('query strings the schema refuses: 400 naming a field', () => {
    it.each(named(QUERY_ROUTES))('%s', async (_key, r) => {
      const url = fill(r.url, ids);
      await unchangedBy(() =>
        run(badQueries(schemaOf(r, 'querystring')!), RUNS.query, async (pairs) => {
          const full = `${url}?${new URLSearchParams(pairs).toString()}`;
          const res = await owner.get(full);
          expectRejected(res, `GET ${full.slice(0, 300)}`, [400]);
        }),
      );
    });
  });

  describe('query strings the schema accepts, at the extremes: an answer, never a server error', () => {
    it.each(named(QUERY_ROUTES))('%s', async (_key, r) => {
      const url = fill(r.url, ids);
      await unchangedBy(() =>
        run(extremeQueries(schemaOf(r, 'querystring')!), RUNS.extremes, async (pairs) => {
          const full = `${url}?${new URLSearchParams(pairs).toString()}`;
          const res = await owner.get(full);
          const where = `GET ${full.slice(0, 300)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
          expect(res.statusCode, where).toBeLessThan(500);
          if (res.statusCode >= 400) expectProblem(res);
          else expect(res.statusCode, where).toBe(200);
        }),
      );
    });
  });

  /**
   * Concrete cases the properties above found (or that sit next to them), kept as examples so each
   * is reported on its own and stays fixed.
   */
  describe('known edge cases', () => {
    const client = () => `/api/clients/${ids.id}`;
    const cases: Array<{
      name: string;
      send: () => Promise<LightMyRequestResponse>;
      status?: number;
      field?: string;
    }> = [
      {
        name: 'GET /api/clients?limit=0 is a 400 naming limit',
        send: () => owner.get('/api/clients?limit=0'),
        status: 400,
        field: 'limit',
      },
      {
        name: 'GET /api/clients?status=bogus is a 400 naming status',
        send: () => owner.get('/api/clients?status=bogus'),
        status: 400,
        field: 'status',
      },
      {
        name: 'GET /api/audit?before=0 is a 400 naming before',
        send: () => owner.get('/api/audit?before=0'),
        status: 400,
        field: 'before',
      },
      {
        name: 'GET /api/clients?offset=1e20 (no upper bound in the schema)',
        send: () => owner.get('/api/clients?offset=100000000000000000000'),
      },
      {
        name: 'GET /api/audit?before=1e20 (beyond bigint)',
        send: () => owner.get('/api/audit?before=100000000000000000000'),
      },
      {
        name: 'GET /api/audit?from=<a leap second> (valid date-time, not a JS Date)',
        send: () => owner.get('/api/audit?from=2016-12-31T23:59:60Z'),
      },
      { name: 'GET /api/clients?q=<NUL>', send: () => owner.get('/api/clients?q=a%00b') },
      { name: 'GET /api/audit?actor=<NUL>', send: () => owner.get('/api/audit?actor=a%00b') },
      {
        name: 'POST /api/clients with a NUL in givenName',
        send: () => owner.post('/api/clients', validClient({ givenName: 'Nul\u0000Byte' })),
      },
      {
        name: 'POST /api/auth/sign-in with a NUL in the email',
        send: () => owner.post('/api/auth/sign-in', { email: 'a\u0000@example.org', password: 'x' }),
      },
      {
        name: 'POST /api/members with a NUL in the email',
        send: () =>
          owner.post('/api/members', {
            email: 'nul\u0000byte@example.org',
            name: 'Nul',
            role: 'intake',
            password: 'a long enough passphrase',
          }),
      },
      {
        name: 'PUT /api/clients/:id with version 2^31 (beyond a 32-bit integer)',
        send: () => owner.put(client(), validClient({ version: 2 ** 31 })),
      },
      {
        name: 'POST /api/clients/:id/archive with version 2^53',
        send: () => owner.post(`${client()}/archive`, { version: 2 ** 53 }),
      },
      {
        name: 'GET /api/clients/<120 characters> (over the router maxParamLength)',
        send: () => owner.get(`/api/clients/${'a'.repeat(120)}`),
      },
      {
        name: 'GET /api/clients/%ZZ (a malformed percent-escape)',
        send: () => owner.get('/api/clients/%ZZ'),
      },
    ];

    for (const { name, send: go, status, field } of cases) {
      it(`${name}: no server error; an error is problem+json`, async () => {
        const res = await go();
        const where = `${res.statusCode} ${res.headers['content-type']} ${res.body.slice(0, 300)}`;
        expect(res.statusCode, where).toBeLessThan(500);
        if (res.statusCode >= 400) expectProblem(res);
        else expect(isProblemResponse(res), where).toBe(false);
        if (status !== undefined) {
          const p = expectProblem(res, status);
          expect(
            p.errors?.map((e) => e.field),
            where,
          ).toContain(field);
        }
      });
    }
  });

  it('leaves an audit trail whose hash chain verifies', async () => {
    const res = await owner.get('/api/audit/verify');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, firstBroken: null });
  });
});
