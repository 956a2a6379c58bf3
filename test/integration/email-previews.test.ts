/**
 * Issue 14, finding 13: invitation subjects named the instrument ("PCL-5", a PTSD checklist), which a
 * phone shows on its lock screen. For every instrument, in English and Dutch, first sends and
 * reminders alike, the subject, the preview text and the body up to the first link say only "your
 * check-in from <organization>"; each questionnaire is named below its link, all of a day's in one
 * email (issue 15). Sign-in and alert emails name no instrument either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../src/domain/instruments/registry.ts';
import { runScheduledWork } from '../../src/server/scheduler.ts';
import { DATABASES } from '../support/databases.ts';
import { startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { seedPortalClient } from '../support/portal-fixtures.ts';
import { seedProgram, testDefinition } from '../support/programs-fixtures.ts';

const DAY = 86_400_000;

/** What a lock screen or a mail list shows: the subject, and the body before the first link. */
const previewOf = (m: { subject: string; body: string }) => {
  const link = m.body.search(/https?:\/\//);
  return `${m.subject}\n${link === -1 ? m.body : m.body.slice(0, link)}`;
};

const namesOf = (i: (typeof INSTRUMENTS)[number]) => [i.id, i.shortName, i.name];

describe.each(DATABASES)('email subjects and previews on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  const db = () => server.ctx.db.kysely;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Preview Clinic');
  });
  afterAll(() => server?.close());

  it('name no instrument in any subject or preview, in English and Dutch, sent and reminded', async () => {
    const program = await seedProgram(db(), org.id, {
      definition: testDefinition({
        assessments: INSTRUMENTS.map((i) => ({
          key: `${i.id}-baseline`,
          instrumentId: i.id,
          label: 'Baseline',
          anchor: 'enrollment' as const,
          dosingNumbers: null,
          offset: { amount: 0, unit: 'days' as const },
          window: { beforeDays: 0, afterDays: 14 },
          arms: null,
        })),
        reminderEveryDays: 3,
      }),
    });
    const clients = await Promise.all(
      (['en', 'nl'] as const).map((language) => seedPortalClient(db(), org.id, program, { language })),
    );
    const now = new Date();
    await runScheduledWork(server.ctx, null, now);
    await runScheduledWork(server.ctx, null, new Date(now.getTime() + 3 * DAY + 60_000));
    const intake = await server.as(org.users.intake);
    for (const c of clients) await intake.post(`/api/clients/${c.clientId}/portal-link`, {});

    const mails = await db().selectFrom('outbox').select(['kind', 'subject', 'preview', 'body']).execute();
    const kinds = (kind: string) => mails.filter((m) => m.kind === kind);
    // Every questionnaire due the same day in one check-in email per client (issue 15).
    expect(kinds('invitation')).toHaveLength(2);
    expect(kinds('reminder')).toHaveLength(2);
    expect(kinds('portal-link')).toHaveLength(2);

    for (const m of mails) {
      const preview = `${previewOf(m)}\n${m.preview ?? ''}`.toLowerCase();
      for (const i of INSTRUMENTS)
        for (const name of namesOf(i))
          expect(preview, `${m.subject}: ${name}`).not.toContain(name.toLowerCase());
    }
    for (const m of [...kinds('invitation'), ...kinds('reminder')]) {
      expect(m.subject).toMatch(
        /^(Reminder: y|Y)our check-in from Preview Clinic$|^(Herinnering: u|U)w check-in van Preview Clinic$/,
      );
      // Who opens the email still learns which questionnaires, each below its link.
      for (const i of INSTRUMENTS) expect(m.body).toContain(i.shortName);
    }
  });
});
