/** outcome_snapshots (migration 0031): a program's outcome columns in compact form (snapshot.ts). */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

export interface StoredSnapshot {
  epoch: number;
  revision: number;
  format: number;
  data: Uint8Array;
}

export async function readSnapshot(
  db: Db,
  organizationId: string,
  programId: string,
): Promise<StoredSnapshot | undefined> {
  const row = await db
    .selectFrom('outcome_snapshots')
    .select(['epoch', 'revision', 'format', 'data'])
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', programId)
    .executeTakeFirst();
  return row && { ...row, epoch: Number(row.epoch), revision: Number(row.revision) };
}

/**
 * Stores a program's snapshot, replacing the one held — only while the program is still at the
 * snapshot's epoch, checked in the same statement (on PostgreSQL with the program's row locked
 * against a concurrent epoch change): a snapshot taken before an enrollment left is never written
 * after the derivation that removed it (deleteSnapshots).
 */
export async function writeSnapshot(
  db: Db,
  organizationId: string,
  programId: string,
  s: StoredSnapshot,
  dialect: 'sqlite' | 'postgres',
): Promise<void> {
  const lock = dialect === 'postgres' ? sql` for share` : sql``;
  await sql`insert into outcome_snapshots (organization_id, program_id, epoch, revision, format, data)
    select organization_id, program_id, ${s.epoch}, ${s.revision}, ${s.format}, ${s.data}
    from outcome_programs
    where organization_id = ${organizationId} and program_id = ${programId} and epoch = ${s.epoch}${lock}
    on conflict (organization_id, program_id) do update set
      epoch = excluded.epoch, revision = excluded.revision, format = excluded.format, data = excluded.data`.execute(
    db,
  );
}

/** Removes the snapshots of programs whose epoch moves (in the derivation's transaction). */
export async function deleteSnapshots(
  db: Db,
  organizationId: string,
  programIds: readonly string[],
): Promise<void> {
  if (programIds.length === 0) return;
  await db
    .deleteFrom('outcome_snapshots')
    .where('organization_id', '=', organizationId)
    .where('program_id', 'in', [...programIds])
    .execute();
}
