/** An organization's crisis lines. Organization id first, always. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CrisisLine } from '../../domain/portal/crisis.ts';

type Db = Kysely<Database>;

export const listLines = (db: Db, organizationId: string) =>
  db
    .selectFrom('crisis_lines')
    .select(['language', 'name', 'phone', 'hours'])
    .where('organization_id', '=', organizationId)
    .orderBy('position')
    .execute();

/** Replaces the organization's lines with these, in this order. */
export async function replaceLines(
  db: Db,
  organizationId: string,
  lines: readonly CrisisLine[],
  now: string,
): Promise<void> {
  await db.deleteFrom('crisis_lines').where('organization_id', '=', organizationId).execute();
  if (!lines.length) return;
  await db
    .insertInto('crisis_lines')
    .values(
      lines.map((l, position) => ({
        id: randomUUID(),
        organization_id: organizationId,
        language: l.language,
        position,
        name: l.name,
        phone: l.phone,
        hours: l.hours,
        created_at: now,
      })),
    )
    .execute();
}

/** What the portal needs for crisis support: the organization's name, phone and message. */
export const crisisSettings = (db: Db, organizationId: string) =>
  db
    .selectFrom('organizations')
    .select(['name', 'phone', 'crisis_message'])
    .where('id', '=', organizationId)
    .executeTakeFirst();
