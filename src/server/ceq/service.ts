/**
 * The organization's licensed CEQ copy (texts, answer labels, scoring key, licence) and scoring
 * with it. Installing or replacing the copy is audited; scoring stores nothing.
 */
import type { CeqCopy, CeqCopyPut } from '../../api/ceq.ts';
import { conflict } from '../../domain/errors.ts';
import { CEQ_ID, readCeqCopy, readCeqKey, scoreCeq } from '../../domain/instruments/ceq/index.ts';
import { ceqInstrument } from '../../domain/instruments/ceq/instrument.ts';
import type { Answers, InstrumentDefinition, Score } from '../../domain/instruments/types.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';

const EMPTY: CeqCopy = {
  installed: false,
  language: null,
  instructions: null,
  items: [],
  options: [],
  key: null,
  licence: null,
  updatedAt: null,
};

const rowOf = (db: Tx, organizationId: string) =>
  db
    .selectFrom('licensed_instrument_copies')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('instrument_id', '=', CEQ_ID)
    .executeTakeFirst();

async function readCopy(db: Tx, organizationId: string): Promise<CeqCopy> {
  const row = await rowOf(db, organizationId);
  if (!row) return EMPTY;
  const texts = JSON.parse(row.texts) as { instructions: string | null; items: string[]; options: string[] };
  return {
    installed: true,
    language: row.language,
    instructions: texts.instructions,
    items: texts.items,
    options: texts.options,
    key: JSON.parse(row.scoring_key) as Record<string, number[]>,
    licence: row.licence_note,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export const viewCeqCopy = (ctx: AppContext, scope: OrgScope): Promise<CeqCopy> =>
  readCopy(ctx.db.kysely, scope.organizationId);

export async function putCeqCopy(ctx: AppContext, scope: OrgScope, input: CeqCopyPut): Promise<CeqCopy> {
  const copy = readCeqCopy(input);
  return transaction(ctx, async (trx) => {
    const values = {
      language: copy.language,
      texts: JSON.stringify({ instructions: copy.instructions, items: copy.items, options: copy.options }),
      scoring_key: JSON.stringify(copy.key),
      licence_note: copy.licence,
      updated_by_user_id: scope.actor.userId,
      updated_at: new Date().toISOString(),
    };
    await trx
      .insertInto('licensed_instrument_copies')
      .values({ organization_id: scope.organizationId, instrument_id: CEQ_ID, ...values })
      .onConflict((oc) => oc.columns(['organization_id', 'instrument_id']).doUpdateSet(values))
      .execute();
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'instrument.copy',
      entityType: 'instrument',
      entityId: CEQ_ID,
      details: { language: copy.language, licence: copy.licence },
    });
    return readCopy(trx, scope.organizationId);
  });
}

/** Scores answers with the organization's key; 409 when it has no licensed copy. */
export async function scoreWithCopy(ctx: AppContext, scope: OrgScope, answers: Answers): Promise<Score> {
  const row = await rowOf(ctx.db.kysely, scope.organizationId);
  if (!row) throw conflict('ceq-copy-missing');
  return scoreCeq(readCeqKey(JSON.parse(row.scoring_key)), answers);
}

/**
 * The CEQ as this organization's instrument, built from its stored copy (checked again, so a copy
 * that no longer reads is refused, never half-used); undefined without a copy.
 */
export async function ceqInstrumentOf(
  db: Tx,
  organizationId: string,
): Promise<InstrumentDefinition | undefined> {
  const row = await rowOf(db, organizationId);
  if (!row) return undefined;
  const texts = JSON.parse(row.texts) as { instructions: string | null; items: string[]; options: string[] };
  const copy = readCeqCopy({
    ...texts,
    language: row.language,
    key: JSON.parse(row.scoring_key),
    licence: row.licence_note,
  });
  return ceqInstrument(copy);
}

/** Whether this organization has stored a licensed CEQ copy. */
export const holdsCeqCopy = async (db: Tx, organizationId: string): Promise<boolean> =>
  (await rowOf(db, organizationId)) !== undefined;
