/**
 * Outgoing email over SMTP with nodemailer (SMTP_URL). Without SMTP_URL there is no mailer and
 * messages stay in the outbox for staff to read. nodemailer (about 15 MB resident) is loaded only
 * when there is an SMTP_URL.
 */
import { createRequire } from 'node:module';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

export function createMailer(smtpUrl: string | null, from: string): Mailer | null {
  if (!smtpUrl) return null;
  const nodemailer = createRequire(import.meta.url)('nodemailer') as typeof import('nodemailer');
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
