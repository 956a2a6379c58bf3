/**
 * Erasing and restricting one client, inside the caller's transaction.
 *
 * Both first take the client out of outcome analytics: `restricted_at` is set (the derivation's
 * filter, src/server/outcomes/derive.ts) and the client's enrollments are derived again at once, so
 * their outcome rows go and their programs get a new revision and epoch — every report, research
 * export and in-memory cache recomputes without them.
 */
import type { Selectable } from 'kysely';
import type { ClientTable } from '../../db/schema.ts';
import type { Actor } from '../audit/audit-log.ts';
import type { AppContext, Tx } from '../context.ts';
import { deriveEnrollments } from '../outcomes/derive.ts';
import { ERASURE_RULES, type ErasureTarget } from './erasure-rules.ts';
import * as repo from './repository.ts';

type ClientRow = Selectable<ClientTable>;

/** The words that identify the client in other people's free text. */
function identifiersOf(c: ClientRow): string[] {
  const values = [
    c.given_name,
    c.family_name,
    c.preferred_name,
    `${c.given_name} ${c.family_name}`,
    c.email,
    c.phone,
    c.date_of_birth,
  ];
  return [...new Set(values.filter((v): v is string => !!v && v.trim().length >= 2))];
}

async function leaveOutcomes(trx: Tx, organizationId: string, clientId: string, now: string) {
  await repo.setRestricted(trx, organizationId, clientId, now);
  const { enrollmentIds } = await repo.linkedIds(trx, organizationId, clientId);
  await deriveEnrollments(trx, organizationId, enrollmentIds);
}

/**
 * Removes everything held on the client (erasure-rules.ts) and appends `client.erase` naming the
 * categories and counts removed, never the data. Returns the counts.
 */
export async function eraseClient(
  ctx: AppContext,
  trx: Tx,
  actor: Actor,
  client: ClientRow,
  now: string,
): Promise<Record<string, number>> {
  const org = client.organization_id;
  await leaveOutcomes(trx, org, client.id, now);
  const target: ErasureTarget = {
    organizationId: org,
    clientId: client.id,
    identifiers: identifiersOf(client),
    ...(await repo.linkedIds(trx, org, client.id)),
  };
  const counts: Record<string, number> = {};
  for (const rule of ERASURE_RULES) {
    const n = await rule.run(trx, target);
    if (n > 0) counts[rule.category] = (counts[rule.category] ?? 0) + n;
  }
  const summary = JSON.stringify(counts);
  await repo.markErased(trx, org, client.id, now, summary);
  await ctx.audit.append(trx, actor, {
    organizationId: org,
    action: 'client.erase',
    entityType: 'client',
    entityId: client.id,
    details: { erased: counts },
  });
  return counts;
}

/**
 * Restricts the client (GDPR Art. 18): the record stays, visible to the owner only, out of search
 * and outcome analytics; nothing more is sent — portal sign-ins, open questionnaire invitations,
 * unsent messages and calendar feeds are withdrawn. Returns what was withdrawn.
 */
export async function restrictClient(
  ctx: AppContext,
  trx: Tx,
  actor: Actor,
  client: ClientRow,
  now: string,
): Promise<Record<string, number>> {
  const org = client.organization_id;
  const id = client.id;
  await leaveOutcomes(trx, org, id, now);
  const count = (r: { numDeletedRows?: bigint; numUpdatedRows?: bigint }) =>
    Number(r.numDeletedRows ?? r.numUpdatedRows ?? 0n);
  const withdrawn: Record<string, number> = {
    'portal sign-in links': count(
      await trx
        .deleteFrom('portal_links')
        .where('organization_id', '=', org)
        .where('client_id', '=', id)
        .executeTakeFirst(),
    ),
    'portal sessions': count(
      await trx
        .deleteFrom('portal_sessions')
        .where('organization_id', '=', org)
        .where('client_id', '=', id)
        .executeTakeFirst(),
    ),
    'open questionnaire invitations': count(
      await trx
        .updateTable('invitations')
        .set({ status: 'revoked', revoked_at: now, next_send_at: null, updated_at: now })
        .where('organization_id', '=', org)
        .where('client_id', '=', id)
        .where('status', 'in', ['pending', 'sent'])
        .executeTakeFirst(),
    ),
    'unsent messages': count(
      await trx
        .deleteFrom('outbox')
        .where('organization_id', '=', org)
        .where('client_id', '=', id)
        .where('status', 'in', ['queued', 'failed'])
        .executeTakeFirst(),
    ),
    'calendar feeds': count(
      await trx
        .updateTable('calendar_feeds')
        .set({ revoked_at: now })
        .where('organization_id', '=', org)
        .where('owner_type', '=', 'client')
        .where('owner_id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst(),
    ),
  };
  await ctx.audit.append(trx, actor, {
    organizationId: org,
    action: 'client.restrict',
    entityType: 'client',
    entityId: id,
    details: { withdrawn },
  });
  return withdrawn;
}
