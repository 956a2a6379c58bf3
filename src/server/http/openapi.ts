/**
 * The OpenAPI document's systematic parts, derived from each route rather than written per route:
 * - `operationId`: the method and the path, e.g. `GET /api/clients/:id` → `getClientsById`,
 *   `POST /fhir/R4/QuestionnaireResponse` → `postFhirQuestionnaireResponse`. Unique because
 *   method + path is; a route may still name its own in `schema.operationId`.
 * - `security`: from the route's `config.access` (guard.ts), so the document says exactly what the
 *   guard checks: a session cookie (plus the CSRF header on writes) or a bearer API token.
 * - the security schemes, tag descriptions and servers.
 */
import type { RouteOptions } from 'fastify';
import type { RouteAccess } from '../auth/guard.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const pascal = (word: string) =>
  word
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/** `GET`, `/api/clients/:id/responses/:responseId` → `getClientsByIdResponsesByResponseId`. */
export function operationIdOf(method: string, url: string): string {
  const parts = url
    .split('/')
    .filter((s) => s && s !== 'api' && s !== 'R4')
    .map((s) => (s.startsWith(':') ? `By${pascal(s.slice(1))}` : pascal(s)));
  return method.toLowerCase() + parts.join('');
}

export const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'threshold_session',
    description: 'A staff session: sign in with POST /api/auth/sign-in (the browser keeps the cookie).',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'x-csrf-token',
    description:
      'With a session cookie, every write needs this header: get the value from GET /api/auth/csrf. Not needed with a bearer token.',
  },
  portal: {
    type: 'apiKey',
    in: 'cookie',
    name: 'threshold_portal',
    description: "A client's portal session (from the sign-in link emailed to them).",
  },
  bearer: {
    type: 'http',
    scheme: 'bearer',
    description:
      "An API token (Organization → API tokens, or `threshold token create`): `Authorization: Bearer thr_…`. Limited to its scopes and its member's role; no CSRF header.",
  },
} as const;

type Requirement = Record<string, string[]>;

/** What the guard accepts for a route, as OpenAPI security requirements (any one of them). */
export function securityOf(access: RouteAccess | undefined, method: string): Requirement[] {
  const write = UNSAFE.has(method.toUpperCase());
  const cookie = (name: string): Requirement => (write ? { [name]: [], csrf: [] } : { [name]: [] });
  if (access === undefined || access === 'public' || access === 'token') return [];
  if (access === 'client') return [cookie('portal')];
  if (access === 'signed-in') return [cookie('session')];
  return [cookie('session'), { bearer: [] }];
}

/** onRoute hook: gives each route its operationId and security requirements. */
export function describeOperation(route: RouteOptions): void {
  const method = Array.isArray(route.method) ? route.method[0]! : route.method;
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  route.schema = {
    ...schema,
    operationId: schema.operationId ?? operationIdOf(method, route.url),
    security: schema.security ?? securityOf(route.config?.access, method),
  } as RouteOptions['schema'];
}

export const TAGS = [
  { name: 'health', description: 'Liveness and readiness of the server' },
  { name: 'auth', description: 'Staff sign-in, sign-out, the session and the CSRF token' },
  { name: 'account', description: "The signed-in staff member's own password and two-factor sign-in" },
  { name: 'organization', description: 'Settings of the active organization' },
  { name: 'members', description: 'Staff of the organization and their roles' },
  { name: 'api-tokens', description: 'Bearer tokens for machine clients (owners only)' },
  { name: 'clients', description: 'Client records (every access audited)' },
  { name: 'audit', description: 'The hash-chained audit trail' },
  { name: 'instruments', description: 'Validated questionnaires and their scoring' },
  { name: 'responses', description: 'Questionnaire responses of a client' },
  { name: 'imports', description: 'Clients and past questionnaires from CSV (dry run, then all or nothing)' },
  { name: 'data rights', description: 'GDPR access, erasure and restriction; retention (owners)' },
  { name: 'fhir', description: 'FHIR R4 exchange (application/fhir+json; errors are OperationOutcome)' },
  { name: 'evidence', description: 'The library of published studies and their citations' },
  { name: 'meta', description: 'Meta-analysis of published effect sizes' },
  { name: 'programs', description: 'Program definitions: phases, sessions and assessments' },
  { name: 'rooms', description: 'Rooms sessions are held in' },
  { name: 'cohorts', description: 'Groups of clients going through a program together' },
  {
    name: 'front-office',
    description:
      'Retreat listings, public offerings and applications, the intake queue, offers and the waitlist',
  },
  { name: 'enrollments', description: "A client's enrollment in a program: screening, consent, status" },
  { name: 'sessions', description: 'Scheduled sessions, attendance and session notes' },
  { name: 'calendar', description: 'Calendar feeds (iCalendar) for staff and clients' },
  { name: 'dosing', description: 'Dosing records: doses, vital signs and adverse events' },
  {
    name: 'integration',
    description: 'The integration window after each dosing session: contacts, the difficult-session flag',
  },
  { name: 'at-home', description: 'At-home dosing: support person, timed check-ins and the support link' },
  { name: 'timeline', description: "A client's history in one list" },
  { name: 'portal', description: 'The client portal: invitations, questionnaires and the journal' },
  { name: 'alerts', description: 'Safety alerts raised by risk answers and vital signs' },
  { name: 'outcomes', description: 'Program outcomes: aggregates and exports' },
  { name: 'outbox', description: 'Outgoing messages (emails) and their delivery' },
];
