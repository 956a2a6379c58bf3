/**
 * The server's logger. No secret reaches a log: a request is logged with its method, its path with
 * every link token replaced (`/p/<token>`, `/portal/sign-in/<token>`, `/api/portal/invitations/
 * <token>`, `/ical/<token>`, and any segment shaped like a token), its query string with every
 * value replaced (client searches are health data too), and no headers; should a header or cookie
 * ever be logged, pino's redaction blanks the ones that carry credentials.
 */
import type { FastifyRequest, FastifyServerOptions } from 'fastify';

type LoggerOptions = Exclude<FastifyServerOptions['logger'], boolean | undefined>;
/** Where log lines go (a test passes a stream to read them; otherwise stdout). */
export type LogStream = NonNullable<LoggerOptions['stream']>;

export const REDACTED = '[redacted]';

/** Path segments after which the next segment is a link token. */
const TOKEN_AFTER = new Set(['p', 'ical', 'invitations', 'sign-in']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A link token: 32 random bytes as base64url are 43 characters (src/server/tokens.ts). */
const TOKEN_SHAPED = /^[A-Za-z0-9_-]{32,}/;

const isSecretSegment = (segment: string, previous: string | undefined): boolean =>
  segment !== '' &&
  !UUID.test(segment) &&
  ((previous !== undefined && TOKEN_AFTER.has(previous)) || TOKEN_SHAPED.test(segment));

/** A request URL as it may be logged: tokens in the path and every query value replaced. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const segments = path.split('/');
  const safePath = segments.map((s, i) => (isSecretSegment(s, segments[i - 1]) ? REDACTED : s)).join('/');
  if (q === -1) return safePath;
  const query = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq === -1 ? pair : `${pair.slice(0, eq)}=${REDACTED}`;
    })
    .join('&');
  return `${safePath}?${query}`;
}

/** Header paths blanked wherever a request or response object is logged. */
const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
];

export function loggerOptions(level: string, stream?: LogStream): LoggerOptions {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
        remoteAddress: request.ip,
      }),
    },
  };
}
