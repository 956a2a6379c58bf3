/**
 * E-consent in the portal, bed allocation and pre-arrival messages (issue 16, parts 3, 6, 7) on
 * SQLite and PostgreSQL: the signature records hash and version, a new document version blocks
 * dosing clearance until signed again, a bed is never allocated twice (also at the same moment),
 * and a pre-arrival message is written once per client however often the job runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentSha256 } from '../../src/server/consents/hash.ts';
import { clearanceFor } from '../../src/server/enrollments/clearance.ts';
import { sendPreArrival } from '../../src/server/pre-arrival/service.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { seedPortalLink } from '../support/portal-fixtures.ts';
import { expectProblem } from '../support/problem.ts';
import {
  type SeededProgram,
  seedCohort,
  seedConsentDocument,
  seedEnrolledClient,
  seedProgram,
} from '../support/programs-fixtures.ts';

const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(DATABASES)('consent, rooms and pre-arrival on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let program: SeededProgram;
  const db = () => server.ctx.db.kysely;

  async function portalAgent(clientId: string): Promise<Agent> {
    const agent = server.agent();
    const res = await agent.post('/api/portal/sign-in', {
      token: await seedPortalLink(db(), org.id, clientId),
    });
    expect(res.statusCode, res.body).toBe(204);
    return agent;
  }

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Retreat House');
    owner = await server.as(org.users.owner);
    program = await seedProgram(db(), org.id);
  });
  afterAll(() => server.close());

  it('records the signature with the document hash and version; a new version blocks clearance until signed', async () => {
    const c = await seedEnrolledClient(db(), org.id, program, {
      startDate: isoDay(30),
      status: 'eligible',
      name: 'Sanne',
    });
    const client = await portalAgent(c.clientId);
    const list = await client.get('/api/portal/consents');
    expect(list.statusCode, list.body).toBe(200);
    const [item] = (
      list.json() as {
        items: {
          enrollmentId: string;
          needsSignature: boolean;
          document: { version: number; sha256: string };
        }[];
      }
    ).items;
    expect(item).toMatchObject({ enrollmentId: c.enrollmentId, needsSignature: true });
    expect(item!.document.sha256).toBe(documentSha256('I consent.'));
    const sign = (body: Record<string, unknown>) =>
      client.post(`/api/portal/consents/${c.enrollmentId}/sign`, {
        typedName: 'sanne  CLIENT',
        agreed: true,
        documentVersion: item!.document.version,
        documentSha256: item!.document.sha256,
        ...body,
      });
    await expectProblem(await sign({ typedName: 'Someone Else' }), 400);
    await expectProblem(await sign({ agreed: false }), 400);
    await expectProblem(await sign({ documentSha256: 'f'.repeat(64) }), 409);
    expect(
      (await db().selectFrom('consents').select('id').where('enrollment_id', '=', c.enrollmentId).execute())
        .length,
    ).toBe(0);
    const ok = await sign({});
    expect(ok.statusCode, ok.body).toBe(204);

    const row = await db()
      .selectFrom('consents')
      .selectAll()
      .where('enrollment_id', '=', c.enrollmentId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      document_version: item!.document.version,
      document_sha256: documentSha256('I consent.'),
      signature_name: 'sanne CLIENT',
      signature_confirmed: 1,
      method: 'electronic signature',
    });
    expect(row.signature_ip).toBeTruthy();
    const copy = await owner.get(`/api/consents/${row.id}`);
    expect(copy.statusCode, copy.body).toBe(200);
    expect(copy.json()).toMatchObject({
      document: { body: 'I consent.' },
      textVerified: true,
      signature: { typedName: 'sanne CLIENT', agreed: true },
    });
    // The one server function every dosing path calls (booking, dosing, the client page).
    const cleared = () => clearanceFor(db(), org.id, c.enrollmentId);
    expect(await cleared()).toEqual({ cleared: true, reasons: [], codes: [] });

    // A new version of the document: no dosing until the client signs it.
    await seedConsentDocument(db(), org.id, program.programId, 2);
    const blocked = await cleared();
    expect(blocked.cleared).toBe(false);
    expect(blocked.reasons).toContain('Consent to version 2 is missing (the client consented to version 1).');
    const again = (await client.get('/api/portal/consents')).json() as {
      items: { needsSignature: boolean; document: { version: number; sha256: string } }[];
    };
    expect(again.items[0]).toMatchObject({ needsSignature: true, document: { version: 2 } });
    expect(
      (await sign({ documentVersion: 2, documentSha256: again.items[0]!.document.sha256 })).statusCode,
    ).toBe(204);
    expect(await cleared()).toEqual({ cleared: true, reasons: [], codes: [] });
  });

  it('never allocates a bed twice: same cohort, at the same moment, or overlapping nights of another cohort', async () => {
    const room = await owner.post('/api/lodging/rooms', {
      name: `Linde ${database.name}`,
      sharing: 'any',
      accessible: false,
      beds: ['1', '2'],
    });
    expect(room.statusCode, room.body).toBe(201);
    const [bed1, bed2] = (room.json() as { beds: { id: string }[] }).beds;
    const cohortA = await seedCohort(db(), org.id, { programId: program.programId, startDate: isoDay(40) });
    const cohortB = await seedCohort(db(), org.id, { programId: program.programId, startDate: isoDay(42) });
    const guests = [];
    for (const name of ['Anna', 'Bram', 'Cas'])
      guests.push(
        await seedEnrolledClient(db(), org.id, program, { cohortId: cohortA, startDate: isoDay(40), name }),
      );
    const other = await seedEnrolledClient(db(), org.id, program, {
      cohortId: cohortB,
      startDate: isoDay(42),
      name: 'Dirk',
    });
    await expectProblem(
      await owner.post(`/api/cohorts/${cohortA}/lodging/assignments`, {
        enrollmentId: guests[0]!.enrollmentId,
        bedId: bed1!.id,
      }),
      409,
    );
    expect(
      (
        await owner.put(`/api/cohorts/${cohortA}/lodging/stay`, {
          arrivalDate: isoDay(40),
          departureDate: isoDay(44),
        })
      ).statusCode,
    ).toBe(200);
    await expectProblem(
      await owner.put(`/api/cohorts/${cohortB}/lodging/stay`, {
        arrivalDate: isoDay(43),
        departureDate: isoDay(42),
      }),
      400,
    );
    expect(
      (
        await owner.put(`/api/cohorts/${cohortB}/lodging/stay`, {
          arrivalDate: isoDay(42),
          departureDate: isoDay(46),
        })
      ).statusCode,
    ).toBe(200);

    const second = await server.as(org.users.intake);
    const [r1, r2] = await Promise.all([
      owner.post(`/api/cohorts/${cohortA}/lodging/assignments`, {
        enrollmentId: guests[0]!.enrollmentId,
        bedId: bed1!.id,
      }),
      second.post(`/api/cohorts/${cohortA}/lodging/assignments`, {
        enrollmentId: guests[1]!.enrollmentId,
        bedId: bed1!.id,
      }),
    ]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([201, 409]);
    // Another cohort whose nights overlap cannot take the bed.
    await expectProblem(
      await owner.post(`/api/cohorts/${cohortB}/lodging/assignments`, {
        enrollmentId: other.enrollmentId,
        bedId: bed1!.id,
      }),
      409,
    );
    const rows = await db()
      .selectFrom('bed_assignments')
      .select('enrollment_id')
      .where('bed_id', '=', bed1!.id)
      .execute();
    expect(rows).toHaveLength(1);

    const auto = await owner.post(`/api/cohorts/${cohortA}/lodging/auto-assign`);
    expect(auto.statusCode, auto.body).toBe(200);
    expect(auto.json()).toMatchObject({ placed: 1 });
    expect((auto.json() as { unplaced: string[] }).unplaced).toHaveLength(1);
    const lodging = (await owner.get(`/api/cohorts/${cohortA}/lodging`)).json() as {
      guests: { bedId: string | null }[];
    };
    const beds = lodging.guests.flatMap((g) => (g.bedId ? [g.bedId] : []));
    expect(new Set(beds).size).toBe(beds.length);
    expect(beds).toContain(bed2!.id);
    const house = await owner.get(`/api/cohorts/${cohortA}/house-list?language=nl`);
    expect(house.statusCode).toBe(200);
    expect(house.headers['content-type']).toMatch(/text\/html/);
    expect(house.body).toContain('Huislijst');
    expect(house.body).toContain('Gasten zonder bed');
  });

  it('renames a room, adds and retires beds, and never retires a bed allocated for a stay not over', async () => {
    const room = await owner.post('/api/lodging/rooms', {
      name: `Eik ${database.name}`,
      sharing: 'any',
      accessible: false,
      beds: ['1', '2'],
    });
    const { id, beds } = room.json() as { id: string; beds: { id: string; label: string }[] };
    const patch = (body: unknown) => owner.patch(`/api/lodging/rooms/${id}`, body);
    expect((await patch({ name: `Beuk ${database.name}`, addBeds: ['3'] })).statusCode).toBe(204);
    await expectProblem(await patch({ addBeds: ['3'] }), 400);
    // Renaming a bed to a label the room already has is refused; to a new one, saved.
    await expectProblem(await patch({ renameBeds: [{ id: beds[1]!.id, label: '1' }] }), 400);
    expect((await patch({ renameBeds: [{ id: beds[1]!.id, label: '2a' }] })).statusCode).toBe(204);
    await expectProblem(await patch({}), 400);
    const cohort = await seedCohort(db(), org.id, { programId: program.programId, startDate: isoDay(50) });
    const guest = await seedEnrolledClient(db(), org.id, program, {
      cohortId: cohort,
      startDate: isoDay(50),
      name: 'Fenna',
    });
    await owner.put(`/api/cohorts/${cohort}/lodging/stay`, {
      arrivalDate: isoDay(50),
      departureDate: isoDay(53),
    });
    const assigned = await owner.post(`/api/cohorts/${cohort}/lodging/assignments`, {
      enrollmentId: guest.enrollmentId,
      bedId: beds[0]!.id,
    });
    expect(assigned.statusCode, assigned.body).toBe(201);
    await expectProblem(await patch({ retireBedIds: [beds[0]!.id] }), 409);
    await expectProblem(await patch({ retired: true }), 409);
    expect((await patch({ retireBedIds: [beds[1]!.id] })).statusCode).toBe(204);
    const listed = (await owner.get('/api/lodging/rooms')).json() as {
      items: { id: string; name: string; beds: { label: string }[] }[];
    };
    const mine = listed.items.find((r) => r.id === id)!;
    expect(mine.name).toBe(`Beuk ${database.name}`);
    expect(mine.beds.map((b) => b.label).sort()).toEqual(['1', '3']);
    const before = await db()
      .selectFrom('lodging_beds')
      .select('label')
      .where('id', '=', beds[1]!.id)
      .executeTakeFirstOrThrow();
    expect(before.label).toBe('2a');
    await owner.delete(`/api/cohorts/${cohort}/lodging/assignments/${guest.enrollmentId}`);
    expect((await patch({ retired: true })).statusCode).toBe(204);
    const after = (await owner.get('/api/lodging/rooms')).json() as { items: { id: string }[] };
    expect(after.items.some((r) => r.id === id)).toBe(false);
  });

  it('writes the pre-arrival message once per client, in their language', async () => {
    const cohort = await seedCohort(db(), org.id, { programId: program.programId, startDate: isoDay(3) });
    const nl = await seedEnrolledClient(db(), org.id, program, {
      cohortId: cohort,
      startDate: isoDay(3),
      name: 'Noor',
    });
    const en = await seedEnrolledClient(db(), org.id, program, {
      cohortId: cohort,
      startDate: isoDay(3),
      name: 'Emma',
    });
    await db()
      .updateTable('clients')
      .set({ email: 'noor@example.test', language: 'nl' })
      .where('id', '=', nl.clientId)
      .execute();
    await db()
      .updateTable('clients')
      .set({ email: 'emma@example.test', language: 'en' })
      .where('id', '=', en.clientId)
      .execute();
    const text = {
      daysBefore: 7,
      whatToBring: 'Warm socks',
      travel: 'Train to Arnhem',
      arrival: '15:00',
      reading: '',
    };
    await expectProblem(
      await owner.put(`/api/cohorts/${cohort}/pre-arrival/nl`, { ...text, subject: '', daysBefore: -1 }),
      400,
    );
    expect(
      (await owner.put(`/api/cohorts/${cohort}/pre-arrival/nl`, { ...text, subject: 'Uw verblijf' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await owner.put(`/api/cohorts/${cohort}/pre-arrival/en`, { ...text, subject: 'Your stay' }))
        .statusCode,
    ).toBe(200);

    const now = new Date().toISOString();
    const counts = await Promise.all([sendPreArrival(server.ctx, now), sendPreArrival(server.ctx, now)]);
    await sendPreArrival(server.ctx, now);
    expect(counts[0]! + counts[1]!).toBe(2);
    const sent = await db()
      .selectFrom('outbox')
      .select(['client_id', 'subject', 'body'])
      .where('kind', '=', 'pre-arrival')
      .where('client_id', 'in', [nl.clientId, en.clientId])
      .orderBy('subject')
      .execute();
    expect(sent.map((m) => m.subject)).toEqual(['Uw verblijf', 'Your stay']);
    expect(sent[0]!.body).toContain('Wat neemt u mee\nWarm socks');
  });
});
