/**
 * The one place where errors become HTTP: domain errors, schema validation failures, malformed
 * bodies and anything unexpected all leave as RFC 9457 `application/problem+json`. Unexpected
 * errors are logged with the request id and answered without internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type DomainErrorKind, type FieldIssue, fieldIssue } from '../../domain/errors.ts';
import { toOperationOutcome } from '../../domain/fhir/operation-outcome.ts';
import { type AjvIssue, issueCode, isUnionNoise, plainMessage } from './plain-messages.ts';

export const PROBLEM_TYPE = (slug: string) => `urn:threshold:problem:${slug}`;

interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldIssue[];
  [extra: string]: unknown;
}

const KIND: Record<DomainErrorKind, { status: number; title: string }> = {
  validation: { status: 400, title: 'Invalid request' },
  unauthenticated: { status: 401, title: 'Not signed in' },
  'invalid-credentials': { status: 401, title: 'Sign-in failed' },
  'totp-required': { status: 401, title: 'Authentication code required' },
  forbidden: { status: 403, title: 'Not allowed' },
  'two-factor-required': { status: 403, title: 'Two-factor sign-in required' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  gone: { status: 410, title: 'No longer available' },
  'precondition-failed': { status: 412, title: 'Precondition failed' },
};

/** Sends an error: problem+json, or under /fhir the same content as a FHIR OperationOutcome. */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  if (reply.request.url.startsWith('/fhir/') || reply.request.url === '/fhir')
    return reply.code(problem.status).type(FHIR_JSON).send(toOperationOutcome(problem));
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** `/body/emergencyContact/phone` → `emergencyContact.phone` */
function pointerToField(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function fieldIssues(error: FastifyError): FieldIssue[] {
  const context = error.validationContext ?? 'body';
  const where = (context === 'querystring' ? 'query' : context) as 'body' | 'query' | 'params';
  const issues = (error.validation ?? []) as AjvIssue[];
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  // A union's other branches ("must be empty", "matches none of the forms") only restate the
  // specific issue of the same field: dropped when there is one.
  const specific = new Set(issues.filter((v) => !isUnionNoise(v)).map((v) => v.instancePath));
  for (const v of issues) {
    if (isUnionNoise(v) && specific.has(v.instancePath)) continue;
    let field = pointerToField(v.instancePath);
    if (v.keyword === 'required' && typeof v.params.missingProperty === 'string') {
      field = field ? `${field}.${v.params.missingProperty}` : v.params.missingProperty;
    }
    if (v.keyword === 'additionalProperties' && typeof v.params.additionalProperty === 'string') {
      field = field ? `${field}.${v.params.additionalProperty}` : v.params.additionalProperty;
    }
    const message = plainMessage(v);
    const key = `${field}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { code, params } = issueCode(v);
    out.push({ field: field || `(${where})`, in: where, message, code, params });
  }
  return out;
}

export function domainProblem(err: DomainError, instance?: string): Problem {
  const k = KIND[err.kind];
  return {
    type: PROBLEM_TYPE(err.kind),
    title: k.title,
    status: k.status,
    detail: err.message,
    ...(err.code ? { code: err.code, params: err.params ?? {} } : {}),
    ...(instance ? { instance } : {}),
    ...(err.fields.length ? { errors: err.fields.map((f) => ({ ...f, in: f.in ?? 'body' })) } : {}),
    ...err.extra,
  };
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const instance = request.url.split('?')[0];
    if (error instanceof DomainError) {
      return sendProblem(reply, domainProblem(error, instance));
    }
    if (error.validation) {
      const errors = fieldIssues(error);
      const detail = errors.map((e) => `${e.field} ${e.message}`).join('; ');
      return sendProblem(reply, {
        type: PROBLEM_TYPE('validation'),
        title: 'Invalid request',
        status: 400,
        detail,
        instance,
        errors,
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const slug =
        status === 429
          ? 'rate-limited'
          : status === 403 && error.code?.startsWith('FST_CSRF')
            ? 'csrf'
            : status === 413
              ? 'payload-too-large'
              : status === 415
                ? 'unsupported-media-type'
                : 'bad-request';
      const field: FieldIssue[] | undefined =
        status === 400
          ? [fieldIssue('(body)', 'request-unreadable', { reason: error.message }, 'body')]
          : undefined;
      return sendProblem(reply, {
        type: PROBLEM_TYPE(slug),
        title: status === 429 ? 'Too many requests' : status === 403 ? 'Not allowed' : 'Bad request',
        status,
        detail: error.message,
        instance,
        ...(field ? { errors: field } : {}),
      });
    }
    if (status === 503) {
      // Overloaded (src/db/pool-wait.ts): refused while waiting for a database connection.
      request.log.warn({ err: error }, 'refused: database busy');
      return sendProblem(reply.header('retry-after', '1'), {
        type: PROBLEM_TYPE('unavailable'),
        title: 'Busy, try again',
        status: 503,
        detail: 'The server is busy; please try again in a moment.',
        instance,
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, {
      type: PROBLEM_TYPE('internal'),
      title: 'Internal server error',
      status: 500,
      detail: `Something went wrong on the server. Reference: ${request.id}`,
      instance,
    });
  });
}

/** Errors Fastify raises before routing (malformed URL escapes, over-long path parameters). */
export function frameworkProblem(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
  return sendProblem(reply, {
    type: PROBLEM_TYPE(status === 414 ? 'uri-too-long' : 'bad-request'),
    title: status === 414 ? 'Path too long' : 'Bad request',
    status,
    detail:
      status === 414 ? 'A path segment is longer than any valid id.' : 'The request path is not a valid URL.',
    instance: request.url.split('?')[0],
    errors: [fieldIssue('(params)', status === 414 ? 'path-too-long' : 'url-path', {}, 'params')],
  });
}

export function notFoundProblem(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(reply, {
    type: PROBLEM_TYPE('not-found'),
    title: 'Not found',
    status: 404,
    detail: `No route ${request.method} ${request.url.split('?')[0]}`,
    instance: request.url.split('?')[0],
  });
}
