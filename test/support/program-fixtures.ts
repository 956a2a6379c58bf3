/**
 * Helpers for the program, cohort and enrollment tests: users' ids, the stored sessions of an
 * enrollment or a cohort (read straight from the database, as the calendar would show them).
 */
import { findUserByEmail } from '../../src/server/auth/users.repository.ts';
import type { Agent, TestServer } from './harness.ts';
import { validClient } from './harness.ts';

export async function userIdOf(server: TestServer, email: string): Promise<string> {
  const u = await findUserByEmail(server.ctx.db.kysely, email);
  if (!u) throw new Error(`no user ${email}`);
  return u.id;
}

export interface StoredSession {
  id: string;
  planKey: string | null;
  name: string;
  phase: string;
  kind: string;
  dosing: boolean;
  startsAt: string;
  endsAt: string;
  status: string;
  roomId: string | null;
  enrollmentId: string | null;
  cohortId: string | null;
  facilitatorIds: string[];
}

async function facilitators(server: TestServer, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (!ids.length) return map;
  const rows = await server.ctx.db.kysely
    .selectFrom('session_facilitators')
    .select(['session_id', 'user_id'])
    .where('session_id', 'in', ids)
    .execute();
  for (const r of rows) map.set(r.session_id, [...(map.get(r.session_id) ?? []), r.user_id].sort());
  return map;
}

/** The sessions an enrollment attends (its personal ones and its cohort's group ones), with its booking. */
export async function attendedSessions(
  server: TestServer,
  enrollmentId: string,
): Promise<Array<StoredSession & { booking: string }>> {
  const rows = await server.ctx.db.kysely
    .selectFrom('session_attendees as a')
    .innerJoin('program_sessions as s', 's.id', 'a.session_id')
    .selectAll('s')
    .select('a.booking')
    .where('a.enrollment_id', '=', enrollmentId)
    .orderBy('s.starts_at')
    .orderBy('s.plan_key')
    .execute();
  const f = await facilitators(
    server,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...toStored(r), facilitatorIds: f.get(r.id) ?? [], booking: r.booking }));
}

/** Every session stored for an enrollment (personal) or a cohort (group), cancelled ones included. */
export async function storedSessions(
  server: TestServer,
  where: { enrollmentId: string } | { cohortId: string },
): Promise<StoredSession[]> {
  let q = server.ctx.db.kysely.selectFrom('program_sessions').selectAll();
  q =
    'enrollmentId' in where
      ? q.where('enrollment_id', '=', where.enrollmentId)
      : q.where('cohort_id', '=', where.cohortId).where('enrollment_id', 'is', null);
  const rows = await q.orderBy('starts_at').orderBy('plan_key').execute();
  const f = await facilitators(
    server,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...toStored(r), facilitatorIds: f.get(r.id) ?? [] }));
}

function toStored(r: {
  id: string;
  plan_key: string | null;
  name: string;
  phase: string;
  kind: string;
  dosing: number;
  starts_at: string;
  ends_at: string;
  status: string;
  room_id: string | null;
  enrollment_id: string | null;
  cohort_id: string | null;
}): Omit<StoredSession, 'facilitatorIds'> {
  return {
    id: r.id,
    planKey: r.plan_key,
    name: r.name,
    phase: r.phase,
    kind: r.kind,
    dosing: r.dosing === 1,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    status: r.status,
    roomId: r.room_id,
    enrollmentId: r.enrollment_id,
    cohortId: r.cohort_id,
  };
}

export async function newClientId(agent: Agent, over: Record<string, unknown> = {}): Promise<string> {
  const res = await agent.post('/api/clients', validClient(over));
  if (res.statusCode !== 201) throw new Error(`client: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

/** A program created from a template, as the given agent. */
export async function programFromTemplate(agent: Agent, templateId: string) {
  const res = await agent.post('/api/programs', { templateId });
  if (res.statusCode !== 201) throw new Error(`program ${templateId}: ${res.statusCode} ${res.body}`);
  return res.json() as {
    id: string;
    name: string;
    currentVersion: number;
    format: string;
    definition: import('../../src/domain/programs/types.ts').ProgramDefinition;
  };
}

export const CONSENT_TEXT = {
  title: 'Informed consent',
  body: 'I understand the risks and benefits of this program, and that I may withdraw at any time.',
};
