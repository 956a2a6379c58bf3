/**
 * Issue 14, finding 8: intake could learn whether a client had clinical notes — an edit sending
 * `notes: null` answered 200 when there were none and 403 when there were some (and sending a guess
 * answered 200 when it matched the stored text). Intake may not send `notes` at all now: every such
 * write answers the same 403 naming the field, whatever is stored, and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestServer, validClient } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';

describe.each(DATABASES)('clinical notes are no oracle for intake on $name', (database) => {
  let server: TestServer;
  let owner: Agent;
  let intake: Agent;

  beforeAll(async () => {
    server = await startTestServer(database);
    const org = await server.createOrg('Notes Clinic');
    owner = await server.as(org.users.owner);
    intake = await server.as(org.users.intake);
  });
  afterAll(() => server?.close());

  /** What intake sees of a client, ready to send back in an edit. */
  async function editable(notes: string | null) {
    const c = (await owner.post('/api/clients', validClient(notes === null ? {} : { notes }))).json();
    const { id, createdAt, updatedAt, archivedAt, version, ...fields } = (
      await intake.get(`/api/clients/${c.id}`)
    ).json();
    return { id, version, fields };
  }

  it('answers the same 403 naming notes for every notes value, with or without stored notes', async () => {
    const answers: string[] = [];
    for (const stored of [null, 'Clinical history']) {
      const c = await editable(stored);
      for (const sent of [null, '', 'Clinical history', 'a guess']) {
        const res = await intake.put(`/api/clients/${c.id}`, {
          ...c.fields,
          notes: sent,
          version: c.version,
        });
        const problem = expectProblem(res, 403, 'forbidden');
        expect(problem.errors).toEqual([
          { field: 'notes', in: 'body', message: 'may not be sent by your role', code: 'role-may-not-send' },
        ]);
        answers.push(`${problem.status} ${problem.detail}`);
      }
      const after = (await owner.get(`/api/clients/${c.id}`)).json();
      expect(after).toMatchObject({ version: c.version, notes: stored });
    }
    expect(new Set(answers).size).toBe(1);

    for (const sent of [null, '', 'x']) {
      expectProblem(await intake.post('/api/clients', validClient({ notes: sent })), 403, 'forbidden');
    }
  });

  it('still lets intake edit demographics without notes, keeping the stored notes', async () => {
    const c = await editable('Clinical history');
    const res = await intake.put(`/api/clients/${c.id}`, {
      ...c.fields,
      phone: '+31 20 111',
      version: c.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await owner.get(`/api/clients/${c.id}`)).json()).toMatchObject({
      notes: 'Clinical history',
      phone: '+31 20 111',
    });
  });
});
