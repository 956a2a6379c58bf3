/**
 * The audit trail's hash chain. Each entry's hash covers its own content and the previous entry's
 * hash, so altering, removing or reordering any entry breaks every link after it.
 */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedContent {
  seq: number;
  organizationId: string | null;
  actorUserId: string | null;
  actorLabel: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  at: string;
  ip: string | null;
  details: string;
}

/** Hash of one entry: SHA-256 over a fixed-order JSON array of its content and the previous hash. */
export function entryHash(prevHash: string, e: Omit<ChainedContent, 'seq'>): string {
  const canonical = JSON.stringify([prevHash, ...contentFields(e)]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * The canonical array after its first element, the previous hash: `entryHash(h, e)` hashes
 * `["` + h + `",` + chainTail(e) whenever h is a hex hash (as every stored one is), so the
 * database can chain an entry onto a head it has just locked (src/server/audit/audit-log.ts).
 */
export function chainTail(e: Omit<ChainedContent, 'seq'>): string {
  return JSON.stringify(contentFields(e)).slice(1);
}

function contentFields(e: Omit<ChainedContent, 'seq'>) {
  return [
    e.organizationId,
    e.actorUserId,
    e.actorLabel,
    e.action,
    e.entityType,
    e.entityId,
    e.at,
    e.ip,
    e.details,
  ];
}

export interface ChainLink extends ChainedContent {
  prevHash: string;
  hash: string;
}

export type ChainBreak = {
  seq: number;
  reason: 'prev-hash-mismatch' | 'hash-mismatch' | 'truncated' | 'anchor-mismatch' | 'anchor-missing';
};

/**
 * Walks links in sequence order, continuing from `prevHash` (the last good hash before them).
 * Returns the first broken link, or null and the last hash when every link holds.
 */
export function verifyLinks(
  links: Iterable<ChainLink>,
  prevHash: string,
): { broken: ChainBreak | null; lastHash: string; checked: number } {
  let expectedPrev = prevHash;
  let checked = 0;
  for (const link of links) {
    if (link.prevHash !== expectedPrev) {
      return { broken: { seq: link.seq, reason: 'prev-hash-mismatch' }, lastHash: expectedPrev, checked };
    }
    if (entryHash(link.prevHash, link) !== link.hash) {
      return { broken: { seq: link.seq, reason: 'hash-mismatch' }, lastHash: expectedPrev, checked };
    }
    expectedPrev = link.hash;
    checked++;
  }
  return { broken: null, lastHash: expectedPrev, checked };
}
