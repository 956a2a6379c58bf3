/**
 * The organization's licensed CEQ copy: none until imported (scoring is 409), installed whole by an
 * owner or clinician (refused by field when incomplete, nothing stored), read by every role, scored
 * with the organization's own key, and invisible to another organization.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ceqAnswers, TEST_CEQ_COPY } from '../support/ceq-copy.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';

describe.each(DATABASES)('the licensed CEQ copy on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let clinician: Agent;
  let facilitator: Agent;
  let researcher: Agent;
  let stranger: Agent;
  const rows = async () =>
    Number(
      (
        await server.ctx.db.kysely
          .selectFrom('licensed_instrument_copies')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('CEQ Clinic');
    const other = await server.createOrg('Other CEQ Clinic');
    clinician = await server.as(org.users.clinician);
    facilitator = await server.as(org.users.facilitator);
    researcher = await server.as(org.users.researcher);
    stranger = await server.as(other.users.clinician);
  });
  afterAll(() => server.close());

  it('has no copy until one is imported; scoring without one is 409', async () => {
    expect((await facilitator.get('/api/ceq/copy')).json()).toMatchObject({ installed: false, items: [] });
    expectProblem(await clinician.post('/api/ceq/score', { answers: ceqAnswers(1) }), 409);
  });

  it('refuses an incomplete copy by field, storing nothing; a facilitator cannot import', async () => {
    const noItem = await clinician.put('/api/ceq/copy', {
      ...TEST_CEQ_COPY,
      items: TEST_CEQ_COPY.items.slice(1),
    });
    expect(expectProblem(noItem, 400).errors?.[0]?.field).toMatch(/items/);
    const badKey = await clinician.put('/api/ceq/copy', {
      ...TEST_CEQ_COPY,
      key: { ...TEST_CEQ_COPY.key, paranoia: [7, 14, 1] },
    });
    expect(expectProblem(badKey, 400).errors?.map((e) => e.field)).toContain('key.paranoia');
    expectProblem(await facilitator.put('/api/ceq/copy', TEST_CEQ_COPY), 403);
    expect(await rows()).toBe(0);
  });

  it('installs a copy (clinician), readable by every role, and scores with its key (hand-computed)', async () => {
    const res = await clinician.put('/api/ceq/copy', TEST_CEQ_COPY);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ installed: true, language: 'en', licence: 'Test licence note' });
    expect((await researcher.get('/api/ceq/copy')).json().items).toHaveLength(26);
    // grief items 1, 8, 15, 22 = 5, everything else 0: grief 5, total 20 / 26
    const answers = { ...ceqAnswers(0), q1: 5, q8: 5, q15: 5, q22: 5 };
    const scored = await facilitator.post('/api/ceq/score', { answers });
    expect(scored.statusCode, scored.body).toBe(200);
    expect(scored.json().subscales).toMatchObject({ grief: 5, fear: 0, paranoia: 0 });
    expect(scored.json().total).toBeCloseTo(20 / 26, 12);
    const missing = await facilitator.post('/api/ceq/score', { answers: { ...answers, q26: null } });
    expect(expectProblem(missing, 400).errors?.[0]?.field).toBe('answers.q26');
    expect(await rows()).toBe(1);
  });

  it('keeps the copy to its organization', async () => {
    expect((await stranger.get('/api/ceq/copy')).json().installed).toBe(false);
    expectProblem(await stranger.post('/api/ceq/score', { answers: ceqAnswers(1) }), 409);
  });
});
