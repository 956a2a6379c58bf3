/**
 * The stored outcome columns (migration 0031, src/server/outcomes/snapshot.ts) on both databases:
 * a process that starts after a view reads the program's snapshot instead of its derived rows and
 * gives the identical report; a response or enrollment that changes afterwards is read on top of
 * it (the report stays identical to one computed from the rows); an enrollment that leaves the
 * program (archived, erased) deletes the snapshot, whose scores would otherwise outlive it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffOutcomes as Outcomes } from '../../src/api/outcomes.ts';
import { type Db, openDatabase } from '../../src/db/dialect.ts';
import { AuditLog, systemActor } from '../../src/server/audit/audit-log.ts';
import type { OrgScope } from '../../src/server/context.ts';
import { outcomeCache } from '../../src/server/outcomes/cache.ts';
import { deriveStale } from '../../src/server/outcomes/derive.ts';
import { programOutcomes } from '../../src/server/outcomes/service.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { at, enrollWithScores, outcomeDefinition, phq9AnswersFor } from '../support/outcome-fixtures.ts';
import { seedProgram } from '../support/programs-fixtures.ts';

const PEOPLE = [
  { path: ['screening', 'eligible', 'consented', 'active', 'completed'], scores: [20, 10, 8] },
  { path: ['screening', 'eligible', 'consented', 'active', 'completed'], scores: [16, 12, 6] },
  { path: ['screening', 'eligible', 'consented', 'active', 'completed'], scores: [12, 4, 4] },
  { path: ['screening', 'eligible', 'consented', 'active', 'withdrawn'], scores: [18, null, null] },
];

describe.each(DATABASES)('stored outcome columns on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let clinician: Agent;
  let programId: string;
  const clients: string[] = [];
  const opened: Db[] = [];
  const db = () => server.ctx.db.kysely;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Snapshot Clinic');
    clinician = await server.as(org.users.clinician);
    programId = (await seedProgram(db(), org.id, { definition: outcomeDefinition('Snapshot program') }))
      .programId;
    for (const [i, p] of PEOPLE.entries()) {
      const { clientId } = await enrollWithScores(server, clinician, org.id, programId, {
        ...p,
        enrollmentId: `00000000-0000-4000-8000-0000000001${String(i + 1).padStart(2, '0')}`,
      });
      clients.push(clientId);
    }
  });
  afterAll(async () => {
    for (const d of opened) await d.close();
    await server?.close();
  });

  const scope = (): OrgScope => ({ organizationId: org.id, role: 'clinician', actor: systemActor('test') });
  /** The report as a process would give it: the server's, or a newly started one's (own cache). */
  const reportIn = async (dialect: Db) => {
    const ctx = { db: dialect, audit: new AuditLog(dialect.dialect), config: server.ctx.config };
    const { generatedAt: _, ...report } = (await programOutcomes(ctx, scope(), programId, {})) as Outcomes;
    await outcomeCache(dialect).saved();
    return report;
  };
  const newProcess = () => {
    const d = openDatabase(server.url);
    opened.push(d);
    return d;
  };
  const snapshot = () =>
    db()
      .selectFrom('outcome_snapshots')
      .select(['epoch', 'revision'])
      .where('organization_id', '=', org.id)
      .where('program_id', '=', programId)
      .executeTakeFirst();
  const programState = () =>
    db()
      .selectFrom('outcome_programs')
      .select(['epoch', 'revision'])
      .where('organization_id', '=', org.id)
      .where('program_id', '=', programId)
      .executeTakeFirstOrThrow();

  it('stores the columns after a view, and a new process reads them instead of the rows', async () => {
    const first = await reportIn(server.ctx.db);
    const stored = await snapshot();
    const state = await programState();
    expect(stored && { epoch: Number(stored.epoch), revision: Number(stored.revision) }).toEqual({
      epoch: Number(state.epoch),
      revision: Number(state.revision),
    });
    expect(await reportIn(newProcess())).toEqual(first);

    // Proof that the new process read the snapshot: a derived row changed behind the revision's
    // back (never done by the product) is not seen by it, while the rows say otherwise.
    const row = await db()
      .selectFrom('outcome_series')
      .select(['enrollment_id', 'points'])
      .where('organization_id', '=', org.id)
      .where('program_id', '=', programId)
      .orderBy('enrollment_id')
      .executeTakeFirstOrThrow();
    await db()
      .updateTable('outcome_series')
      .set({ points: '[]' })
      .where('enrollment_id', '=', row.enrollment_id)
      .execute();
    try {
      expect(await reportIn(newProcess())).toEqual(first);
    } finally {
      await db()
        .updateTable('outcome_series')
        .set({ points: row.points })
        .where('enrollment_id', '=', row.enrollment_id)
        .execute();
    }
  });

  it('reads a response that came in after the snapshot on top of it, identical to the rows', async () => {
    await reportIn(server.ctx.db);
    const before = await snapshot();
    const r = await clinician.post(`/api/clients/${clients[3]}/responses`, {
      instrumentId: 'phq-9',
      answers: phq9AnswersFor(9),
      administeredAt: at(90),
    });
    expect(r.statusCode, r.body).toBe(201);
    await deriveStale(db(), org.id);
    expect(Number((await programState()).revision)).toBeGreaterThan(Number(before!.revision));

    const fromSnapshot = await reportIn(newProcess());
    expect(fromSnapshot.report!.timepoints[2]).toMatchObject({ expected: 4, assessed: 4 });
    // The same report as from the rows alone: the snapshot removed, a new process reads them all.
    await db().deleteFrom('outcome_snapshots').where('organization_id', '=', org.id).execute();
    expect(await reportIn(newProcess())).toEqual(fromSnapshot);
  });

  it('deletes the snapshot when an enrollment leaves the program, and never uses another epoch', async () => {
    await reportIn(newProcess()); // a full read: stores a snapshot again
    expect(await snapshot()).toBeDefined();
    const archived = await clinician.post(`/api/clients/${clients[3]}/archive`, { version: 1 });
    expect(archived.statusCode, archived.body).toBe(200);
    await deriveStale(db(), org.id);
    expect(await snapshot()).toBeUndefined();
    const report = await reportIn(newProcess());
    expect(report.report!.timepoints[2]).toMatchObject({ expected: 3, assessed: 3 });
    const stored = await snapshot();
    expect(Number(stored!.epoch)).toBe(Number((await programState()).epoch));
  });
});
