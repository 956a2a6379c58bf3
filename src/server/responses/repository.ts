/** Stored questionnaire responses. Organization id first in every function. */
import { type Insertable, type Kysely, type QueryCreator, type Selectable, sql } from 'kysely';
import { firstRow, precompiled } from '../../db/precompiled.ts';
import type { Database, QuestionnaireResponseTable } from '../../db/schema.ts';
import type { Score } from '../../domain/instruments/types.ts';
import { completeUpdate } from '../invitations/repository.ts';

export type ResponseRow = Selectable<QuestionnaireResponseTable> & { entered_by_name: string | null };
export type ResponseBaseline = Selectable<QuestionnaireResponseTable>;
/** The columns of a baseline that its comparison with a new response reads. */
const BASELINE_SCORE = [
  'instrument_id',
  'instrument_version',
  'total',
  'severity',
  'subscales',
  'flags',
] as const;
export type BaselineScore = Pick<ResponseBaseline, 'id' | (typeof BASELINE_SCORE)[number]>;

export interface NewResponse {
  id: string;
  clientId: string;
  language: string;
  answers: Record<string, number | null>;
  score: Score;
  administeredAt: string;
  source: string;
  enteredByUserId: string | null;
  now: string;
}

/** The insert of a response, to compile on its own or inside another statement. */
const insertRow = (db: QueryCreator<Database>, row: Insertable<QuestionnaireResponseTable>) =>
  db.insertInto('questionnaire_responses').values({
    id: row.id,
    organization_id: row.organization_id,
    client_id: row.client_id,
    instrument_id: row.instrument_id,
    instrument_version: row.instrument_version,
    language: row.language,
    answers: row.answers,
    total: row.total,
    severity: row.severity,
    subscales: row.subscales,
    flags: row.flags,
    administered_at: row.administered_at,
    source: row.source,
    entered_by_user_id: row.entered_by_user_id,
    created_at: row.created_at,
    scored_at: row.scored_at,
  });
const insertResponseQuery = precompiled(insertRow);

/** Stores a scored response (compiled once: every submission runs it). */
export async function insertResponse(
  db: Kysely<Database>,
  organizationId: string,
  r: NewResponse,
): Promise<void> {
  await insertResponseQuery(db, rowOf(organizationId, r));
}

/** The stored row of a new response (also what bulk writers such as the synthetic data insert). */
export const rowOf = (organizationId: string, r: NewResponse): Insertable<QuestionnaireResponseTable> => ({
  id: r.id,
  organization_id: organizationId,
  client_id: r.clientId,
  instrument_id: r.score.instrumentId,
  instrument_version: r.score.instrumentVersion,
  language: r.language,
  answers: JSON.stringify(r.answers),
  total: r.score.total,
  severity: r.score.severity,
  subscales: JSON.stringify(r.score.subscales),
  flags: JSON.stringify(r.score.flags),
  administered_at: r.administeredAt,
  source: r.source,
  entered_by_user_id: r.enteredByUserId,
  created_at: r.now,
  scored_at: r.now,
});

/**
 * PostgreSQL, in one statement (one round trip instead of three): stores a scored response
 * (`insertResponse`), completes the invitation it answers (`completeInvitation`: only one still
 * pending or sent) and reads the client's baseline on the instrument (`baselineResponse`: the
 * response just stored is not among what the statement reads, and is excluded by id as well).
 * Each data-modifying part runs once and to completion whatever the query reads of it; the
 * foreign keys and triggers are checked at the end of the statement, as for three.
 */
