/** Verifies the whole audit chain: used by `threshold audit verify` and GET /api/audit/verify. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type Anchor, checkAgainstAnchor, missingEntries } from '../../domain/audit/anchor.ts';
import { type ChainBreak, type ChainLink, GENESIS_HASH, verifyLinks } from '../../domain/audit/chain.ts';
import { chainLinks, countEntriesUpTo, getAnchor, hashAt } from './repository.ts';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: ChainBreak | null;
  /** Entries the anchor counted that are no longer stored (deleted), 0 when none are. */
  missing: number;
}

/** The anchor as stored, or null when its row is gone. */
export async function readAnchor(db: Kysely<Database>): Promise<Anchor | null> {
  const a = await getAnchor(db);
  return a ? { entries: Number(a.entries), headSeq: Number(a.head_seq), headHash: a.head_hash } : null;
}

/**
 * Walks the chain up to the anchor's head (the links of every organization are interleaved, so all
 * must be read), then compares it with the anchor, so deleted newest entries are reported with how
 * many are missing. The anchor is read first: entries appended during the walk lie beyond its head
 * and are checked next time. With an organization id, `checked` counts only that organization's
 * entries, so one organization does not learn how busy another is.
 */
export async function verifyAuditChain(db: Kysely<Database>, organizationId?: string): Promise<VerifyResult> {
  const anchor = await readAnchor(db);
  let prev = GENESIS_HASH;
  let lastSeq = 0;
  let intact = 0;
  let checked = 0;
  let batch: ChainLink[] = [];
  const flush = () => {
    const r = verifyLinks(batch, prev);
    const good = batch.slice(0, r.checked);
    checked += organizationId ? good.filter((l) => l.organizationId === organizationId).length : r.checked;
    intact += r.checked;
    lastSeq = good.at(-1)?.seq ?? lastSeq;
    prev = r.lastHash;
    batch = [];
    return r.broken;
  };
  const broken = async (b: ChainBreak): Promise<VerifyResult> => ({
    ok: false,
    checked,
    firstBroken: b,
    missing: anchor ? missingEntries(anchor, await countEntriesUpTo(db, anchor.headSeq)) : 0,
  });
  for await (const link of chainLinks(db, anchor?.headSeq)) {
    batch.push(link);
    if (batch.length >= 5000) {
      const b = flush();
      if (b) return broken(b);
    }
  }
  const b = flush();
  if (b) return broken(b);
  const r = checkAgainstAnchor({ entries: intact, lastSeq, lastHash: prev }, anchor);
  return { ok: !r.broken, checked, firstBroken: r.broken, missing: r.missing };
}

/**
 * Checks the chain against an anchor kept elsewhere (printed with a backup): the entry at the
 * anchor's head must still be there with the same hash, and as many entries up to it. Together
 * with an intact chain, this shows that nothing up to that point was removed or rewritten, even
 * if the database's own anchor was rewritten too.
 */
export async function checkExternalAnchor(
  db: Kysely<Database>,
  anchor: Anchor,
): Promise<{ ok: boolean; missing: number; headFound: boolean }> {
  const headHash = anchor.headSeq === 0 ? GENESIS_HASH : await hashAt(db, anchor.headSeq);
  const stored = await countEntriesUpTo(db, anchor.headSeq);
  const missing = missingEntries(anchor, stored);
  const headFound = headHash === anchor.headHash;
  return { ok: headFound && stored === anchor.entries, missing, headFound };
}
