/**
 * The audit chain's anchor: how many entries it had and its head (last seq and hash), kept apart
 * from the entries and moved forward with each append. A chain whose newest entries were deleted is
 * still a valid chain; only against the anchor does it show as shorter than it was.
 */
import type { ChainBreak } from './chain.ts';

export interface Anchor {
  entries: number;
  headSeq: number;
  headHash: string;
}

/** What the walk of an intact chain (up to the anchor's head) found. */
export interface WalkedChain {
  /** Entries stored with seq up to the anchor's head. */
  entries: number;
  lastSeq: number;
  lastHash: string;
}

export interface AnchorCheck {
  broken: ChainBreak | null;
  /** Entries the anchor counted that are not stored (0 when none are missing). */
  missing: number;
}

/** Entries missing compared with the anchor: never negative (extra entries are a mismatch, not missing). */
export const missingEntries = (anchor: Anchor | null, storedUpToHead: number): number =>
  anchor ? Math.max(0, anchor.entries - storedUpToHead) : 0;

/**
 * Compares an intact chain with its anchor. Fewer entries than the anchor counted: truncated, with
 * the first missing seq after the last stored one. Same count but another head, or more entries:
 * the anchor and the chain disagree (the anchor was rewritten, or entries were inserted around the
 * application). No anchor at all: it was deleted.
 */
export function checkAgainstAnchor(chain: WalkedChain, anchor: Anchor | null): AnchorCheck {
  if (!anchor) return { broken: { seq: chain.lastSeq, reason: 'anchor-missing' }, missing: 0 };
  const missing = missingEntries(anchor, chain.entries);
  if (missing > 0) return { broken: { seq: chain.lastSeq + 1, reason: 'truncated' }, missing };
  if (
    chain.entries !== anchor.entries ||
    chain.lastHash !== anchor.headHash ||
    chain.lastSeq !== anchor.headSeq
  )
    return { broken: { seq: chain.lastSeq, reason: 'anchor-mismatch' }, missing: 0 };
  return { broken: null, missing: 0 };
}
