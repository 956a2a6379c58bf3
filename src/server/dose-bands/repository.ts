/** A program's own dose bands (migration 0037). Organization id first, always. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ProgramDoseBands } from '../../domain/experience/program-bands.ts';

type Db = Kysely<Database>;

export const bandRows = (db: Db, organizationId: string, programId: string) =>
  db
    .selectFrom('program_dose_bands')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', programId)
    .orderBy('substance_kind')
    .execute();

/** Replaces the program's bands with `bands` (none: every band derived again). */
export async function replaceBands(
  db: Db,
  organizationId: string,
  programId: string,
  bands: readonly ProgramDoseBands[],
  userId: string | null,
  now: string,
): Promise<void> {
  await db
    .deleteFrom('program_dose_bands')
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', programId)
    .execute();
  if (bands.length === 0) return;
  await db
    .insertInto('program_dose_bands')
    .values(
      bands.map((b) => ({
        organization_id: organizationId,
        program_id: programId,
        substance_kind: b.substanceKind,
        unit: b.unit,
        edges: JSON.stringify(b.edges),
        updated_by_user_id: userId,
        updated_at: now,
      })),
    )
    .execute();
}
