/**
 * Accommodation for retreats: lodging rooms with beds (not the treatment rooms of src/server/rooms),
 * a cohort's nights, each guest's diet, access needs and roommate wish, and the allocation of
 * guests to beds — by hand or by the domain's autoAssign. A bed is never over-allocated: one guest
 * per bed per cohort (unique constraint), and across cohorts whose nights overlap the domain check
 * runs under the bed row's lock, so simultaneous allocations of one bed run one after the other.
 * Every change is audited; reading a cohort's guests (their needs) is audited.
 */
import { randomUUID } from 'node:crypto';
import type {
  AssignInput,
  CohortLodging,
  GuestNeeds,
  LodgingGuest,
  LodgingRoom,
  LodgingRoomCreate,
  StayInput,
} from '../../api/lodging.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { autoAssign } from '../../domain/lodging/allocate.ts';
import {
  checkBedFree,
  type Guest,
  type Room,
  roomRefusal,
  type Stay,
  staysOverlap,
} from '../../domain/lodging/beds.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import * as repo from './repository.ts';

/** Enrollments that have a place in the cohort and so a bed to sleep in. */
export const GUEST_STATUSES = ['eligible', 'consented', 'active'] as const;

async function roomsOf(trx: Tx, org: string): Promise<LodgingRoom[]> {
  const [rooms, beds] = await Promise.all([repo.listRooms(trx, org), repo.listBeds(trx, org)]);
  return rooms.map((r) => ({
    id: r.id,
    name: r.name,
    sharing: r.sharing === 'same-gender' ? 'same-gender' : 'any',
    accessible: r.accessible === 1,
    note: r.note,
    beds: beds.filter((b) => b.room_id === r.id).map((b) => ({ id: b.id, label: b.label })),
  }));
}

export const listRooms = (ctx: AppContext, scope: OrgScope) =>
  transaction(ctx, (trx) => roomsOf(trx, scope.organizationId));

export async function createRoom(
  ctx: AppContext,
  scope: OrgScope,
  input: LodgingRoomCreate,
): Promise<LodgingRoom> {
  const name = input.name.trim();
  if (!name) throw invalid('name', 'required');
  const labels = input.beds.map((b) => b.trim());
  labels.forEach((l, i) => {
    if (!l) throw invalid(`beds.${i}`, 'required');
    if (labels.indexOf(l) !== i) throw invalid(`beds.${i}`, 'bed-repeated', { label: l });
  });
  const id = randomUUID();
  const org = scope.organizationId;
  return transaction(ctx, async (trx) => {
    const taken = await trx
      .selectFrom('lodging_rooms')
      .select('id')
      .where('organization_id', '=', org)
      .where('name', '=', name)
      .executeTakeFirst();
    if (taken) throw invalid('name', 'name-another-room');
    const now = new Date().toISOString();
    await trx
      .insertInto('lodging_rooms')
      .values({
        id,
        organization_id: org,
        name,
        sharing: input.sharing,
        accessible: input.accessible ? 1 : 0,
        note: input.note?.trim() || null,
        archived_at: null,
        created_at: now,
      })
      .execute();
    for (const label of labels) {
      await trx
        .insertInto('lodging_beds')
        .values({ id: randomUUID(), organization_id: org, room_id: id, label, archived_at: null })
        .execute();
    }
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'lodging.room.create',
      entityType: 'lodging-room',
      entityId: id,
      details: { beds: labels.length },
    });
    return (await roomsOf(trx, org)).find((r) => r.id === id)!;
  });
}

async function requireCohort(trx: Tx, org: string, cohortId: string) {
  const c = await repo.getCohort(trx, org, cohortId);
  if (!c) throw notFound('Cohort');
  return c;
}

const stayOf = (s: { arrival_date: string; departure_date: string } | undefined): Stay | null =>
  s ? { arrival: s.arrival_date, departure: s.departure_date } : null;

async function readLodging(trx: Tx, org: string, cohortId: string): Promise<CohortLodging> {
  const [stayRow, rooms, guests] = await Promise.all([
    repo.getStay(trx, org, cohortId),
    roomsOf(trx, org),
    repo.cohortGuests(trx, org, cohortId, GUEST_STATUSES),
  ]);
  const stay = stayOf(stayRow);
  const elsewhere = stay
    ? (
        await repo.bedStaysElsewhere(
          trx,
          org,
          cohortId,
          rooms.flatMap((r) => r.beds.map((b) => b.id)),
        )
      )
        .filter((t) => staysOverlap(stay, { arrival: t.arrival_date, departure: t.departure_date }))
        .map((t) => t.bed_id)
    : [];
  return {
    cohortId,
    stay: stay ? { arrivalDate: stay.arrival, departureDate: stay.departure } : null,
    rooms,
    guests: guests.map(
      (g): LodgingGuest => ({
        enrollmentId: g.enrollment_id,
        client: { id: g.client_id, name: `${g.given_name} ${g.family_name}` },
        diet: g.diet ?? null,
        accessNeeds: g.access_needs ?? null,
        needsAccessibleRoom: g.needs_accessible_room === 1,
        roommateClientId: g.roommate_client_id ?? null,
        bedId: g.bed_id ?? null,
      }),
    ),
    takenElsewhere: [...new Set(elsewhere)].sort(),
  };
}

