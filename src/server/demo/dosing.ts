/**
 * The demo's doses, lots and settings: in the synthetic organization, every attended dosing session
 * gets a setting, and every attending client a dose from a lot — ketamine in mg, truffles in grams
 * fresh with their psilocybin mg from the lot's assay. Everything here is SYNTHETIC: the lots,
 * suppliers, laboratories, assay values, doses and settings are generated for trying Threshold and
 * are marked so in their own text; none is a real product or measurement. Deterministic (seeded).
 */

import type { DialectName } from '../../db/dialect.ts';
import { resolveProduct } from '../../domain/dosing/product.ts';
import type { AppContext, Tx } from '../context.ts';
import { Rng } from '../synthetic/prng.ts';
import { insertRows } from '../synthetic/write.ts';

const MARK = 'SYNTHETIC demo record: not a real product, assay or dose.';

/** Synthetic lots (codes say so). Assay values are generated demo values, not measurements. */
const LOTS = [
  { code: 'SYN-TRUF-A', kind: 'psilocybin-truffles', psilocybinMgPerG: 1.2, psilocinMgPerG: 0.3 },
  { code: 'SYN-TRUF-B', kind: 'psilocybin-truffles', psilocybinMgPerG: 0.8, psilocinMgPerG: 0.2 },
  { code: 'SYN-KET-1', kind: 'ketamine-racemic', psilocybinMgPerG: null, psilocinMgPerG: null },
] as const;

interface DosingSlot {
  session_id: string;
  planned_dose: string | null;
  starts_at: string;
  enrollment_id: string;
  client_id: string;
}

const attendedDosing = (trx: Tx, organizationId: string): Promise<DosingSlot[]> =>
  trx
    .selectFrom('program_sessions as s')
    .innerJoin('session_attendees as a', 'a.session_id', 's.id')
    .select(['s.id as session_id', 's.planned_dose', 's.starts_at', 'a.enrollment_id', 'a.client_id'])
    .where('s.organization_id', '=', organizationId)
    .where('s.dosing', '=', 1)
    .where('a.attendance', '=', 'attended')
    .orderBy('s.starts_at')
    .orderBy('a.enrollment_id')
    .execute();

const isKetamine = (plannedDose: string | null) => /ketamine/i.test(plannedDose ?? '');

async function insertLots(trx: Tx, dialect: DialectName, organizationId: string, now: string) {
  const lots = LOTS.map((l, i) => ({
    id: `${organizationId.slice(0, 8)}-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    organization_id: organizationId,
    code: l.code,
    substance_kind: l.kind,
    supplier: 'Synthetic supplier (demo)',
    received_on: '2023-01-02',
    notes: MARK,
    created_by_user_id: null,
    created_at: now,
  }));
  await insertRows(trx, dialect, 'substance_lots', lots);
  const assays = LOTS.flatMap((l, i) =>
    l.psilocybinMgPerG === null
      ? []
      : [
          {
            id: `${organizationId.slice(0, 8)}-0000-4000-9000-${String(i + 1).padStart(12, '0')}`,
            organization_id: organizationId,
            lot_id: lots[i]!.id,
            psilocybin_mg_per_g: l.psilocybinMgPerG,
            psilocin_mg_per_g: l.psilocinMgPerG,
            basis: 'fresh',
            lab: 'Synthetic laboratory (demo, not a real assay)',
            assayed_on: '2023-01-09',
            created_by_user_id: null,
            created_at: now,
          },
        ],
  );
  await insertRows(trx, dialect, 'lot_assays', assays);
  return { lots, assays };
}

/** Lots, doses and settings for the synthetic organization's attended dosing sessions. */
export async function seedDemoDosing(ctx: AppContext, organizationId: string, seed = 1): Promise<number> {
  const rng = new Rng(`demo-dosing-${seed}`);
  const now = new Date().toISOString();
  const dialect = ctx.db.dialect;
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const slots = await attendedDosing(trx, organizationId);
    const { lots, assays } = await insertLots(trx, dialect, organizationId, now);
    const records = slots.map((slot, i) => {
      const ketamine = isKetamine(slot.planned_dose);
      const lotIndex = ketamine ? 2 : rng.int(0, 1);
      const lot = lots[lotIndex]!;
      const assay = assays.find((a) => a.lot_id === lot.id) ?? null;
      const weightKg = Math.round(rng.clippedNormal(74, 12, 48, 120));
      const p = resolveProduct({
        substanceKind: lot.substance_kind,
        ...(ketamine
          ? { doseMg: Math.round(weightKg * rng.pick([0.5, 0.75, 1])) }
          : { truffles: { grams: rng.pick([10, 15, 20, 25]), basis: 'fresh' } }),
        lot: { id: lot.id, code: lot.code, substanceKind: lot.substance_kind as 'ketamine-racemic' },
        assay: assay && {
          id: assay.id,
          psilocybinMgPerG: assay.psilocybin_mg_per_g,
          psilocinMgPerG: assay.psilocin_mg_per_g,
          basis: 'fresh',
          lab: assay.lab,
          assayedOn: assay.assayed_on,
          createdAt: now,
        },
      });
      return {
        id: `${organizationId.slice(0, 8)}-0000-4000-a000-${String(i + 1).padStart(12, '0')}`,
        organization_id: organizationId,
        session_id: slot.session_id,
        enrollment_id: slot.enrollment_id,
        client_id: slot.client_id,
        substance: ketamine ? 'Ketamine (synthetic demo)' : 'Psilocybin truffles (synthetic demo)',
        dose_mg: p.doseMg,
        weight_kg: weightKg,
        route: ketamine ? 'IM' : 'oral',
        lot_number: lot.code,
        started_at: slot.starts_at,
        ended_at: null,
        discharge_ready: 0,
        discharged_at: null,
        discharge_note: null,
        notes: MARK,
        recorded_by_user_id: null,
        version: 1,
        created_at: now,
        updated_at: now,
        planned_mg_per_kg: null,
        dose_confirmation_reason: null,
        substance_kind: p.substanceKind,
        dose_amount: p.doseAmount,
        dose_unit: p.doseUnit,
        lot_id: p.lotId,
        assay_id: p.assayId,
        psilocin_mg: p.psilocinMg,
      };
    });
    await insertRows(trx, dialect, 'dosing_records', records);
    const sessions = [...new Map(slots.map((s) => [s.session_id, s])).keys()];
    const groupSize = (id: string) => slots.filter((s) => s.session_id === id).length;
    await insertRows(
      trx,
      dialect,
      'session_settings',
      sessions.map((id) => ({
        session_id: id,
        organization_id: organizationId,
        music_program: rng.pick(['Synthetic playlist A (demo)', 'Synthetic playlist B (demo)']),
        sitters: rng.int(1, 3),
        group_size: groupSize(id),
        eyeshades: rng.pick(['offered', 'worn', 'not-used'] as const),
        notes: MARK,
        updated_by_user_id: null,
        updated_at: now,
      })),
    );
    return records.length;
  });
}
