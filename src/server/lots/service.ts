/**
 * Substance lots and their assays: recorded by owners and clinicians, read by those who give doses.
 * Lots hold no client data; creating one or an assay is audited like every clinical record.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Assay, AssayCreate, Lot, LotCreate } from '../../api/lots.ts';
import {
  currentAssay,
  normalizeAssay,
  normalizeLot,
  type StoredAssay,
  type SubstanceKind,
  type WeightBasis,
} from '../../domain/dosing/lots.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import { type AppContext, type OrgScope, transaction } from '../context.ts';
import { organizationTimezone } from '../organizations/repository.ts';
import * as repo from './repository.ts';

type Db = Parameters<typeof repo.listLots>[0];

export const toAssay = (a: repo.AssayRow): Assay & StoredAssay => ({
  id: a.id,
  psilocybinMgPerG: a.psilocybin_mg_per_g,
  psilocinMgPerG: a.psilocin_mg_per_g,
  basis: a.basis as WeightBasis,
  lab: a.lab,
  assayedOn: a.assayed_on,
  createdAt: new Date(a.created_at).toISOString(),
});

function toLot(l: repo.LotRow, assays: repo.AssayRow[], doses: number): Lot {
  const mine = assays.filter((a) => a.lot_id === l.id).map(toAssay);
  return {
    id: l.id,
    code: l.code,
    substanceKind: l.substance_kind as SubstanceKind,
    supplier: l.supplier,
    receivedOn: l.received_on,
    notes: l.notes,
    createdAt: new Date(l.created_at).toISOString(),
    assays: mine,
    current: currentAssay(mine),
    doses,
  };
}

async function todayFor(db: Db, organizationId: string): Promise<string> {
  const zone = await organizationTimezone(db, organizationId);
  return DateTime.now().setZone(zone).toISODate() ?? new Date().toISOString().slice(0, 10);
}

export async function listLots(ctx: AppContext, scope: OrgScope): Promise<Lot[]> {
  const db = ctx.db.kysely;
  const lots = await repo.listLots(db, scope.organizationId);
  const assays = await repo.assaysOf(
    db,
    scope.organizationId,
    lots.map((l) => l.id),
  );
  const counts = await repo.doseCounts(db, scope.organizationId);
  return lots.map((l) => toLot(l, assays, counts.get(l.id) ?? 0));
}

async function lotById(db: Db, organizationId: string, id: string): Promise<Lot> {
  const lot = await repo.getLot(db, organizationId, id);
  if (!lot) throw notFound('Lot');
  const assays = await repo.assaysOf(db, organizationId, [id]);
  const counts = await repo.doseCounts(db, organizationId);
  return toLot(lot, assays, counts.get(id) ?? 0);
}

export const viewLot = (ctx: AppContext, scope: OrgScope, id: string): Promise<Lot> =>
  lotById(ctx.db.kysely, scope.organizationId, id);

export async function createLot(ctx: AppContext, scope: OrgScope, input: LotCreate): Promise<Lot> {
  return transaction(ctx, async (trx) => {
    const lot = normalizeLot(input, await todayFor(trx, scope.organizationId));
    if (await repo.findLotByCode(trx, scope.organizationId, lot.code)) {
      throw conflict('lot-code-taken', { code: lot.code });
    }
    const id = randomUUID();
    await repo.insertLot(trx, {
      id,
      organization_id: scope.organizationId,
      code: lot.code,
      substance_kind: lot.substanceKind,
      supplier: lot.supplier,
      received_on: lot.receivedOn,
      notes: lot.notes,
      created_by_user_id: scope.actor.userId,
      created_at: new Date().toISOString(),
    });
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'lot.create',
      entityType: 'lot',
      entityId: id,
      details: { code: lot.code, substanceKind: lot.substanceKind },
    });
    return lotById(trx, scope.organizationId, id);
  });
}

export async function addAssay(
  ctx: AppContext,
  scope: OrgScope,
  lotId: string,
  input: AssayCreate,
): Promise<Lot> {
  return transaction(ctx, async (trx) => {
    const lot = await repo.getLot(trx, scope.organizationId, lotId);
    if (!lot) throw notFound('Lot');
    const today = await todayFor(trx, scope.organizationId);
    const assay = normalizeAssay(
      input,
      { substanceKind: lot.substance_kind as SubstanceKind, receivedOn: lot.received_on },
      today,
    );
    const id = randomUUID();
    await repo.insertAssay(trx, {
      id,
      organization_id: scope.organizationId,
      lot_id: lotId,
      psilocybin_mg_per_g: assay.psilocybinMgPerG,
      psilocin_mg_per_g: assay.psilocinMgPerG,
      basis: assay.basis,
      lab: assay.lab,
      assayed_on: assay.assayedOn,
      created_by_user_id: scope.actor.userId,
      created_at: new Date().toISOString(),
    });
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'lot.assay',
      entityType: 'lot',
      entityId: lotId,
      details: { assayId: id, basis: assay.basis, assayedOn: assay.assayedOn },
    });
    return lotById(trx, scope.organizationId, lotId);
  });
}

/** A lot and its current assay for a dose; null without a lot id. */
export async function lotForDose(db: Db, organizationId: string, lotId: string | null | undefined) {
  if (!lotId) return { lot: null, assay: null };
  const lot = await repo.getLot(db, organizationId, lotId);
  if (!lot) return { lot: undefined, assay: null };
  const assays = (await repo.assaysOf(db, organizationId, [lotId])).map(toAssay);
  return {
    lot: { id: lot.id, code: lot.code, substanceKind: lot.substance_kind as SubstanceKind },
    assay: currentAssay(assays),
  };
}
