/** Safety alerts. Organization id first, always. */
import type { Kysely, Selectable } from 'kysely';
import type { AlertTable, Database } from '../../db/schema.ts';

type Db = Kysely<Database>;
export type AlertRow = Selectable<AlertTable> & {
  client_given: string;
  client_family: string;
  client_preferred: string | null;
  ack_name: string | null;
  resolved_name: string | null;
};

/** Inserts an alert unless its dedupe key was used; true when inserted. */
export async function insertAlert(
  db: Db,
  v: Omit<
    Selectable<AlertTable>,
    'acknowledged_at' | 'acknowledged_by_user_id' | 'resolved_at' | 'resolved_by_user_id' | 'resolution_note'
  >,
): Promise<boolean> {
  const result = await db
    .insertInto('alerts')
    .values(v)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

const base = (db: Db, organizationId: string) =>
  db
    .selectFrom('alerts as a')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.id', '=', 'a.client_id').on('c.organization_id', '=', organizationId),
    )
    .leftJoin('users as ua', 'ua.id', 'a.acknowledged_by_user_id')
    .leftJoin('users as ur', 'ur.id', 'a.resolved_by_user_id')
    .selectAll('a')
    .select([
      'c.given_name as client_given',
      'c.family_name as client_family',
      'c.preferred_name as client_preferred',
      'ua.name as ack_name',
      'ur.name as resolved_name',
    ])
    .where('a.organization_id', '=', organizationId);

export const getAlert = (db: Db, organizationId: string, id: string) =>
  base(db, organizationId).where('a.id', '=', id).executeTakeFirst();

export function listAlerts(db: Db, organizationId: string, statuses: readonly string[], limit: number) {
  return base(db, organizationId)
    .where('a.status', 'in', [...statuses])
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id')
    .limit(limit)
    .execute();
}

export async function countActive(db: Db, organizationId: string): Promise<{ active: number; high: number }> {
  const rows = await db
    .selectFrom('alerts')
    .select(['severity', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organization_id', '=', organizationId)
    .where('status', 'in', ['open', 'acknowledged'])
    .groupBy('severity')
    .execute();
  const active = rows.reduce((s, r) => s + Number(r.n), 0);
  return { active, high: Number(rows.find((r) => r.severity === 'high')?.n ?? 0) };
}

export async function updateAlert(
  db: Db,
  organizationId: string,
  id: string,
  fromStatuses: readonly string[],
  set: Partial<Selectable<AlertTable>>,
): Promise<boolean> {
  const result = await db
    .updateTable('alerts')
    .set(set)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('status', 'in', [...fromStatuses])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Who is told of a new alert: the organization's clinicians, or its owners when it has none. */
export async function alertRecipients(
  db: Db,
  organizationId: string,
): Promise<{ id: string; email: string }[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'm.role'])
    .where('m.organization_id', '=', organizationId)
    .where('m.role', 'in', ['clinician', 'owner'])
    .execute();
  const clinicians = rows.filter((r) => r.role === 'clinician');
  return (clinicians.length ? clinicians : rows).map((r) => ({ id: r.id, email: r.email }));
}
