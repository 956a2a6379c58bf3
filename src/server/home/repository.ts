/** Queries of the role start pages. Organization id first. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Questionnaires due and not answered: invitations waiting or sent whose window is still open. */
const openInvitations = (db: Kysely<Database>, organizationId: string, now: string) =>
  db
    .selectFrom('invitations as i')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.id', '=', 'i.client_id').on('c.organization_id', '=', organizationId),
    )
    .where('i.organization_id', '=', organizationId)
    .where('i.status', 'in', ['pending', 'sent'])
    .where('i.due_at', '<=', now)
    .where('i.closes_at', '>', now)
    .where('c.archived_at', 'is', null)
    .where('c.restricted_at', 'is', null);

export async function dueQuestionnaires(
  db: Kysely<Database>,
  organizationId: string,
  now: string,
  limit: number,
) {
  const [items, count] = await Promise.all([
    openInvitations(db, organizationId, now)
      .select([
        'i.id',
        'i.client_id',
        'i.instrument_id',
        'i.label',
        'i.due_at',
        'i.closes_at',
        'i.status',
        'i.sends',
        'c.given_name',
        'c.family_name',
        'c.preferred_name',
      ])
      .orderBy('i.closes_at')
      .orderBy('i.id')
      .limit(limit)
      .execute(),
    openInvitations(db, organizationId, now)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
