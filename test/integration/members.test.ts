import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CRISIS_MESSAGE } from '../../src/domain/portal/crisis.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';

describe.each(DATABASES)('members and organization settings on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Team Clinic');
    owner = await server.as(org.users.owner);
  });
  afterAll(() => server.close());

  it('lists members with roles', async () => {
    const items = (await owner.get('/api/members')).json().items;
    expect(items).toHaveLength(5);
    expect(items.find((m: { email: string }) => m.email === org.users.intake)).toMatchObject({
      role: 'intake',
      totpEnabled: false,
    });
  });

  it('adds a new staff member who can then sign in with the given role', async () => {
    const weak = await owner.post('/api/members', {
      email: 'new@team.example',
      name: 'New Person',
      role: 'facilitator',
      password: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].field).toBe('password');
    const res = await owner.post('/api/members', {
      email: 'New@Team.example',
      name: 'New Person',
      role: 'facilitator',
      password: 'a good long password',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'new@team.example', role: 'facilitator' });
    const again = await owner.post('/api/members', {
      email: 'new@team.example',
      name: 'x',
      role: 'facilitator',
    });
    expect(again.statusCode).toBe(409);
    const signIn = await server.agent().signIn('new@team.example', 'a good long password');
    expect(signIn.json().role).toBe('facilitator');
  });

  it('changes roles and removes members, never leaving the organization without an owner', async () => {
    const members = (await owner.get('/api/members')).json().items as Array<{
      userId: string;
      email: string;
    }>;
    const ownerId = members.find((m) => m.email === org.users.owner)!.userId;
    const clinicianId = members.find((m) => m.email === org.users.clinician)!.userId;

    const demoteLast = await owner.patch(`/api/members/${ownerId}`, { role: 'clinician' });
    expect(demoteLast.statusCode).toBe(409);
    expect((await owner.delete(`/api/members/${ownerId}`)).statusCode).toBe(409);

    const promoted = await owner.patch(`/api/members/${clinicianId}`, { role: 'owner' });
    expect(promoted.json().role).toBe('owner');
    const badRole = await owner.patch(`/api/members/${clinicianId}`, { role: 'admin' });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().errors[0]).toMatchObject({
      field: 'role',
      message: expect.stringContaining('owner, clinician'),
    });

    const clinician = await server.as(org.users.clinician);
    expect((await clinician.get('/api/members')).statusCode).toBe(200);
    expect((await owner.patch(`/api/members/${clinicianId}`, { role: 'clinician' })).statusCode).toBe(200);
    expect((await clinician.get('/api/members')).statusCode).toBe(403);

    expect((await owner.delete(`/api/members/${clinicianId}`)).statusCode).toBe(204);
    const s = await clinician.get('/api/session');
    expect(s.json()).toMatchObject({ role: null, activeOrganizationId: null, permissions: [] });
    expect((await clinician.get('/api/clients')).statusCode).toBe(403);
  });

  it('renames the organization and audits the change', async () => {
    const res = await owner.patch('/api/organization', { name: 'Team Clinic Amsterdam' });
    expect(res.json()).toMatchObject({ name: 'Team Clinic Amsterdam', slug: org.slug });
    expect((await owner.patch('/api/organization', {})).statusCode).toBe(400);
    const audit = (await owner.get('/api/audit?action=organization.update')).json().items;
    expect(audit[0].details).toEqual({ name: 'Team Clinic Amsterdam' });
  });

  it('sets, trims and clears the crisis-support message (owners only), naming the field when refused', async () => {
    expect((await owner.get('/api/organization')).json()).toMatchObject({ crisisMessage: null });
    expect(DEFAULT_CRISIS_MESSAGE.en).toMatch(/contact your therapist/);

    const message = 'Call our on-call line: +31 20 555 0100.\nIn danger now? Call 112.';
    const set = await owner.patch('/api/organization', { crisisMessage: `  ${message}\n ` });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ crisisMessage: message });
    expect((await owner.get('/api/organization')).json().crisisMessage).toBe(message);
    const audit = (await owner.get('/api/audit?action=organization.update')).json().items;
    expect(audit[0].details).toEqual({ crisisMessage: message });

    // Another setting leaves it alone.
    const renamed = await owner.patch('/api/organization', { name: 'Team Clinic' });
    expect(renamed.json().crisisMessage).toBe(message);

    const tooLong = await owner.patch('/api/organization', { crisisMessage: 'x'.repeat(2001) });
    expectProblem(tooLong, 400);
    expect(tooLong.json().errors.map((e: { field: string }) => e.field)).toContain('crisisMessage');
    expect((await owner.patch('/api/organization', { crisisMessage: 42 })).statusCode).toBe(400);
    const atLimit = await owner.patch('/api/organization', { crisisMessage: 'y'.repeat(2000) });
    expect(atLimit.json().crisisMessage).toBe('y'.repeat(2000));

    const facilitator = await server.as(org.users.facilitator);
    expect((await facilitator.get('/api/organization')).statusCode).toBe(200);
    const refused = await facilitator.patch('/api/organization', { crisisMessage: 'Not mine to write' });
    expectProblem(refused, 403);
    expect((await owner.get('/api/organization')).json().crisisMessage).toBe('y'.repeat(2000));

    for (const blank of ['', '   \n ', null]) {
      expect((await owner.patch('/api/organization', { crisisMessage: message })).statusCode).toBe(200);
      const cleared = await owner.patch('/api/organization', { crisisMessage: blank });
      expect(cleared.statusCode).toBe(200);
      expect(cleared.json().crisisMessage).toBeNull();
      expect((await owner.get('/api/organization')).json().crisisMessage).toBeNull();
    }
  });
});
