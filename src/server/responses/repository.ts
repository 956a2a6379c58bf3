/** Stored questionnaire responses. Organization id first in every function. */
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import { firstRow, precompiled } from '../../db/precompiled.ts';
import type { Database, QuestionnaireResponseTable } from '../../db/schema.ts';
import type { Score } from '../../domain/instruments/types.ts';

export type ResponseRow = Selectable<QuestionnaireResponseTable> & { entered_by_name: string | null };
export type ResponseBaseline = Selectable<QuestionnaireResponseTable>;

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

const insertResponseQuery = precompiled((db: Kysely<Database>, row: Insertable<QuestionnaireResponseTable>) =>
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
  }),
);

/** Stores a scored response (compiled once: every submission runs it). */
export async function insertResponse(
  db: Kysely<Database>,
  organizationId: string,
  r: NewResponse,
): Promise<void> {
  await insertResponseQuery(db, {
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
const baselineQuery = precompiled(
  (
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
      .limit(sql.lit(1)),
);

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
