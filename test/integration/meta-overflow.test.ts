/**
 * Issue 14, finding 12: POST /api/meta/analyze with values near ±1e308 answered 500 (the pooled
 * numbers became NaN, which JSON cannot carry). Effect sizes and variances the model cannot compute
 * with, and any result that is not finite, are now a 400 problem naming the study.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';

const fine = { yi: 0.4, vi: 0.04 };

describe.each(DATABASES)('meta-analysis with extreme values on $name', (database) => {
  let server: TestServer;
  let clinician: Agent;

  beforeAll(async () => {
    server = await startTestServer(database);
    const org = await server.createOrg('Meta Clinic');
    clinician = await server.as(org.users.clinician);
  });
  afterAll(() => server?.close());

  const field = async (url: string, body: object) => {
    const problem = expectProblem(await clinician.post(url, body), 400, 'validation');
    return problem.errors?.[0]?.field;
  };

  it('refuses effects near ±1e308 with a 400 naming the study, on every route', async () => {
    const studies = [fine, { yi: 1e308, vi: 1 }, { yi: -1e308, vi: 1 }];
    for (const method of ['REML', 'DL', 'FE', 'PM']) {
      expect(await field('/api/meta/analyze', { measure: 'GEN', method, studies })).toBe('studies[1].yi');
    }
    expect(await field('/api/meta/forest.svg', { measure: 'GEN', method: 'REML', studies })).toBe(
      'studies[1].yi',
    );
    expect(await field('/api/meta/funnel.svg', { measure: 'GEN', method: 'REML', studies })).toBe(
      'studies[1].yi',
    );
  });

  it('refuses variances the model cannot weigh, naming the study', async () => {
    for (const vi of [1e-308, 1e308]) {
      const body = { measure: 'GEN', method: 'REML', studies: [fine, fine, { yi: 1, vi }] };
      expect(await field('/api/meta/analyze', body)).toBe('studies[2].vi');
    }
  });

  it('refuses means whose effect overflows, and a real-world estimate that does', async () => {
    const arm = { sd1i: 1, n1i: 10, sd2i: 1, n2i: 10 };
    const studies = [
      { m1i: 1, m2i: 2, ...arm },
      { m1i: 1e308, m2i: -1e308, ...arm },
    ];
    expect(await field('/api/meta/analyze', { measure: 'MD', method: 'REML', studies })).toBe(
      'studies[1].yi',
    );
    const body = {
      measure: 'GEN',
      method: 'REML',
      studies: [fine, fine],
      realWorld: { label: 'Our clinic', source: 'entered', yi: 1e300, vi: 1 },
    };
    expect(await field('/api/meta/analyze', body)).toBe('realWorld.yi');
  });

  it('still analyses ordinary studies', async () => {
    const res = await clinician.post('/api/meta/analyze', {
      measure: 'GEN',
      method: 'REML',
      studies: [fine, { yi: 0.2, vi: 0.05 }, { yi: 0.6, vi: 0.03 }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(Number.isFinite(res.json().estimate)).toBe(true);
  });
});
