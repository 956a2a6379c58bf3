/**
 * Cohorts of a cohort program: clients who start together on one start date. Creating a cohort
 * generates the program's group sessions (in the cohort's room, with its facilitators); the roster
 * is read with the clients' names, so reading a cohort is audited.
 */
import { randomUUID } from 'node:crypto';
import type {
  Cohort,
  CohortCreate,
  CohortSummary,
  CohortUpdate,
  FacilitatorChoices,
} from '../../api/cohorts.ts';
import { can, isRole, ROLES, type Role } from '../../domain/access/roles.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { planSessions } from '../../domain/programs/schedule.ts';
import type { EnrollmentStatus, Phase } from '../../domain/programs/types.ts';
import { checkPlacesFitRoom } from '../../domain/scheduling/room-capacity.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { organizationTimezone } from '../organizations/repository.ts';
import { checkCalendarDate } from '../programs/dates.ts';
import { loadDefinition, requireProgram } from '../programs/service.ts';
import { getRoom } from '../rooms/repository.ts';
import { insertPlannedSessions } from '../sessions/writer.ts';
import * as repo from './repository.ts';

export const clientName = (c: { given_name: string; family_name: string; preferred_name: string | null }) =>
  `${c.preferred_name?.trim() || c.given_name} ${c.family_name}`;

async function summaries(trx: Tx, organizationId: string, rows: repo.CohortRow[]): Promise<CohortSummary[]> {
  const ids = rows.map((r) => r.id);
  const [facilitators, counts] = await Promise.all([
    repo.facilitatorsOf(trx, organizationId, ids),
    repo.enrolledCounts(trx, organizationId, ids),
  ]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    program: { id: r.program_id, name: r.program_name },
    programVersion: r.program_version,
    startDate: r.start_date,
    location: r.location,
    room: r.room_id ? { id: r.room_id, name: r.room_name ?? '', capacity: r.room_capacity ?? 0 } : null,
    capacity: r.capacity,
    enrolled: counts.get(r.id) ?? 0,
    facilitators: facilitators
      .filter((f) => f.cohort_id === r.id)
      .map((f) => ({ id: f.user_id, name: f.name })),
    cancelledAt: r.cancelled_at,
  }));
}

export async function requireCohort(trx: Tx, organizationId: string, id: string): Promise<repo.CohortRow> {
  const c = await repo.getCohort(trx, organizationId, id);
  if (!c) throw notFound('Cohort');
  return c;
}

/** Facilitators must be members of the organization whose role runs sessions. */
export async function checkFacilitators(
  trx: Tx,
  organizationId: string,
  userIds: string[],
): Promise<string[]> {
  const unique = [...new Set(userIds)];
  const members = await repo.activeMembers(trx, organizationId, unique);
  for (const [i, id] of userIds.entries()) {
    const m = members.find((x) => x.user_id === id);
    if (!m || !isRole(m.role) || !can(m.role, 'session.run')) {
      throw invalid(`facilitatorIds.${i}`, 'not-member-organization-who-runs');
    }
  }
  return unique;
}

/** The room (of this organization, not archived) and the places checked against what it holds. */
async function checkRoom(
  trx: Tx,
  organizationId: string,
  input: { roomId?: string | null | undefined; capacity: number; exceedRoomCapacity?: boolean | undefined },
): Promise<string | null> {
  if (!input.roomId) return null;
  const room = await getRoom(trx, organizationId, input.roomId);
  if (!room) throw invalid('roomId', 'not-room-organization');
  if (room.archived_at) throw invalid('roomId', 'archived-room');
  checkPlacesFitRoom(input.capacity, room, input.exceedRoomCapacity === true);
  return room.id;
}

/**
 * Members who can facilitate (their role runs sessions), for whoever staffs cohorts: names and
 * roles only, so a clinical lead can assign facilitators without the owner's member management.
 */
export async function facilitatorChoices(ctx: AppContext, scope: OrgScope): Promise<FacilitatorChoices> {
  const roles = ROLES.filter((r) => can(r, 'session.run'));
  const rows = await repo.staffWithRoles(ctx.db.kysely, scope.organizationId, roles);
  return {
    items: rows
      .filter((r) => isRole(r.role))
      .map((r) => ({ userId: r.user_id, name: r.name, role: r.role as Role })),
  };
}

const cleanText = (s: string | null | undefined) => {
  const t = s?.trim();
  return t ? t : null;
};

function cleanName(name: string): string {
  const n = name.trim();
  if (!n) throw invalid('name', 'required');
  return n;
}

export async function listCohorts(
  ctx: AppContext,
  scope: OrgScope,
  programId: string | undefined,
): Promise<CohortSummary[]> {
  return transaction(ctx, async (trx) =>
    summaries(trx, scope.organizationId, await repo.listCohorts(trx, scope.organizationId, programId)),
  );
}

async function readCohort(trx: Tx, organizationId: string, row: repo.CohortRow) {
  const [[summary], roster, sessions] = await Promise.all([
    summaries(trx, organizationId, [row]),
    repo.roster(trx, organizationId, row.id),
    repo.groupSessions(trx, organizationId, row.id),
  ]);
  const cohort: Cohort = {
    ...summary!,
    version: row.version,
    roster: roster.map((r) => ({
      enrollmentId: r.enrollment_id,
      clientId: r.client_id,
      name: clientName(r),
      arm: r.arm,
      status: r.status as EnrollmentStatus,
    })),
    sessions: sessions.map((s) => ({
      id: s.id,
      name: s.name,
      phase: s.phase as Phase,
      kind: s.kind as 'personal' | 'group',
      dosing: s.dosing === 1,
      startsAt: s.starts_at,
      endsAt: s.ends_at,
      status: s.status as Cohort['sessions'][number]['status'],
    })),
  };
  return cohort;
}

