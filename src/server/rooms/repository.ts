/** Rooms. Every function takes the organization id first. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, RoomTable } from '../../db/schema.ts';

export type RoomRow = Selectable<RoomTable>;

export const listRooms = (db: Kysely<Database>, organizationId: string) =>
  db
    .selectFrom('rooms')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('name')
    .orderBy('id')
    .execute();

export const getRoom = (db: Kysely<Database>, organizationId: string, id: string) =>
  db
    .selectFrom('rooms')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

export async function insertRoom(
  db: Kysely<Database>,
  organizationId: string,
  r: { id: string; name: string; capacity: number },
  now: string,
): Promise<void> {
  await db
    .insertInto('rooms')
    .values({
      id: r.id,
      organization_id: organizationId,
      name: r.name,
      capacity: r.capacity,
      archived_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function updateRoom(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  r: { name: string; capacity: number },
  now: string,
): Promise<void> {
  await db
    .updateTable('rooms')
    .set({ name: r.name, capacity: r.capacity, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}
