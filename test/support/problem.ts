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
  return String(res.headers['content-type'] ?? '').startsWith('application/problem+json');
}

/**
 * Checks that a response is a problem document whose `status` is the HTTP status, and, when given,
 * that the status (and problem type slug) are the expected ones. Returns the parsed body.
 */
export function expectProblem(res: LightMyRequestResponse, status?: number, typeSlug?: string): ProblemBody {
  const where = `${res.statusCode} ${res.headers['content-type']} ${res.body.slice(0, 300)}`;
  if (status !== undefined) expect(res.statusCode, where).toBe(status);
  expect(res.headers['content-type'], where).toMatch(/^application\/problem\+json/);
  const body = res.json() as ProblemBody;
  expect(typeof body.type, where).toBe('string');
  expect(typeof body.title, where).toBe('string');
  expect(body.title.length, where).toBeGreaterThan(0);
  expect(body.status, where).toBe(res.statusCode);
  if (typeSlug !== undefined) expect(body.type, where).toBe(`urn:threshold:problem:${typeSlug}`);
  return body;
}
