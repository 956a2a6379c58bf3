/** Server configuration from the environment, read once at start. */
import { isIP } from 'node:net';
import { DEFAULT_DATABASE_URL } from '../db/dialect.ts';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** Set when Threshold runs behind a TLS-terminating proxy (TRUST_PROXY): cookies get `Secure`, HSTS is sent. */
  trustProxy: boolean;
  /** Whose X-Forwarded-For is believed (TRUST_PROXY): the proxies' addresses and ranges; false for none. */
  trustedProxies: false | string[];
  /** Idle session lifetime in minutes (sliding); sessions also end 7 days after sign-in. */
  sessionIdleMinutes: number;
  /** Sign-in attempts allowed per client address per minute. */
  signInPerMinute: number;
  /** Requests to invitation links allowed per client address per minute (slows down guessing). */
  portalPerMinute: number;
  /** Applications from the public form allowed per client address per minute, counted across servers (APPLY_PER_MINUTE). */
  applyPerMinute: number;
  logLevel: string;
  /** Where clients reach this server: the base of links in emails (PUBLIC_URL); defaults to http://host:port. */
  publicUrl: string;
  /**
   * Where the payment providers' APIs are (MOLLIE_API_URL, STRIPE_API_URL); null: the providers'
   * own. Tests point the official clients at loopback stand-ins (test/support/payment-stand-ins.ts).
   */
  mollieApiUrl: string | null;
  stripeApiUrl: string | null;
  /** SMTP server for outgoing email (SMTP_URL, e.g. smtp://user:pass@mail.example:587); null keeps messages in the outbox. */
  smtpUrl: string | null;
  /** The From address of outgoing email (MAIL_FROM). */
  mailFrom: string;
  /** Seconds between scheduler runs (invitations, reminders, expiry, email); 0 turns the scheduler off. */
  schedulerSeconds: number;
  /**
   * How long a server's claim on scheduled work (a job's lease) or on a batch of outgoing emails
   * holds: after a server dies, another takes its claimed work over once this passed.
   */
  leaseSeconds: number;
  /** NODE_ENV=production: THRESHOLD_SECRET_KEY is then required (no generated key file). */
  production: boolean;
  /** THRESHOLD_SECRET_KEY: 32 bytes (base64 or hex) that encrypt two-factor secrets; null: generated (development). */
  secretKey: string | null;
  /** THRESHOLD_SECRET_KEY_PREVIOUS: the key before a rotation, still accepted for opening. */
  secretKeyPrevious: string | null;
  /** Bearer token that opens /metrics to scrapers off this machine (METRICS_TOKEN); null: loopback only. */
  metricsToken: string | null;
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

function positive(name: string, n: number): number {
  if (n < 1) throw new Error(`${name} must be at least 1, got ${n}`);
  return n;
}

/** proxy-addr's names for address ranges, accepted beside addresses and CIDRs. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: empty, `0` or `false` for none; otherwise the proxies whose X-Forwarded-For is
 * believed, as a comma-separated list of addresses, CIDR ranges or proxy-addr's names (`loopback`,
 * `linklocal`, `uniquelocal`). `1` is short for `loopback`: one reverse proxy on this machine, the
 * setup the README describes. The client's address is then the one the nearest untrusted hop had,
 * whatever a client wrote before it. `true` and hop counts are refused: they would believe (or,
 * in Fastify 5, ignore) the header without knowing who sent it.
 */
export function parseTrustProxy(value: string | undefined): false | string[] {
  const v = value?.trim() ?? '';
  if (v === '' || v === '0' || v === 'false') return false;
  if (v === '1') return ['loopback'];
  const entries = v.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !isProxyAddress(e));
  if (bad.length === 0) return entries;
  throw new Error(
    `TRUST_PROXY must be the addresses of the proxies in front of Threshold (e.g. 127.0.0.1 or ` +
      `10.0.0.0/8, comma-separated; 1 for one proxy on this machine), got "${value}"` +
      (v === 'true' ? ': "true" would believe any X-Forwarded-For a client sends' : ''),
  );
}

/** METRICS_TOKEN: empty for none; otherwise at least 32 characters, so it cannot be guessed. */
export function metricsToken(value: string | undefined): string | null {
  const v = value?.trim() ?? '';
  if (v === '') return null;
  if (v.length < 32 || /\s/.test(v))
    throw new Error(
      'METRICS_TOKEN must be at least 32 characters without spaces (e.g. openssl rand -hex 32)',
    );
  return v;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const trustedProxies = parseTrustProxy(env.TRUST_PROXY);
  return {
    port: int('PORT', env.PORT, 3000),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    trustProxy: trustedProxies !== false,
    trustedProxies,
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 720),
    signInPerMinute: int('SIGN_IN_PER_MINUTE', env.SIGN_IN_PER_MINUTE, 10),
    portalPerMinute: int('PORTAL_PER_MINUTE', env.PORTAL_PER_MINUTE, 120),
    applyPerMinute: int('APPLY_PER_MINUTE', env.APPLY_PER_MINUTE, 5),
    logLevel: env.LOG_LEVEL || 'info',
    publicUrl: (env.PUBLIC_URL || `http://${env.HOST || '127.0.0.1'}:${int('PORT', env.PORT, 3000)}`).replace(
      /\/+$/,
      '',
    ),
    mollieApiUrl: env.MOLLIE_API_URL || null,
    stripeApiUrl: env.STRIPE_API_URL || null,
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || 'Threshold <no-reply@threshold.invalid>',
    schedulerSeconds: int('SCHEDULER_SECONDS', env.SCHEDULER_SECONDS, 30),
    leaseSeconds: positive('LEASE_SECONDS', int('LEASE_SECONDS', env.LEASE_SECONDS, 300)),
    production: env.NODE_ENV === 'production',
    secretKey: env.THRESHOLD_SECRET_KEY || null,
    secretKeyPrevious: env.THRESHOLD_SECRET_KEY_PREVIOUS || null,
    metricsToken: metricsToken(env.METRICS_TOKEN),
  };
}
