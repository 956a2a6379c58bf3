/**
 * Issue 14, finding 2: a deeply nested JSON body to an unauthenticated route answered 500 and
 * stalled the server (the NUL check recursed and copied its path per level). Bodies nested past
 * MAX_JSON_DEPTH are refused as 400 problems before any parse or walk; a NUL deep inside a body
 * still names its field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/server/http/json-depth.ts';
import { DATABASES } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';

const nested = (levels: number, leaf = '1') => `${'{"a":['.repeat(levels)}${leaf}${']}'.repeat(levels)}`;

describe.each(DATABASES)('JSON nesting limit on $name', (database) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(database);
  });
  afterAll(() => server?.close());

  // An anonymous visitor with the CSRF token any visitor can get, as the independent test had.
  const post = (url: string, payload: string, type = 'application/json') =>
    server.agent().request({ method: 'POST', url, payload, headers: { 'content-type': type } });

  it('refuses a 20,000-level body to a public portal route with a 400 problem', async () => {
    const res = await post('/api/portal/sign-in-link', nested(20_000));
    const problem = expectProblem(res, 400, 'validation');
    expect(problem.errors?.[0]).toMatchObject({ field: '(body)', in: 'body' });
    expect(problem.detail).toMatch(/nested more than/);
  });

  it('refuses deep nesting on every JSON media type (FHIR too), and the server keeps answering', async () => {
    expectProblem(await post('/api/auth/sign-in', nested(20_000)), 400, 'validation');
    const org = await server.createOrg('Depth Clinic');
    const clinician = await server.as(org.users.clinician);
    const fhir = await clinician.request({
      method: 'POST',
      url: '/fhir/R4/QuestionnaireResponse',
      payload: nested(20_000),
      headers: { 'content-type': 'application/fhir+json' },
    });
    expectProblem(fhir, 400, 'validation');
    expect((await server.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('refuses it whichever parser takes application/json: with parameters, and the raw webhook one', async () => {
    const withCharset = await post('/api/auth/sign-in', nested(20_000), 'application/json; charset=utf-8');
    expectProblem(withCharset, 400, 'validation');
    const webhook = await post('/api/public/payments/webhooks/stripe', nested(MAX_JSON_DEPTH + 1));
    expect(expectProblem(webhook, 400, 'validation').errors?.[0]).toMatchObject({ field: '(body)' });
    // Up to the limit the webhook still gets its text as sent (refused there by its signature check).
    const shallow = await post('/api/public/payments/webhooks/stripe', nested(MAX_JSON_DEPTH / 2));
    expect(shallow.json().detail ?? '').not.toMatch(/nested more than/);
  });

  it('counts brackets inside strings as text, not nesting', async () => {
    const res = await post(
      '/api/portal/sign-in-link',
      JSON.stringify({ email: `${'[{'.repeat(5000)}@x.example` }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).not.toMatch(/nested more than/);
  });

  it('takes nesting up to the limit, and still names the field of a NUL deep inside', async () => {
    const body = JSON.parse(nested(MAX_JSON_DEPTH / 2 - 1, '"x\\u0000"'));
    const res = await post('/api/portal/sign-in-link', JSON.stringify(body));
    const problem = expectProblem(res, 400, 'validation');
    expect(problem.errors?.[0]?.field).toBe(`${'a.0.'.repeat(MAX_JSON_DEPTH / 2 - 1)}`.slice(0, -1));
  });
});
