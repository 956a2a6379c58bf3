/** Verifies the whole audit chain: used by `threshold audit verify` and GET /api/audit/verify. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type ChainBreak, type ChainLink, GENESIS_HASH, verifyLinks } from '../../domain/audit/chain.ts';
import { chainLinks } from './repository.ts';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: ChainBreak | null;
}

/**
 * Walks the whole chain (the links of every organization are interleaved, so all must be read).
 * With an organization id, `checked` counts only that organization's entries, so one organization
 * does not learn how busy another is.
 */
export async function verifyAuditChain(db: Kysely<Database>, organizationId?: string): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let checked = 0;
  let batch: ChainLink[] = [];
  const flush = () => {
    const r = verifyLinks(batch, prev);
    const good = batch.slice(0, r.checked);
    checked += organizationId ? good.filter((l) => l.organizationId === organizationId).length : r.checked;
    prev = r.lastHash;
    batch = [];
    return r.broken;
  };
  for await (const link of chainLinks(db)) {
    batch.push(link);
    if (batch.length >= 5000) {
      const broken = flush();
      if (broken) return { ok: false, checked, firstBroken: broken };
    }
  }
  const broken = flush();
  return { ok: !broken, checked, firstBroken: broken };
}
