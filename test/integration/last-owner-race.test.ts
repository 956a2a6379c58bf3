/**
 * Issue 14, finding 4: two owners demoting or removing each other at the same moment must not leave
 * the organization without an owner. Before the fix, PostgreSQL (read committed) let both
 * transactions count two owners and both commit in about 7 of 10 races.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/server/audit/audit-log.ts';
import * as orgRepo from '../../src/server/organizations/repository.ts';
import { addMember, changeRole, createOrganization } from '../../src/server/organizations/service.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, PASSWORD, startTestServer, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';

const ROUNDS = 10;

describe.each(DATABASES)('the last-owner rule under concurrency on $name', (database) => {
  let server: TestServer;
  let organizationId: string;
  const owners: Array<{ id: string; agent: Agent }> = [];

  beforeAll(async () => {
    server = await startTestServer(database);
    const org = await createOrganization(server.ctx, systemActor('test'), { name: 'Two Owners' });
    organizationId = org.id;
    for (const who of ['ann', 'bob']) {
      const m = await addMember(server.ctx, org.id, systemActor('test'), {
        email: `${who}@two-owners.example`,
        name: who,
        role: 'owner',
        password: PASSWORD,
      });
      owners.push({ id: m.userId, agent: await server.as(m.email) });
    }
  });
  afterAll(() => server.close());

  /** Puts both back as owners between rounds, as an administrator with the database would. */
  async function restoreBothOwners() {
    const db = server.ctx.db.kysely;
    for (const o of owners) {
      if (await orgRepo.getMembership(db, organizationId, o.id))
        await orgRepo.updateMembershipRole(db, organizationId, o.id, 'owner');
      else await orgRepo.insertMembership(db, organizationId, o.id, 'owner', new Date().toISOString());
    }
  }

  const mutual = {
    demote: (me: Agent, other: string) => me.patch(`/api/members/${other}`, { role: 'clinician' }),
    remove: (me: Agent, other: string) => me.delete(`/api/members/${other}`),
  };

  it(`keeps an owner in ${ROUNDS} races of mutual demotion and removal; the loser gets a problem`, async () => {
    const [a, b] = owners as [(typeof owners)[0], (typeof owners)[0]];
    for (let round = 0; round < ROUNDS; round++) {
      await restoreBothOwners();
      const kindA = round % 3 === 1 ? 'remove' : 'demote';
      const kindB = round % 3 === 0 ? 'demote' : 'remove';
      const [ra, rb] = await Promise.all([mutual[kindA](a.agent, b.id), mutual[kindB](b.agent, a.id)]);

      const owned = await orgRepo.countOwners(server.ctx.db.kysely, organizationId);
      expect(owned, `round ${round}: owners left`).toBe(1);
      const ok = [ra, rb].filter((r) => r.statusCode === 200 || r.statusCode === 204);
      expect(ok, `round ${round}: ${ra.statusCode} ${rb.statusCode}`).toHaveLength(1);
      const loser = ok[0] === ra ? rb : ra;
      // 409 when both requests were admitted and the second waited for the lock (the race the
      // finding is about); 403 when the loser's request arrived after it had already lost its role.
      expect([409, 403]).toContain(loser.statusCode);
      expectProblem(loser, loser.statusCode);
    }
  });

  it('refuses a change by an owner demoted while the request waited (409), even promoting itself', async () => {
    await restoreBothOwners();
    const a = owners[0]!;
    const scopeOfA = {
      organizationId,
      role: 'owner' as const,
      actor: { userId: a.id, label: null, ip: null },
    };
    await orgRepo.updateMembershipRole(server.ctx.db.kysely, organizationId, a.id, 'clinician');
    // Its request was admitted as owner; by the time it acts, it is a clinician: no promotion of itself.
    await expect(changeRole(server.ctx, scopeOfA, a.id, 'owner')).rejects.toMatchObject({
      kind: 'conflict',
    });
    const mine = await orgRepo.getMembership(server.ctx.db.kysely, organizationId, a.id);
    expect(mine?.role).toBe('clinician');
  });
});
