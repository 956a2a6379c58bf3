/** Rooms where sessions happen: names and capacities (over-capacity sessions are flagged on the calendar). */
import { randomUUID } from 'node:crypto';
import type { Room, RoomInput } from '../../api/rooms.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { type AppContext, type OrgScope, transaction } from '../context.ts';
import * as repo from './repository.ts';

export const toRoom = (r: repo.RoomRow): Room => ({
  id: r.id,
  name: r.name,
  capacity: r.capacity,
  archivedAt: r.archived_at,
});

export async function listRooms(ctx: AppContext, scope: OrgScope): Promise<Room[]> {
  return (await repo.listRooms(ctx.db.kysely, scope.organizationId)).map(toRoom);
}

function normalize(input: RoomInput): RoomInput {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) throw invalid('name', 'required');
  return { name, capacity: input.capacity };
}

async function ensureUniqueName(
  trx: Parameters<typeof repo.listRooms>[0],
  organizationId: string,
  name: string,
  exceptId: string | null,
) {
  const rooms = await repo.listRooms(trx, organizationId);
  const same = rooms.find((r) => r.id !== exceptId && r.name.toLowerCase() === name.toLowerCase());
  if (same) throw conflict('room-name-taken', { name: same.name });
}

export async function createRoom(ctx: AppContext, scope: OrgScope, input: RoomInput): Promise<Room> {
  const room = normalize(input);
  const id = randomUUID();
  return transaction(ctx, async (trx) => {
    await ensureUniqueName(trx, scope.organizationId, room.name, null);
    await repo.insertRoom(trx, scope.organizationId, { id, ...room }, new Date().toISOString());
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'room.create',
      entityType: 'room',
      entityId: id,
      details: { capacity: room.capacity },
    });
    return toRoom((await repo.getRoom(trx, scope.organizationId, id))!);
  });
}

export async function updateRoom(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: RoomInput,
): Promise<Room> {
  const room = normalize(input);
  return transaction(ctx, async (trx) => {
    const before = await repo.getRoom(trx, scope.organizationId, id);
    if (!before) throw notFound('Room');
    await ensureUniqueName(trx, scope.organizationId, room.name, id);
    await repo.updateRoom(trx, scope.organizationId, id, room, new Date().toISOString());
    const fields = [
      ...(before.name !== room.name ? ['name'] : []),
      ...(before.capacity !== room.capacity ? ['capacity'] : []),
    ];
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'room.update',
      entityType: 'room',
      entityId: id,
      details: { fields },
    });
    return toRoom((await repo.getRoom(trx, scope.organizationId, id))!);
  });
}
