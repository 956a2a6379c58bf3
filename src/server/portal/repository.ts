/** What the portal reads and writes around an invitation (organization id always from the invitation). */
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../../db/dialect.ts';
import { firstRow, precompiled } from '../../db/precompiled.ts';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

/**
 * The invitation behind a token hash with its client and organization, in one statement (every
 * portal request reads both; one round trip instead of two). The client's and organization's
 * columns come prefixed `who_`; `who_client_id` is null when the client row is gone.
 */
const byTokenHash = (db: Db, { tokenHash }: { tokenHash: string }) =>
  db
    .selectFrom('invitation_tokens as t')
    .innerJoin('invitations as i', 'i.id', 't.invitation_id')
    .leftJoin('clients as c', (j) =>
      j.onRef('c.id', '=', 'i.client_id').onRef('c.organization_id', '=', 'i.organization_id'),
    )
    .leftJoin('organizations as o', 'o.id', 'c.organization_id')
    .selectAll('i')
    .select([
      'c.id as who_client_id',
      'c.given_name as who_given_name',
      'c.preferred_name as who_preferred_name',
      'c.language as who_language',
      'c.archived_at as who_archived_at',
      'c.restricted_at as who_restricted_at',
      'o.name as who_organization_name',
      'o.timezone as who_organization_timezone',
      'o.locale as who_organization_locale',
      'o.crisis_message as who_crisis_message',
    ])
    .where('t.token_hash', '=', tokenHash);
const byTokenHashQuery = precompiled(byTokenHash);
const byTokenHashForUpdate = precompiled((db: Db, p: { tokenHash: string }) =>
  byTokenHash(db, p).forUpdate('i'),
);

/**
 * SQLite, for a submission: the same, and the client's baseline on the invitation's instrument
 * answered before `before` (`baselineResponse` of responses/repository.ts: the first by
 * administered_at, then id), in the same statement — one statement less per submission. Read in
 * the submission's write transaction before its response is stored (SQLite runs one at a time), it
 * is the row the baseline select after the insert would find. Columns prefixed `base_`.
 */
const forSubmissionQuery = precompiled((db: Db, p: { tokenHash: string; before: string }) =>
  byTokenHash(db, p)
    .leftJoin('questionnaire_responses as b', (j) =>
      j.on((eb) =>
        eb(
          'b.id',
          '=',
          eb
            .selectFrom('questionnaire_responses as r')
            .select('r.id')
            .whereRef('r.organization_id', '=', 'i.organization_id')
            .whereRef('r.client_id', '=', 'i.client_id')
            .whereRef('r.instrument_id', '=', 'i.instrument_id')
            .where('r.administered_at', '<', p.before)
            .orderBy('r.administered_at')
            .orderBy('r.id')
            .limit(sql.lit(1)),
        ),
      ),
    )
    .select([
      'b.id as base_id',
      'b.instrument_id as base_instrument_id',
      'b.instrument_version as base_instrument_version',
      'b.total as base_total',
      'b.severity as base_severity',
      'b.subscales as base_subscales',
      'b.flags as base_flags',
    ]),
);

/**
 * The invitation behind a token hash (locked for the transaction on PostgreSQL), and its client and
 * organization (`who`, undefined when the client is gone). Compiled once (every portal request).
 */
export async function lockedByTokenHash(db: Db, dialect: DialectName, tokenHash: string) {
  const query = dialect === 'postgres' ? byTokenHashForUpdate : byTokenHashQuery;
  return withWho(firstRow(await query(db, { tokenHash })));
}

/**
 * SQLite: `lockedByTokenHash` for a submission answered at `before`, with the baseline the
 * response will be compared with (`baseline`: the row, or undefined when there is none yet).
 */
export async function forSubmissionByTokenHash(db: Db, tokenHash: string, before: string) {
  const row = firstRow(await forSubmissionQuery(db, { tokenHash, before }));
  const found = withWho(row);
  if (!row || !found) return undefined;
  const baseline =
    row.base_id === null
      ? undefined
      : {
          id: row.base_id,
          instrument_id: row.base_instrument_id as string,
          instrument_version: row.base_instrument_version as string,
          total: row.base_total as number,
          severity: row.base_severity,
          subscales: row.base_subscales as string,
          flags: row.base_flags as string,
        };
  return { ...found, baseline };
}

function withWho<R extends WhoColumns>(row: R | undefined) {
  if (!row) return undefined;
  // The row is the invitation as it is (its `who_` columns ride along unread): copying it without
  // them costs more CPU than the statement on this path (every portal request).
  const who =
    row.who_client_id === null || row.who_given_name === null || row.who_organization_name === null
      ? undefined
      : {
          given_name: row.who_given_name,
          preferred_name: row.who_preferred_name,
          language: row.who_language,
          archived_at: row.who_archived_at,
          restricted_at: row.who_restricted_at,
          organization_name: row.who_organization_name,
          organization_timezone: row.who_organization_timezone as string,
          organization_locale: row.who_organization_locale as string,
          crisis_message: row.who_crisis_message,
        };
  return { inv: row, who };
}

interface WhoColumns {
  who_client_id: string | null;
  who_given_name: string | null;
  who_preferred_name: string | null;
  who_language: string | null;
  who_archived_at: string | null;
  who_restricted_at: string | null;
  who_organization_name: string | null;
  who_organization_timezone: string | null;
  who_organization_locale: string | null;
  who_crisis_message: string | null;
}

export async function setOpened(db: Db, id: string, now: string): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ opened_at: now })
    .where('id', '=', id)
    .where('opened_at', 'is', null)
    .execute();
}

export async function saveDraft(db: Db, id: string, draft: string, now: string): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ draft, updated_at: now })
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'sent'])
    .execute();
}

export const responseById = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom('questionnaire_responses')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