export async function cohortLodging(
  ctx: AppContext,
  scope: OrgScope,
  cohortId: string,
): Promise<CohortLodging> {
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    await requireCohort(trx, org, cohortId);
    const out = await readLodging(trx, org, cohortId);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'lodging.view',
      entityType: 'cohort',
      entityId: cohortId,
      details: { clientIds: out.guests.map((g) => g.client.id) },
    });
    return out;
  });
}

export async function setStay(
  ctx: AppContext,
  scope: OrgScope,
  cohortId: string,
  input: StayInput,
): Promise<CohortLodging> {
  for (const [field, v] of [
    ['arrivalDate', input.arrivalDate],
    ['departureDate', input.departureDate],
  ] as const) {
    if (
      Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ||
      new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v
    )
      throw invalid(field, 'calendar-date');
  }
  if (input.departureDate <= input.arrivalDate) throw invalid('departureDate', 'after-arrival-date');
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    await requireCohort(trx, org, cohortId);
    const assigned = await trx
      .selectFrom('bed_assignments')
      .select('bed_id')
      .where('organization_id', '=', org)
      .where('cohort_id', '=', cohortId)
      .execute();
    // Longer nights must not run into another cohort's allocation of the same beds.
    for (const a of assigned) await repo.lockBed(trx, org, a.bed_id);
    const stay = { arrival: input.arrivalDate, departure: input.departureDate };
    const others = await repo.bedStaysElsewhere(
      trx,
      org,
      cohortId,
      assigned.map((a) => a.bed_id),
    );
    for (const o of others)
      checkBedFree({ label: o.bed_id }, stay, [{ arrival: o.arrival_date, departure: o.departure_date }]);
    const now = new Date().toISOString();
    await trx
      .insertInto('lodging_stays')
      .values({
        cohort_id: cohortId,
        organization_id: org,
        arrival_date: stay.arrival,
        departure_date: stay.departure,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc
          .column('cohort_id')
          .doUpdateSet({ arrival_date: stay.arrival, departure_date: stay.departure, updated_at: now }),
      )
      .execute();
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'lodging.stay.set',
      entityType: 'cohort',
      entityId: cohortId,
      details: { arrivalDate: stay.arrival, departureDate: stay.departure },
    });
    return readLodging(trx, org, cohortId);
  });
}

export async function setNeeds(
  ctx: AppContext,
  scope: OrgScope,
  enrollmentId: string,
  input: GuestNeeds,
): Promise<void> {
  await transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const e = await trx
      .selectFrom('enrollments')
      .select(['id', 'client_id', 'cohort_id'])
      .where('organization_id', '=', org)
      .where('id', '=', enrollmentId)
      .executeTakeFirst();
    if (!e) throw notFound('Enrollment');
    if (input.roommateClientId !== null) {
      if (input.roommateClientId === e.client_id)
        throw invalid('roommateClientId', 'cannot-client-themselves');
      const mate = await trx
        .selectFrom('enrollments')
        .select('id')
        .where('organization_id', '=', org)
        .where('client_id', '=', input.roommateClientId)
        .where('cohort_id', '=', e.cohort_id ?? '')
        .executeTakeFirst();
      if (!mate) throw invalid('roommateClientId', 'not-client-same-cohort');
    }
    const values = {
      diet: input.diet?.trim() || null,
      access_needs: input.accessNeeds?.trim() || null,
      needs_accessible_room: input.needsAccessibleRoom ? 1 : 0,
      roommate_client_id: input.roommateClientId,
      updated_at: new Date().toISOString(),
    };
    await trx
      .insertInto('lodging_guests')
      .values({ enrollment_id: e.id, organization_id: org, client_id: e.client_id, ...values })
      .onConflict((oc) => oc.column('enrollment_id').doUpdateSet(values))
      .execute();
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'lodging.needs.set',
      entityType: 'enrollment',
      entityId: e.id,
      details: {
        clientId: e.client_id,
        fields: ['diet', 'accessNeeds', 'needsAccessibleRoom', 'roommateClientId'],
      },
    });
  });
}

const guestOf = (
  g: CohortLodging['guests'][number],
  rows: Awaited<ReturnType<typeof repo.cohortGuests>>,
  all: CohortLodging['guests'],
): Guest => {
  const row = rows.find((r) => r.enrollment_id === g.enrollmentId)!;
  const mate = g.roommateClientId ? all.find((o) => o.client.id === g.roommateClientId) : undefined;
  return {
    enrollmentId: g.enrollmentId,
    name: g.client.name,
    gender: row.gender?.trim() || row.sex_at_birth,
    needsAccessibleRoom: g.needsAccessibleRoom,
    roommate: mate?.enrollmentId ?? null,
  };
};

