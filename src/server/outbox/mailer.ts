/**
 * Outgoing email over SMTP with nodemailer (SMTP_URL). Without SMTP_URL there is no mailer and
 * messages stay in the outbox for staff to read. nodemailer (about 15 MB resident) is loaded only
 * when there is an SMTP_URL. Every message Threshold sends is automated, so each carries
 * `Auto-Submitted: auto-generated` (RFC 3834: auto-responders must not answer it) and Microsoft's
 * `X-Auto-Response-Suppress: All` (no out-of-office replies); with an HTML part it goes out as
 * multipart/alternative, the plain text first.
 */
import { createRequire } from 'node:module';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** The same message as HTML (src/server/outbox/html.ts). */
  html?: string;
  /** The outbox id: the Message-ID's local part, the same on every attempt to send this message. */
  messageId?: string;
}

export const AUTOMATED_HEADERS = {
  'Auto-Submitted': 'auto-generated',
  'X-Auto-Response-Suppress': 'All',
} as const;

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
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        ...(mail.messageId ? { messageId: `<${mail.messageId}@${messageIdDomain(from)}>` } : {}),
        headers: { ...AUTOMATED_HEADERS },
      });
    },
    close: () => transport.close(),
  };
}

/** The sender address's domain (where Message-IDs are unique), or a reserved one. */
function messageIdDomain(from: string): string {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'threshold.invalid';
}
