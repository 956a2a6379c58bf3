/**
 * Organizations are walled off from each other: staff of A can neither see nor change B's clients,
 * members or audit trail, and a refusal looks exactly like "no such thing" (nothing to discover).
 * A person who belongs to both sees each organization's data only while it is the active one.
 */
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Action, can, ROLES, type Role } from '../../src/domain/access/roles.ts';
import { systemActor } from '../../src/server/audit/audit-log.ts';
import { findUserByEmail } from '../../src/server/auth/users.repository.ts';
import { addMember } from '../../src/server/organizations/service.ts';
import { DATABASES } from '../support/databases.ts';
import {
  type Agent,
  PASSWORD,
  startTestServer,
  type TestOrg,
  type TestServer,
  validClient,
} from '../support/harness.ts';
import { expectProblem, type ProblemBody } from '../support/problem.ts';

interface ClientRecord {
  id: string;
  givenName: string;
  familyName: string;
  version: number;
  archivedAt: string | null;
  updatedAt: string;
  email: string | null;
  phone: string | null;
}
interface ClientList {
  items: Array<{ id: string }>;
  total: number;
}
interface AuditPage {
  items: Array<{
    entityId: string | null;
    actorUserId: string | null;
    actorLabel: string | null;
    action: string;
  }>;
}

const DUAL_EMAIL = 'both.orgs@example.org';
const B_CLIENT = {
  givenName: 'Zephyrine',
  familyName: 'Quillfeather',
  email: 'zephyrine.quillfeather@bravo.example',
  phone: '+1 (555) 019-9777',
};

/** A problem document without the fields that name the request (the URL differs by design). */
const comparable = (res: LightMyRequestResponse) => {
  const { instance: _instance, ...rest } = res.json() as ProblemBody;
  return { httpStatus: res.statusCode, contentType: res.headers['content-type'], ...rest };
};

