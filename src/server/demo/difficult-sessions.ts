/**
 * The demo's integration-window data: in the synthetic organization, a few synthetic dosing records
 * carry the facilitator's "difficult session" flag, so the integration window shows pulled-forward
 * contacts and challenging-experience alerts for the recent ones (the scheduler books and raises them
 * as it would for real doses). SYNTHETIC: the flags and their notes are generated and say so.
 * Deterministic (seeded); about one dose in twenty.
 */
import type { AppContext } from '../context.ts';
import { Rng } from '../synthetic/prng.ts';

const NOTE = 'SYNTHETIC demo flag: a generated difficult session, not a real event.';
const SHARE = 0.05;

/** Flags about 5% of the organization's dosing records as difficult; returns how many. */
export async function seedDemoDifficultSessions(
  ctx: AppContext,
  organizationId: string,
  seed = 1,
): Promise<number> {
  const rng = new Rng(`demo-difficult-${seed}`);
  const db = ctx.db.kysely;
  const records = await db
    .selectFrom('dosing_records')
    .select(['id', 'started_at'])
    .where('organization_id', '=', organizationId)
    .orderBy('started_at')
    .orderBy('id')
    .execute();
  const flagged = records.filter(() => rng.chance(SHARE));
  if (flagged.length === 0) return 0;
  for (const r of flagged) {
    await db
      .updateTable('dosing_records')
      .set({ difficult: 1, difficult_note: NOTE, difficult_by_user_id: null, difficult_at: r.started_at })
      .where('organization_id', '=', organizationId)
      .where('id', '=', r.id)
      .execute();
  }
  return flagged.length;
}