async function insertAssignment(
  ctx: AppContext,
  trx: Tx,
  scope: OrgScope,
  cohortId: string,
  g: { enrollmentId: string; clientId: string },
  bedId: string,
) {
  const id = randomUUID();
  try {
    await trx
      .insertInto('bed_assignments')
      .values({
        id,
        organization_id: scope.organizationId,
        cohort_id: cohortId,
        bed_id: bedId,
        enrollment_id: g.enrollmentId,
        client_id: g.clientId,
        assigned_by_user_id: scope.actor.userId,
        created_at: new Date().toISOString(),
      })
      .execute();
  } catch (err) {
    // The unique constraints (bed per cohort, guest per cohort) are the last word.
    if (/unique|23505/i.test(String((err as { code?: string }).code ?? '') + String(err))) {
      throw conflict('bed-allocation-concurrent');
    }
    throw err;
  }
  await ctx.audit.append(trx, scope.actor, {
    organizationId: scope.organizationId,
    action: 'lodging.assign',
    entityType: 'cohort',
    entityId: cohortId,
    details: { enrollmentId: g.enrollmentId, clientId: g.clientId, bedId },
  });
}

/** Allocates one guest to one bed, checking the bed is free for every night and the room allows them. */
export async function assign(
  ctx: AppContext,
  scope: OrgScope,
  cohortId: string,
  input: AssignInput,
): Promise<CohortLodging> {
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    await requireCohort(trx, org, cohortId);
    if (!(await repo.lockBed(trx, org, input.bedId))) throw invalid('bedId', 'not-bed-organization');
    const stayRow = await repo.getStay(trx, org, cohortId);
    const stay = stayOf(stayRow);
    if (!stay) throw conflict('cohort-nights-missing');
    const rows = await repo.cohortGuests(trx, org, cohortId, GUEST_STATUSES);
    const current = await readLodging(trx, org, cohortId);
    const guest = current.guests.find((g) => g.enrollmentId === input.enrollmentId);
    if (!guest) throw invalid('enrollmentId', 'not-guest-cohort-eligible-consented');
    if (guest.bedId) throw conflict('guest-has-bed', { name: guest.client.name });
    const room = current.rooms.find((r) => r.beds.some((b) => b.id === input.bedId))!;
    const bed = room.beds.find((b) => b.id === input.bedId)!;
    const here = await repo.bedAssignment(trx, org, cohortId, bed.id);
    if (here) throw conflict('bed-taken', { label: bed.label, name: room.name });
    const elsewhere = await repo.bedStaysElsewhere(trx, org, cohortId, [bed.id]);
    checkBedFree(
      bed,
      stay,
      elsewhere.map((t) => ({ arrival: t.arrival_date, departure: t.departure_date })),
    );
    const roomMates = current.guests.filter((g) => g.bedId && room.beds.some((b) => b.id === g.bedId));
    const refusal = roomRefusal(
      room as Room,
      guestOf(guest, rows, current.guests),
      roomMates.map((m) => guestOf(m, rows, current.guests)),
    );
    if (refusal) throw conflict(refusal.code, refusal.params);
    await insertAssignment(
      ctx,
      trx,
      scope,
      cohortId,
      { enrollmentId: guest.enrollmentId, clientId: guest.client.id },
      bed.id,
    );
    return readLodging(trx, org, cohortId);
  });
}

export async function unassign(
  ctx: AppContext,
  scope: OrgScope,
  cohortId: string,
  enrollmentId: string,
): Promise<void> {
  await transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    await requireCohort(trx, org, cohortId);
    if ((await repo.deleteAssignment(trx, org, cohortId, enrollmentId)) === 0)
      throw notFound('Bed allocation');
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'lodging.unassign',
      entityType: 'cohort',
      entityId: cohortId,
      details: { enrollmentId },
    });
  });
}

/** Places every guest without a bed by the domain's autoAssign; returns how many were placed. */
export async function autoAllocate(
  ctx: AppContext,
  scope: OrgScope,
  cohortId: string,
): Promise<{ placed: number; unplaced: string[] }> {
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    await requireCohort(trx, org, cohortId);
    if (!(await repo.getStay(trx, org, cohortId))) {
      throw conflict('cohort-nights-missing');
    }
    const beds = await repo.listBeds(trx, org);
    for (const b of [...beds].sort((x, y) => x.id.localeCompare(y.id))) await repo.lockBed(trx, org, b.id);
    const rows = await repo.cohortGuests(trx, org, cohortId, GUEST_STATUSES);
    const current = await readLodging(trx, org, cohortId);
    const guests = current.guests.map((g) => guestOf(g, rows, current.guests));
    const existing = Object.fromEntries(
      current.guests.flatMap((g) => (g.bedId ? [[g.enrollmentId, g.bedId]] : [])),
    );
    const result = autoAssign(current.rooms as Room[], guests, existing, new Set(current.takenElsewhere));
    for (const [enrollmentId, bedId] of Object.entries(result.placed)) {
      const g = current.guests.find((x) => x.enrollmentId === enrollmentId)!;
      await insertAssignment(ctx, trx, scope, cohortId, { enrollmentId, clientId: g.client.id }, bedId);
    }
    return { placed: Object.keys(result.placed).length, unplaced: result.unplaced };
  });
}
