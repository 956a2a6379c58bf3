/** Assertions for RFC 9457 problem+json responses. */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: Array<{ field: string; in?: string; message: string }>;
  [extra: string]: unknown;
}

export function isProblemResponse(res: LightMyRequestResponse): boolean {
  const type = String(res.headers['content-type'] ?? '');
  if (type.startsWith('application/problem+json')) return true;
  return type.startsWith('application/fhir+json') && /"resourceType"\s*:\s*"OperationOutcome"/.test(res.body);
}

interface OutcomeIssue {
  severity: string;
  code: string;
  details?: { coding?: Array<{ system?: string; code?: string }>; text?: string };
  diagnostics?: string;
  expression?: string[];
}

/**
 * A /fhir error is a FHIR OperationOutcome carrying the problem document's content: read it back
 * as one (type from the details coding, fields from the expressions), so refusal assertions are
 * written once for both shapes.
 */
function outcomeAsProblem(res: LightMyRequestResponse, where: string): ProblemBody {
  const body = res.json() as { resourceType: string; issue: OutcomeIssue[] };
  expect(body.resourceType, where).toBe('OperationOutcome');
  expect(body.issue.length, where).toBeGreaterThan(0);
  const first = body.issue[0]!;
  const slug = first.details?.coding?.find((c) => c.system === 'urn:threshold:problem')?.code;
  expect(slug, where).toBeTruthy();
  const errors = body.issue
    .filter((i) => i.expression?.length || /^\((body|query|params)\): /.test(i.diagnostics ?? ''))
    .map((i) => {
      const expr = i.expression?.[0] ?? /^\((\w+)\)/.exec(i.diagnostics!)![0];
      const query = expr.startsWith('http.');
      const field = query ? expr.slice(5) : expr;
      return {
        field,
        in: query ? 'query' : 'body',
        message: (i.diagnostics ?? '').replace(`${field}: `, ''),
      };
    });
  return {
    type: `urn:threshold:problem:${slug}`,
    title: first.details?.text ?? '',
    status: res.statusCode,
    detail: body.issue.map((i) => i.diagnostics).join('; '),
    ...(errors.length ? { errors } : {}),
  };
}

/**
 * Checks that a response is a problem document whose `status` is the HTTP status, and, when given,
 * that the status (and problem type slug) are the expected ones. Returns the parsed body.
 */
export function expectProblem(res: LightMyRequestResponse, status?: number, typeSlug?: string): ProblemBody {
  const where = `${res.statusCode} ${res.headers['content-type']} ${res.body.slice(0, 300)}`;
  if (status !== undefined) expect(res.statusCode, where).toBe(status);
  if (String(res.headers['content-type']).startsWith('application/fhir+json')) {
    const body = outcomeAsProblem(res, where);
    if (typeSlug !== undefined) expect(body.type, where).toBe(`urn:threshold:problem:${typeSlug}`);
    return body;
  }
  expect(res.headers['content-type'], where).toMatch(/^application\/problem\+json/);
  const body = res.json() as ProblemBody;
  expect(typeof body.type, where).toBe('string');
  expect(typeof body.title, where).toBe('string');
  expect(body.title.length, where).toBeGreaterThan(0);
  expect(body.status, where).toBe(res.statusCode);
  if (typeSlug !== undefined) expect(body.type, where).toBe(`urn:threshold:problem:${typeSlug}`);
  return body;
}