/** A cohort with its roster (clients' names: audited as 'cohort.view') and group sessions. */
export async function viewCohort(ctx: AppContext, scope: OrgScope, id: string): Promise<Cohort> {
  return transaction(ctx, async (trx) => {
    const cohort = await readCohort(
      trx,
      scope.organizationId,
      await requireCohort(trx, scope.organizationId, id),
    );
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'cohort.view',
      entityType: 'cohort',
      entityId: id,
      details: { clientIds: cohort.roster.map((r) => r.clientId) },
    });
    return cohort;
  });
}

export async function createCohort(ctx: AppContext, scope: OrgScope, input: CohortCreate): Promise<Cohort> {
  const name = cleanName(input.name);
  const startDate = checkCalendarDate('startDate', input.startDate);
  const id = randomUUID();
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const program = await requireProgram(trx, scope.organizationId, input.programId);
    if (program.archived_at) throw conflict('program-archived-cohort', { name: program.name });
    if (program.format !== 'cohort') {
      throw invalid('programId', 'individual-program-cohorts-cohort-programs');
    }
    const roomId = await checkRoom(trx, scope.organizationId, input);
    const facilitatorIds = await checkFacilitators(trx, scope.organizationId, input.facilitatorIds);
    const definition = await loadDefinition(trx, scope.organizationId, program.id, program.current_version);
    const timezone = await organizationTimezone(trx, scope.organizationId);
    await repo.insertCohort(
      trx,
      scope.organizationId,
      {
        id,
        programId: program.id,
        programVersion: program.current_version,
        name,
        startDate,
        location: cleanText(input.location),
        roomId,
        capacity: input.capacity,
      },
      now,
    );
    await repo.setFacilitators(trx, scope.organizationId, id, facilitatorIds);
    const planned = planSessions(definition, { startDate, timezone, arm: null, kind: 'group' });
    const sessions = await insertPlannedSessions(
      trx,
      scope.organizationId,
      { programId: program.id, cohortId: id, enrollmentId: null, roomId, facilitatorIds },
      planned,
      now,
    );
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'cohort.create',
      entityType: 'cohort',
      entityId: id,
      details: {
        programId: program.id,
        programVersion: program.current_version,
        roomId,
        facilitatorIds,
        capacity: input.capacity,
        groupSessions: sessions.length,
      },
    });
    return readCohort(trx, scope.organizationId, (await repo.getCohort(trx, scope.organizationId, id))!);
  });
}

export async function updateCohort(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: CohortUpdate,
): Promise<Cohort> {
  const name = cleanName(input.name);
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const before = await requireCohort(trx, scope.organizationId, id);
    if (before.version !== input.version) {
      throw conflict(
        'cohort-version-stale',
        { seen: input.version, current: before.version },
        { current: await readCohort(trx, scope.organizationId, before) },
      );
    }
    const roomId = await checkRoom(trx, scope.organizationId, input);
    const facilitatorIds = await checkFacilitators(trx, scope.organizationId, input.facilitatorIds);
    const enrolled = (await repo.enrolledCounts(trx, scope.organizationId, [id])).get(id) ?? 0;
    if (input.capacity < enrolled) {
      throw conflict('cohort-capacity-below-enrolled', { enrolled });
    }
    const location = cleanText(input.location);
    if (
      !(await repo.updateCohort(
        trx,
        scope.organizationId,
        id,
        input.version,
        { name, location, roomId, capacity: input.capacity },
        now,
      ))
    ) {
      const current = (await repo.getCohort(trx, scope.organizationId, id))!;
      throw conflict(
        'cohort-stale',
        {},
        {
          current: await readCohort(trx, scope.organizationId, current),
        },
      );
    }
    const oldFacilitators = (await repo.facilitatorsOf(trx, scope.organizationId, [id])).map(
      (f) => f.user_id,
    );
    const facilitatorsChanged =
      oldFacilitators.length !== facilitatorIds.length ||
      oldFacilitators.some((u) => !facilitatorIds.includes(u));
    if (facilitatorsChanged) await repo.setFacilitators(trx, scope.organizationId, id, facilitatorIds);
    let sessionsUpdated = 0;
    if (facilitatorsChanged || roomId !== before.room_id) {
      sessionsUpdated = await repo.reassignFutureGroupSessions(
        trx,
        scope.organizationId,
        id,
        { roomId, facilitatorIds: facilitatorsChanged ? facilitatorIds : null },
        now,
      );
    }
    const fields = [
      ...(name !== before.name ? ['name'] : []),
      ...(location !== before.location ? ['location'] : []),
      ...(roomId !== before.room_id ? ['roomId'] : []),
      ...(input.capacity !== before.capacity ? ['capacity'] : []),
      ...(facilitatorsChanged ? ['facilitatorIds'] : []),
    ];
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'cohort.update',
      entityType: 'cohort',
      entityId: id,
      details: { fields, version: input.version + 1, sessionsUpdated },
    });
    return readCohort(trx, scope.organizationId, (await repo.getCohort(trx, scope.organizationId, id))!);
  });
}