describe.each(DATABASES)('$name', (database) => {
  let server: TestServer;
  let orgA: TestOrg;
  let orgB: TestOrg;
  const staffA = {} as Record<Role, Agent>;
  let ownerB: Agent;
  let clientA: ClientRecord;
  let clientB: ClientRecord;
  let archivedB: ClientRecord;
  let bUserIds: string[];
  let dualUserId: string;

  const bClientIds = () => [clientB.id, archivedB.id];
  const expectUnchanged = async (before: ClientRecord) => {
    const res = await ownerB.get(`/api/clients/${before.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const now = res.json() as ClientRecord;
    expect(now).toMatchObject({
      givenName: before.givenName,
      familyName: before.familyName,
      version: before.version,
      archivedAt: before.archivedAt,
      updatedAt: before.updatedAt,
    });
  };

  beforeAll(async () => {
    server = await startTestServer(database);
    orgA = await server.createOrg('Alpha Clinic');
    orgB = await server.createOrg('Bravo Clinic');
    for (const role of ROLES) staffA[role] = await server.as(orgA.users[role]);
    ownerB = await server.as(orgB.users.owner);

    const a = await staffA.owner.post(
      '/api/clients',
      validClient({ givenName: 'Aurelia', familyName: 'Ashdown', email: 'aurelia@alpha.example' }),
    );
    expect(a.statusCode, a.body).toBe(201);
    clientA = a.json();
    const b = await ownerB.post('/api/clients', validClient(B_CLIENT));
    expect(b.statusCode, b.body).toBe(201);
    clientB = b.json();
    const b2 = await ownerB.post(
      '/api/clients',
      validClient({ givenName: 'Isidore', familyName: 'Quillfeather', email: null }),
    );
    expect(b2.statusCode, b2.body).toBe(201);
    const arch = await ownerB.post(`/api/clients/${b2.json().id}/archive`, { version: 1 });
    expect(arch.statusCode, arch.body).toBe(200);
    archivedB = arch.json();

    // One person on the staff of both organizations.
    for (const org of [orgA, orgB]) {
      await addMember(
        server.ctx,
        org.id,
        systemActor('test'),
        { email: DUAL_EMAIL, name: 'Dual Member', role: 'clinician', password: PASSWORD },
        { allowExisting: true },
      );
    }
    dualUserId = (await findUserByEmail(server.ctx.db.kysely, DUAL_EMAIL))!.id;
    bUserIds = [];
    for (const role of ROLES)
      bUserIds.push((await findUserByEmail(server.ctx.db.kysely, orgB.users[role]))!.id);
  });

  afterAll(async () => {
    await server?.close();
  });

  const readers = ROLES.filter((r) => can(r, 'client.read'));

  describe.each(readers)("A's %s", (role) => {
    it("lists only A's clients, whatever the status filter", async () => {
      for (const status of ['active', 'archived', 'all']) {
        const res = await staffA[role].get(`/api/clients?status=${status}&limit=200`);
        expect(res.statusCode, res.body).toBe(200);
        const list = res.json() as ClientList;
        const ids = list.items.map((c) => c.id);
        for (const id of bClientIds()) expect(ids).not.toContain(id);
        expect(list.total).toBe(ids.length);
        if (status !== 'archived') expect(ids).toContain(clientA.id);
      }
    });

    it("never finds B's clients, even by their exact name, email or phone", async () => {
      const queries = [
        `${B_CLIENT.givenName} ${B_CLIENT.familyName}`,
        B_CLIENT.givenName,
        B_CLIENT.familyName,
        'quillfeather',
        'Isidore',
        B_CLIENT.email,
        B_CLIENT.phone,
        '5550199777',
        'bravo.example',
      ];
      for (const q of queries) {
        for (const status of ['active', 'all']) {
          const res = await staffA[role].get(`/api/clients?status=${status}&q=${encodeURIComponent(q)}`);
          expect(res.statusCode, res.body).toBe(200);
          expect(res.json(), `q=${q}`).toEqual({ items: [], total: 0 });
        }
      }
      // The same search by B's own staff does find them: the queries are meaningful.
      const own = await ownerB.get(`/api/clients?status=all&q=${encodeURIComponent('quillfeather')}`);
      expect((own.json() as ClientList).total).toBe(2);
    });

    it("cannot read B's client: 404, the same answer as for an id that does not exist", async () => {
      for (const id of bClientIds()) {
        const res = await staffA[role].get(`/api/clients/${id}`);
        const random = await staffA[role].get(`/api/clients/${randomUUID()}`);
        expectProblem(res, 404, 'not-found');
        expect(comparable(res)).toEqual(comparable(random));
        expect(res.body).not.toMatch(/Zephyrine|Isidore|Quillfeather|bravo/i);
      }
    });
  });

  const writeAttempts: Array<{
    what: string;
    action: Action;
    send: (a: Agent, c: ClientRecord, id: string) => Promise<LightMyRequestResponse>;
  }> = [
    {
      what: 'update',
      action: 'client.update',
      send: (a, c, id) =>
        a.put(`/api/clients/${id}`, validClient({ givenName: 'Hijacked', version: c.version })),
    },
    {
      what: 'archive',
      action: 'client.archive',
      send: (a, c, id) => a.post(`/api/clients/${id}/archive`, { version: c.version }),
    },
    {
      what: 'restore',
      action: 'client.archive',
      send: (a, c, id) => a.post(`/api/clients/${id}/restore`, { version: c.version }),
    },
  ];

  describe.each(ROLES)("A's %s", (role) => {
    it.each(writeAttempts)(
      "cannot $what B's clients (404 like a random id, or 403 without the permission)",
      async ({ action, send }) => {
        for (const target of [clientB, archivedB]) {
          const res = await send(staffA[role], target, target.id);
          const random = await send(staffA[role], target, randomUUID());
          if (can(role, action)) {
            expectProblem(res, 404, 'not-found');
            expect(comparable(res)).toEqual(comparable(random));
          } else {
            expectProblem(res, 403, 'forbidden');
          }
          expect(res.body).not.toMatch(/Zephyrine|Isidore|Quillfeather/);
          await expectUnchanged(target);
        }
      },
    );
  });

  describe("A's owner", () => {
    it("sees none of B's audit events", async () => {
      const owner = staffA.owner;
      for (const id of [...bClientIds(), orgB.id, ...bUserIds]) {
        const res = await owner.get(`/api/audit?entityId=${id}`);
        expect(res.statusCode, res.body).toBe(200);
        expect((res.json() as AuditPage).items, `entityId=${id}`).toEqual([]);
      }
      for (const actor of [orgB.users.owner, bUserIds[0]!]) {
        const res = await owner.get(`/api/audit?actor=${encodeURIComponent(actor)}`);
        expect(res.statusCode, res.body).toBe(200);
        expect((res.json() as AuditPage).items, `actor=${actor}`).toEqual([]);
      }
      const all = await owner.get('/api/audit?limit=500');
      expect(all.statusCode).toBe(200);
      const items = (all.json() as AuditPage).items;
      const foreign = new Set<string>([...bClientIds(), orgB.id, ...bUserIds]);
      expect(items.length).toBeGreaterThan(0);
      expect(
        items.filter(
          (e) => (e.entityId && foreign.has(e.entityId)) || (e.actorUserId && foreign.has(e.actorUserId)),
        ),
      ).toEqual([]);
      // (A's own searches for B's names are in A's trail, as A's staff typed them; B's records are not.)
      expect(
        items.filter(
          (e) => e.action.startsWith('client.') && e.entityId !== null && e.entityId !== clientA.id,
        ),
      ).toEqual([]);
      // The filter itself works: A's own client has events.
      const own = await owner.get(`/api/audit?entityId=${clientA.id}`);
      expect((own.json() as AuditPage).items.length).toBeGreaterThan(0);
      // And B's owner does see B's.
      const b = await ownerB.get(`/api/audit?entityId=${clientB.id}`);
      expect((b.json() as AuditPage).items.length).toBeGreaterThan(0);
    });

    it("does not list B's members and cannot change or remove them (404 like a random id)", async () => {
      const owner = staffA.owner;
      const list = await owner.get('/api/members');
      expect(list.statusCode).toBe(200);
      const members = (list.json() as { items: Array<{ userId: string; email: string }> }).items;
      for (const id of bUserIds) expect(members.map((m) => m.userId)).not.toContain(id);
      expect(members.map((m) => m.email).filter((e) => Object.values(orgB.users).includes(e))).toEqual([]);

      for (const id of bUserIds) {
        const patch = await owner.patch(`/api/members/${id}`, { role: 'intake' });
        const patchRandom = await owner.patch(`/api/members/${randomUUID()}`, { role: 'intake' });
        expectProblem(patch, 404, 'not-found');
        expect(comparable(patch)).toEqual(comparable(patchRandom));
        const del = await owner.delete(`/api/members/${id}`);
        const delRandom = await owner.delete(`/api/members/${randomUUID()}`);
        expectProblem(del, 404, 'not-found');
        expect(comparable(del)).toEqual(comparable(delRandom));
      }
      const bMembers = await ownerB.get('/api/members');
      const roles = Object.fromEntries(
        (bMembers.json() as { items: Array<{ email: string; role: string }> }).items.map((m) => [
          m.email,
          m.role,
        ]),
      );
      for (const role of ROLES) expect(roles[orgB.users[role]]).toBe(role);
    });

    it('cannot switch to B: 400 naming organizationId, the same as for an organization that does not exist', async () => {
      const owner = staffA.owner;
      const res = await owner.put('/api/session/organization', { organizationId: orgB.id });
      const random = await owner.put('/api/session/organization', { organizationId: randomUUID() });
      const p = expectProblem(res, 400, 'validation');
      expect(p.errors?.map((e) => e.field)).toContain('organizationId');
      expect(comparable(res)).toEqual(comparable(random));
      const session = await owner.get('/api/session');
      expect(session.json()).toMatchObject({ activeOrganizationId: orgA.id, role: 'owner' });
      expect(
        (session.json() as { organizations: Array<{ id: string }> }).organizations.map((o) => o.id),
      ).toEqual([orgA.id]);
      const org = await owner.get('/api/organization');
      expect(org.json()).toMatchObject({ id: orgA.id, name: 'Alpha Clinic' });
    });

    it('cannot rename B by patching its own organization', async () => {
      const res = await staffA.owner.patch('/api/organization', { name: 'Alpha Clinic' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ id: orgA.id });
      const b = await ownerB.get('/api/organization');
      expect(b.json()).toMatchObject({ id: orgB.id, name: 'Bravo Clinic' });
    });
  });

  describe('a member of both organizations', () => {
    const listIds = async (a: Agent) => {
      const res = await a.get('/api/clients?status=all&limit=200');
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as ClientList).items.map((c) => c.id);
    };
    const switchTo = async (a: Agent, org: TestOrg) => {
      const res = await a.put('/api/session/organization', { organizationId: org.id });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ activeOrganizationId: org.id, role: 'clinician' });
    };

    it("sees each organization's data only while it is active", async () => {
      const dual = await server.as(DUAL_EMAIL);
      const session = (await dual.get('/api/session')).json() as { organizations: Array<{ id: string }> };
      expect(session.organizations.map((o) => o.id).sort()).toEqual([orgA.id, orgB.id].sort());

      await switchTo(dual, orgA);
      let ids = await listIds(dual);
      expect(ids).toContain(clientA.id);
      for (const id of bClientIds()) expect(ids).not.toContain(id);
      expectProblem(await dual.get(`/api/clients/${clientB.id}`), 404, 'not-found');
      expect((await dual.get(`/api/clients?q=${B_CLIENT.familyName}&status=all`)).json()).toEqual({
        items: [],
        total: 0,
      });
      expect((await dual.get(`/api/clients/${clientA.id}`)).statusCode).toBe(200);

      await switchTo(dual, orgB);
      ids = await listIds(dual);
      expect(ids.sort()).toEqual(bClientIds().sort());
      expectProblem(await dual.get(`/api/clients/${clientA.id}`), 404, 'not-found');
      expect((await dual.get('/api/clients?q=Ashdown&status=all')).json()).toEqual({ items: [], total: 0 });
      expect((await dual.get(`/api/clients/${clientB.id}`)).statusCode).toBe(200);
      expect((await dual.get('/api/organization')).json()).toMatchObject({ id: orgB.id });

      // A write lands in the active organization only.
      const created = await dual.post(
        '/api/clients',
        validClient({ givenName: 'Created', familyName: 'InBravo' }),
      );
      expect(created.statusCode, created.body).toBe(201);
      const createdId = (created.json() as ClientRecord).id;
      expect((await ownerB.get(`/api/clients/${createdId}`)).statusCode).toBe(200);
      expectProblem(await staffA.owner.get(`/api/clients/${createdId}`), 404, 'not-found');

      await switchTo(dual, orgA);
      ids = await listIds(dual);
      expect(ids).toContain(clientA.id);
      expect(ids).not.toContain(createdId);
      for (const id of bClientIds()) expect(ids).not.toContain(id);
      expectProblem(await dual.get(`/api/clients/${createdId}`), 404, 'not-found');
      // Its edits in A cannot reach B's records either.
      const put = await dual.put(
        `/api/clients/${clientB.id}`,
        validClient({ givenName: 'Hijacked', version: clientB.version }),
      );
      expectProblem(put, 404, 'not-found');
      await expectUnchanged(clientB);
    });

    it("B's audit trail shows what it did in B, A's shows what it did in A", async () => {
      const a = (await staffA.owner.get(`/api/audit?actor=${dualUserId}&limit=500`)).json() as AuditPage;
      const b = (await ownerB.get(`/api/audit?actor=${dualUserId}&limit=500`)).json() as AuditPage;
      expect(a.items.some((e) => e.entityId === clientA.id)).toBe(true);
      expect(a.items.some((e) => e.entityId && bClientIds().includes(e.entityId))).toBe(false);
      expect(b.items.some((e) => e.entityId === clientB.id)).toBe(true);
      expect(b.items.some((e) => e.entityId === clientA.id)).toBe(false);
    });
  });

  it("B's clients are exactly as B left them", async () => {
    await expectUnchanged(clientB);
    await expectUnchanged(archivedB);
    const res = await ownerB.get('/api/clients?status=all&limit=200');
    const names = (res.json() as { items: Array<{ givenName: string }> }).items.map((c) => c.givenName);
    expect(names).not.toContain('Hijacked');
  });
});