const insertAnsweringQuery = precompiled(
  (
    db: Kysely<Database>,
    p: Insertable<QuestionnaireResponseTable> & { invitationId: string; submissionId: string },
  ) =>
    db
      .with('stored', () => insertRow(db, p).returning('id'))
      .with('completed', () =>
        completeUpdate(db, {
          organizationId: p.organization_id,
          id: p.invitationId,
          responseId: p.id,
          submissionId: p.submissionId,
          now: p.created_at,
        }).returning('id'),
      )
      .selectFrom('completed')
      .leftJoin(
        baselineOf(db, {
          organizationId: p.organization_id,
          clientId: p.client_id,
          instrumentId: p.instrument_id,
          before: p.administered_at,
          exceptId: p.id,
        }).as('b'),
        (j) => j.onTrue(),
      )
      // Named columns, not `b.*`: the statement is prepared once per connection (a prepared
      // statement whose result columns change under it fails; a column added by a migration to
      // the table would change `b.*`).
      .select(['b.id', ...BASELINE_SCORE.map((c) => `b.${c}` as const)]),
);

/**
 * Stores a scored response that answers the invitation `invitationId` (PostgreSQL: one statement,
 * `insertAnsweringQuery`). `completed` false when the invitation was answered, closed or withdrawn
 * first (the caller must roll back, as the response is stored); else the client's baseline, if any.
 */
export async function insertAnsweringInvitation(
  db: Kysely<Database>,
  organizationId: string,
  r: NewResponse,
  invitation: { id: string; submissionId: string },
): Promise<{ completed: false } | { completed: true; baseline: BaselineScore | undefined }> {
  const { rows } = await insertAnsweringQuery(db, {
    ...rowOf(organizationId, r),
    invitationId: invitation.id,
    submissionId: invitation.submissionId,
  });
  const row = rows[0];
  if (!row) return { completed: false };
  return { completed: true, baseline: row.id === null ? undefined : (row as BaselineScore) };
}

const base = (db: Kysely<Database>, organizationId: string) =>
  db
    .selectFrom('questionnaire_responses as r')
    .leftJoin('users as u', 'u.id', 'r.entered_by_user_id')
    .selectAll('r')
    .select('u.name as entered_by_name')
    .where('r.organization_id', '=', organizationId);

export const getResponse = (db: Kysely<Database>, organizationId: string, clientId: string, id: string) =>
  base(db, organizationId).where('r.client_id', '=', clientId).where('r.id', '=', id).executeTakeFirst();

export function listClientResponses(
  db: Kysely<Database>,
  organizationId: string,
  clientId: string,
  instrumentId?: string,
) {
  let q = base(db, organizationId).where('r.client_id', '=', clientId);
  if (instrumentId) q = q.where('r.instrument_id', '=', instrumentId);
  return q.orderBy('r.administered_at', 'desc').orderBy('r.id').execute();
}

/**
 * The client's first response on an instrument answered before a time, other than `exceptId`: the
 * baseline a new response is compared with for reliable deterioration.
 */
const baselineOf = (
  db: Kysely<Database>,
  v: { organizationId: string; clientId: string; instrumentId: string; before: string; exceptId: string },
) =>
  db
    .selectFrom('questionnaire_responses')
    .selectAll()
    .where('organization_id', '=', v.organizationId)
    .where('client_id', '=', v.clientId)
    .where('instrument_id', '=', v.instrumentId)
    .where('administered_at', '<', v.before)
    .where('id', '!=', v.exceptId)
    .orderBy('administered_at')
    .orderBy('id')
    .limit(sql.lit(1));
const baselineQuery = precompiled(baselineOf);

export const baselineResponse = async (
  db: Kysely<Database>,
  organizationId: string,
  v: { clientId: string; instrumentId: string; before: string; exceptId: string },
) => firstRow(await baselineQuery(db, { organizationId, ...v }));

/** Every stored response of every organization, in pages, for `threshold rescore`. */
export function pageOfAllResponses(db: Kysely<Database>, afterId: string, limit: number) {
  return db
    .selectFrom('questionnaire_responses')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function updateScore(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  score: Score,
  now: string,
) {
  await db
    .updateTable('questionnaire_responses')
    .set({
      instrument_version: score.instrumentVersion,
      total: score.total,
      severity: score.severity,
      subscales: JSON.stringify(score.subscales),
      flags: JSON.stringify(score.flags),
      scored_at: now,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}
