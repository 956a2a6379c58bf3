/**
 * Email over SMTP, through a real SMTP server on loopback (smtp-server), on both databases: an
 * invitation is delivered once however many senders run at once; a server that is down leaves the
 * message queued with the error, and it goes out on a later run. What arrives is read back with
 * mailparser.
 */
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../src/server/outbox/mailer.ts';
import { deliverOutbox } from '../../src/server/outbox/service.ts';
import { runScheduledWork } from '../../src/server/scheduler.ts';
import { DATABASES } from '../support/databases.ts';
import { startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { portalProgram, seedPortalClient } from '../support/portal-fixtures.ts';

class Inbox {
  readonly mails: ParsedMail[] = [];
  private server: SMTPServer | null = null;
  port = 0;

  async start(port = 0): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, done) => {
        simpleParser(stream)
          .then((mail) => {
            this.mails.push(mail);
            done();
          })
          .catch(done);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}/?ignoreTLS=true`;
  }
}

describe.each(DATABASES)('email over SMTP on $name', (database) => {
  const inbox = new Inbox();
  let server: TestServer;
  let org: TestOrg;

  beforeAll(async () => {
    await inbox.start();
    server = await startTestServer(database, {
      smtpUrl: inbox.url,
      mailFrom: 'Threshold <clinic@test.example>',
    });
    org = await server.createOrg('Mail Clinic');
  });
  afterAll(async () => {
    await server?.close();
    await inbox.stop();
  });

  it('delivers an invitation once, however many senders run at once', async () => {
    const db = server.ctx.db.kysely;
    const c = await seedPortalClient(db, org.id, await portalProgram(db, org.id), { name: 'Mailed' });
    const mailer = createMailer(inbox.url, server.ctx.config.mailFrom)!;
    await runScheduledWork(server.ctx, null);
    const queued = await db.selectFrom('outbox').selectAll().where('client_id', '=', c.clientId).execute();
    expect(queued.map((m) => m.status)).toEqual(['queued']);

    const sent = await Promise.all([deliverOutbox(server.ctx, mailer), deliverOutbox(server.ctx, mailer)]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
    await deliverOutbox(server.ctx, mailer);
    const mine = inbox.mails.filter((m) => m.subject?.includes('Mail Clinic'));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.to && 'text' in mine[0]!.to ? mine[0]!.to.text : '').toBe(c.email);
    expect(mine[0]!.from?.text).toContain('clinic@test.example');
    expect(mine[0]!.text).toMatch(/\/p\/[A-Za-z0-9_-]{40,}/);
    const after = await db.selectFrom('outbox').selectAll().where('client_id', '=', c.clientId).execute();
    expect(after[0]).toMatchObject({ status: 'sent', attempts: 1 });
    mailer.close();
  });

  it('sends HTML and plain text (multipart/alternative), marked automated, HTML escaped', async () => {
    const db = server.ctx.db.kysely;
    const other = await server.createOrg('Kliniek <script>alert(1)</script> & "Zon"');
    const c = await seedPortalClient(db, other.id, await portalProgram(db, other.id), {
      name: 'Anouk',
      language: 'nl',
    });
    await runScheduledWork(server.ctx, null);
    const stored = await db
      .selectFrom('outbox')
      .selectAll()
      .where('client_id', '=', c.clientId)
      .executeTakeFirstOrThrow();
    const mailer = createMailer(inbox.url, server.ctx.config.mailFrom)!;
    await deliverOutbox(server.ctx, mailer);
    mailer.close();
    const mail = inbox.mails.find((m) => m.text?.includes('Beste Anouk'))!;
    expect(mail).toBeDefined();
    // The subject still names only the organization, never the questionnaire.
    expect(mail.subject).toBe('Uw check-in van Kliniek <script>alert(1)</script> & "Zon"');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.headers.get('x-auto-response-suppress')).toBe('All');
    expect(
      String(
        mail.headers.get('content-type') && (mail.headers.get('content-type') as { value: string }).value,
      ),
    ).toBe('multipart/alternative');
    expect(mail.text?.trim()).toBe(stored.body.trim());
    const html = String(mail.html);
    expect(html).toContain('<html lang="nl">');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Kliniek &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zon&quot;');
    const link = /\/p\/[A-Za-z0-9_-]{40,}/.exec(stored.body)![0];
    expect(html).toContain(`<a href="${server.ctx.config.publicUrl}${link}"`);
  });

  it('keeps a message queued with the error while the SMTP server is down, and sends it later', async () => {
    const db = server.ctx.db.kysely;
    const c = await seedPortalClient(db, org.id, await portalProgram(db, org.id), { name: 'Later' });
    await runScheduledWork(server.ctx, null);
    const port = inbox.port;
    await inbox.stop();
    const mailer = createMailer(inbox.url, server.ctx.config.mailFrom)!;
    expect(await deliverOutbox(server.ctx, mailer)).toBe(0);
    const failed = await db
      .selectFrom('outbox')
      .selectAll()
      .where('client_id', '=', c.clientId)
      .executeTakeFirstOrThrow();
    expect(failed).toMatchObject({ status: 'queued', attempts: 1 });
    expect(failed.last_error).toBeTruthy();
    mailer.close();

    await inbox.start(port);
    const again = createMailer(inbox.url, server.ctx.config.mailFrom)!;
    expect(await deliverOutbox(server.ctx, again)).toBe(1);
    expect(inbox.mails.filter((m) => m.text?.includes('Dear Later'))).toHaveLength(1);
    again.close();
  });
});
