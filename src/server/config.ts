/** Server configuration from the environment, read once at start. */
import { DEFAULT_DATABASE_URL } from '../db/dialect.ts';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** Set when Threshold runs behind a TLS-terminating proxy: cookies get `Secure`, client IPs come from X-Forwarded-For. */
  trustProxy: boolean;
  /** Idle session lifetime in minutes (sliding); sessions also end 7 days after sign-in. */
  sessionIdleMinutes: number;
  /** Sign-in attempts allowed per client address per minute. */
  signInPerMinute: number;
  /** Requests to invitation links allowed per client address per minute (slows down guessing). */
  portalPerMinute: number;
  logLevel: string;
  /** Where clients reach this server: the base of links in emails (PUBLIC_URL); defaults to http://host:port. */
  publicUrl: string;
  /** SMTP server for outgoing email (SMTP_URL, e.g. smtp://user:pass@mail.example:587); null keeps messages in the outbox. */
  smtpUrl: string | null;
  /** The From address of outgoing email (MAIL_FROM). */
  mailFrom: string;
  /** Seconds between scheduler runs (invitations, reminders, expiry, email); 0 turns the scheduler off. */
  schedulerSeconds: number;
  /** NODE_ENV=production: THRESHOLD_SECRET_KEY is then required (no generated key file). */
  production: boolean;
  /** THRESHOLD_SECRET_KEY: 32 bytes (base64 or hex) that encrypt two-factor secrets; null: generated (development). */
  secretKey: string | null;
  /** THRESHOLD_SECRET_KEY_PREVIOUS: the key before a rotation, still accepted for opening. */
  secretKeyPrevious: string | null;
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int('PORT', env.PORT, 3000),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 720),
    signInPerMinute: int('SIGN_IN_PER_MINUTE', env.SIGN_IN_PER_MINUTE, 10),
    portalPerMinute: int('PORTAL_PER_MINUTE', env.PORTAL_PER_MINUTE, 120),
    logLevel: env.LOG_LEVEL || 'info',
    publicUrl: (env.PUBLIC_URL || `http://${env.HOST || '127.0.0.1'}:${int('PORT', env.PORT, 3000)}`).replace(
      /\/+$/,
      '',
    ),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || 'Threshold <no-reply@threshold.invalid>',
    schedulerSeconds: int('SCHEDULER_SECONDS', env.SCHEDULER_SECONDS, 30),
    production: env.NODE_ENV === 'production',
    secretKey: env.THRESHOLD_SECRET_KEY || null,
    secretKeyPrevious: env.THRESHOLD_SECRET_KEY_PREVIOUS || null,
  };
}
