/**
 * Changing a lodging room: renaming it or its beds, adding beds, retiring beds or the whole room. A bed
 * allocated to a guest whose stay is not over yet is never retired (the allocation would vanish
 * from the house list); the refusal names the bed. Retired rooms and beds keep their rows (past
 * allocations still point at them) and drop out of every list. Audited.
 */
import { randomUUID } from 'node:crypto';
import type { LodgingRoomUpdate } from '../../api/lodging.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';

const activeBeds = (trx: Tx, org: string, roomId: string) =>
  trx
    .selectFrom('lodging_beds')
    .select(['id', 'label'])
    .where('organization_id', '=', org)
    .where('room_id', '=', roomId)
    .where('archived_at', 'is', null)
    .execute();

/** Refuses when one of these beds is allocated for a stay that ends after today. */
async function refuseIfInUse(trx: Tx, org: string, beds: { id: string; label: string }[], field: string) {
  if (beds.length === 0) return;
  const today = new Date().toISOString().slice(0, 10);
  const used = await trx
    .selectFrom('bed_assignments as a')
    .innerJoin('lodging_stays as s', (j) =>
      j.onRef('s.cohort_id', '=', 'a.cohort_id').onRef('s.organization_id', '=', 'a.organization_id'),
    )
    .select('a.bed_id')
    .where('a.organization_id', '=', org)
    .where(
      'a.bed_id',
      'in',
      beds.map((b) => b.id),
    )
    .where('s.departure_date', '>', today)
    .executeTakeFirst();
  if (used) {
    const label = beds.find((b) => b.id === used.bed_id)?.label ?? '';
    throw conflict(
      'bed-in-use',
      { label },
      {
        field,
      },
    );
  }
}

async function rename(trx: Tx, org: string, roomId: string, raw: string) {
  const name = raw.trim();
  if (!name) throw invalid('name', 'required');
  const taken = await trx
    .selectFrom('lodging_rooms')
    .select('id')
    .where('organization_id', '=', org)
    .where('name', '=', name)
    .where('id', '!=', roomId)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (taken) throw invalid('name', 'name-another-room');
  await trx
    .updateTable('lodging_rooms')
    .set({ name })
    .where('organization_id', '=', org)
    .where('id', '=', roomId)
    .execute();
}

/** Renames beds of the room; the labels kept, renamed and added must stay distinct. */
async function renameBeds(
  trx: Tx,
  org: string,
  beds: { id: string; label: string }[],
  renames: { id: string; label: string }[],
) {
  const labels = new Map(beds.map((b) => [b.id, b.label]));
  renames.forEach((r, i) => {
    if (!labels.has(r.id)) throw invalid(`renameBeds.${i}.id`, 'not-bed-room');
    const label = r.label.trim();
    if (!label) throw invalid(`renameBeds.${i}.label`, 'required');
    labels.set(r.id, label);
  });
  const all = [...labels.values()];
  renames.forEach((r, i) => {
    const label = r.label.trim();
    if (all.indexOf(label) !== all.lastIndexOf(label))
      throw invalid(`renameBeds.${i}.label`, 'bed-repeated', { label });
  });
  for (const r of renames) {
    await trx
      .updateTable('lodging_beds')
      .set({ label: r.label.trim() })
      .where('organization_id', '=', org)
      .where('id', '=', r.id)
      .execute();
  }
}

async function addBeds(trx: Tx, org: string, roomId: string, existing: string[], raw: string[]) {
  const labels = raw.map((b) => b.trim());
  labels.forEach((l, i) => {
    if (!l) throw invalid(`addBeds.${i}`, 'required');
    if (labels.indexOf(l) !== i || existing.includes(l))
      throw invalid(`addBeds.${i}`, 'bed-repeated', { label: l });
  });
  for (const label of labels) {
    await trx
      .insertInto('lodging_beds')
      .values({ id: randomUUID(), organization_id: org, room_id: roomId, label, archived_at: null })
      .execute();
  }
}

async function retireBeds(trx: Tx, org: string, ids: string[], now: string) {
  if (ids.length === 0) return;
  await trx
    .updateTable('lodging_beds')
    .set({ archived_at: now })
    .where('organization_id', '=', org)
    .where('id', 'in', ids)
    .execute();
}

export async function updateRoom(
  ctx: AppContext,
  scope: OrgScope,
  roomId: string,
  input: LodgingRoomUpdate,
): Promise<void> {
  const org = scope.organizationId;
  const now = new Date().toISOString();
  await transaction(ctx, async (trx) => {
    const room = await trx
      .selectFrom('lodging_rooms')
      .select('id')
      .where('organization_id', '=', org)
      .where('id', '=', roomId)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    if (!room) throw notFound('Lodging room');
    const beds = await activeBeds(trx, org, roomId);
    if (input.name !== undefined) await rename(trx, org, roomId, input.name);
    const retiring = input.retired ? beds : beds.filter((b) => input.retireBedIds?.includes(b.id));
    const kept = beds.filter((b) => !retiring.includes(b));
    if (input.renameBeds?.length && !input.retired) await renameBeds(trx, org, kept, input.renameBeds);
    (input.retireBedIds ?? []).forEach((id, i) => {
      if (!beds.some((b) => b.id === id)) throw invalid(`retireBedIds.${i}`, 'not-bed-room');
    });
    await refuseIfInUse(trx, org, retiring, input.retired ? 'retired' : 'retireBedIds');
    await retireBeds(
      trx,
      org,
      retiring.map((b) => b.id),
      now,
    );
    if (input.addBeds?.length && !input.retired) {
      const labels = (await activeBeds(trx, org, roomId)).map((b) => b.label);
      await addBeds(trx, org, roomId, labels, input.addBeds);
    }
    const remaining = (await activeBeds(trx, org, roomId)).length;
    if (!input.retired && remaining === 0) throw invalid('retireBedIds', 'would-leave-room-without-beds');
    if (input.retired) {
      await trx
        .updateTable('lodging_rooms')
        .set({ archived_at: now })
        .where('organization_id', '=', org)
        .where('id', '=', roomId)
        .execute();
    }
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: input.retired ? 'lodging.room.retire' : 'lodging.room.update',
      entityType: 'lodging-room',
      entityId: roomId,
      details: {
        renamed: input.name !== undefined,
        bedsRenamed: input.retired ? 0 : (input.renameBeds?.length ?? 0),
        bedsAdded: input.retired ? 0 : (input.addBeds?.length ?? 0),
        bedsRetired: retiring.length,
      },
    });
  });
}
