/**
 * Permission-matrix cases for the data subject rights routes (spread into CASES in
 * test/integration/permission-matrix.test.ts). An erasure request gets a fresh client each time.
 */
import type { Role } from '../../src/domain/access/roles.ts';
import type { Agent, TestOrg, TestServer } from './harness.ts';
import { newClientId } from './program-fixtures.ts';

interface Env {
  server: TestServer;
  org: TestOrg;
  fixtures: Agent;
  clientId: string;
  next(): number;
}
interface Req {
  url: string;
  body?: unknown;
}
type Build = (env: Env, p: { role: Role; self: Agent | null }) => Promise<Req>;
const simple = (build: Build) => ({ build });

export const DATA_RIGHTS_CASES = {
  'GET /api/clients/:id/export': simple(async (env) => ({ url: `/api/clients/${env.clientId}/export` })),
  'POST /api/clients/:id/erasure-requests': simple(async (env) => ({
    url: `/api/clients/${await newClientId(env.fixtures, { givenName: `Erase${env.next()}` })}/erasure-requests`,
    body: { requestedBy: 'client', receivedOn: '2026-01-05', scope: 'erasure', legalBasis: 'art17-1a' },
  })),
  'GET /api/data-rights': simple(async () => ({ url: '/api/data-rights' })),
  'PUT /api/data-rights/retention': simple(async () => ({
    url: '/api/data-rights/retention',
    body: { retentionYears: 20 },
  })),
};

/** Well-formed bodies for the malformed-input property test (spread into its validBodies). */
export const DATA_RIGHTS_BODIES: Record<string, Record<string, unknown>> = {
  'POST /api/clients/:id/erasure-requests': {
    requestedBy: 'client',
    receivedOn: '2026-01-05',
    scope: 'erasure',
    legalBasis: 'art17-1a',
  },
  'PUT /api/data-rights/retention': { retentionYears: 20 },
};
