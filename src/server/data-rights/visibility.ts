/**
 * A client as the signed-in role may see it: a restricted client (src/domain/data-rights/
 * restriction.ts) reads as not found for every role but the owner — the same answer as a client of
 * another organization, so a restriction discloses nothing.
 */
import { clientVisibleTo } from '../../domain/data-rights/restriction.ts';
import { getClient } from '../clients/repository.ts';
import type { OrgScope, Tx } from '../context.ts';

export async function visibleClient(db: Tx, scope: Pick<OrgScope, 'organizationId' | 'role'>, id: string) {
  const row = await getClient(db, scope.organizationId, id);
  return row && clientVisibleTo(scope.role, row.restricted_at) ? row : undefined;
}
