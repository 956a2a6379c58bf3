/**
 * Conditional create (`If-None-Exist`) of a QuestionnaireResponse, race-safe: the search and the
 * create run in one transaction that first locks the client the condition names. Two requests with
 * the same condition therefore see each other — the second finds the first's response instead of
 * storing a duplicate. PostgreSQL locks the client row; SQLite transactions already hold the single
 * write lock from their first statement.
 */
import { DomainError, invalid, reField } from '../../domain/errors.ts';
import type { QuestionnaireResponse } from '../../domain/fhir/types.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { checkSearchParams } from './http.ts';
import { filterQuestionnaireResponses, searchSubject } from './search.ts';
import { responsesOf, submitResponseIn } from './service.ts';

export interface ConditionalResult {
  resource: QuestionnaireResponse;
  created: boolean;
}

export async function conditionalSubmit(
  ctx: AppContext,
  scope: OrgScope,
  condition: string,
  body: unknown,
): Promise<ConditionalResult> {
  const q = parseCondition(condition);
  return transaction(ctx, async (trx) => {
    await lockClient(ctx, trx, scope.organizationId, q);
    const matches = filterQuestionnaireResponses(await responsesOf(ctx, scope, searchSubject(q), trx), q);
    if (matches.length > 1)
      throw new DomainError(
        'precondition-failed',
        `If-None-Exist matches ${matches.length} responses, not one.`,
      );
    if (matches.length === 1) return { resource: matches[0]!, created: false };
    return { resource: await submitResponseIn(ctx, trx, scope, body), created: true };
  });
}

/** The header's search, checked as a search would be (a malformed one is refused, naming the header). */
function parseCondition(condition: string): Record<string, string> {
  const params = new URLSearchParams(condition.replace(/^.*\?/, ''));
  const q: Record<string, string> = {};
  for (const [k, v] of params) {
    if (k in q) throw invalid('if-none-exist', 'names-twice', { k });
    q[k] = v;
  }
  try {
    checkSearchParams('QuestionnaireResponse', q);
    searchSubject(q);
  } catch (err) {
    if (err instanceof DomainError && err.kind === 'validation') throw reField(err, 'if-none-exist');
    throw err;
  }
  return q;
}

async function lockClient(ctx: AppContext, trx: Tx, organizationId: string, q: Record<string, string>) {
  if (ctx.db.dialect !== 'postgres') return;
  await trx
    .selectFrom('clients')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', searchSubject(q))
    .forUpdate()
    .execute();
}
