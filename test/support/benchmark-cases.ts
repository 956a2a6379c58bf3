/**
 * Permission-matrix cases for published outcome summaries (issue 19, part 7): the staff settings,
 * publish and withdraw, and the public list and document. One valid request per route (spread into
 * CASES in test/integration/permission-matrix.test.ts); a withdrawal gets a freshly published
 * program of its own.
 */
import type { Role } from '../../src/domain/access/roles.ts';
import type { Agent, TestOrg, TestServer } from './harness.ts';
import { outcomeDefinition } from './outcome-fixtures.ts';
import { seedProgram } from './programs-fixtures.ts';

interface Env {
  server: TestServer;
  org: TestOrg;
  fixtures: Agent;
  clientId: string;
  next(): number;
}
type Build = (env: Env, p: { role: Role; self: Agent | null }) => Promise<{ url: string; body?: unknown }>;
const simple = (build: Build) => ({ build });

/** A program with PHQ-9 outcomes, published. */
async function publishedProgram(env: Env): Promise<string> {
  const db = env.server.ctx.db.kysely;
  const { programId } = await seedProgram(db, env.org.id, {
    definition: outcomeDefinition(`Published ${env.next()}`),
  });
  await db
    .insertInto('public_benchmarks')
    .values({
      organization_id: env.org.id,
      program_id: programId,
      instrument_id: 'phq-9',
      min_cell_size: 10,
      study_ids: '[]',
      published_by_user_id: null,
      published_at: new Date().toISOString(),
    })
    .execute();
  return programId;
}

const shared = new WeakMap<Env, Promise<string>>();
const publishedOnce = (env: Env): Promise<string> => {
  let p = shared.get(env);
  if (!p) {
    p = publishedProgram(env);
    shared.set(env, p);
  }
  return p;
};

export const BENCHMARK_CASES = {
  'GET /api/programs/:id/benchmark': simple(async (env) => ({
    url: `/api/programs/${await publishedOnce(env)}/benchmark`,
  })),
  'PUT /api/programs/:id/benchmark': simple(async (env) => ({
    url: `/api/programs/${await publishedOnce(env)}/benchmark`,
    body: { instrumentId: 'phq-9', minCellSize: 10, studyIds: [] },
  })),
  'DELETE /api/programs/:id/benchmark': simple(async (env) => ({
    url: `/api/programs/${await publishedProgram(env)}/benchmark`,
  })),
  'GET /api/public/organizations/:orgSlug/benchmarks': simple(async (env) => ({
    url: `/api/public/organizations/${env.org.slug}/benchmarks`,
  })),
  'GET /api/public/organizations/:orgSlug/benchmarks/:programId': simple(async (env) => ({
    url: `/api/public/organizations/${env.org.slug}/benchmarks/${await publishedOnce(env)}`,
  })),
};
