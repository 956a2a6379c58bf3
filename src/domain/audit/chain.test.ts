import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type ChainLink, chainTail, entryHash, GENESIS_HASH, verifyLinks } from './chain.ts';

function chain(n: number): ChainLink[] {
  const out: ChainLink[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const content = {
      seq: i,
      organizationId: 'org',
      actorUserId: 'u1',
      actorLabel: 'a@b.example',
      action: 'client.view',
      entityType: 'client',
      entityId: `c${i}`,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      ip: '127.0.0.1',
      details: '{}',
    };
    const hash = entryHash(prev, content);
    out.push({ ...content, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('audit hash chain', () => {
  it('hashes the previous hash followed by the chain tail, as PostgreSQL appends compute it', () => {
    const content = {
      organizationId: null,
      actorUserId: null,
      actorLabel: 'portal:invitation:ü "quoted" \\ \u2028 😀',
      action: 'response.create',
      entityType: 'client',
      entityId: 'c1',
      at: '2026-12-06T01:00:00.000Z',
      ip: null,
      details: JSON.stringify({ note: 'line\nbreak', n: 1 }),
    };
    for (const prev of [GENESIS_HASH, chain(1)[0]!.hash]) {
      const bytes = Buffer.from(`["${prev}",${chainTail(content)}`, 'utf8');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entryHash(prev, content));
    }
  });

  it('verifies an intact chain', () => {
    const links = chain(5);
    expect(verifyLinks(links, GENESIS_HASH)).toEqual({ broken: null, lastHash: links[4]!.hash, checked: 5 });
  });

  it('names the first entry whose content was altered', () => {
    const links = chain(5);
    links[2] = { ...links[2]!, action: 'client.update' };
    expect(verifyLinks(links, GENESIS_HASH).broken).toEqual({ seq: 3, reason: 'hash-mismatch' });
  });

  it('names the entry after one that was removed', () => {
    const links = chain(5);
    links.splice(1, 1);
    expect(verifyLinks(links, GENESIS_HASH).broken).toEqual({ seq: 3, reason: 'prev-hash-mismatch' });
  });

  it('detects a rewritten entry even when its own hash was recomputed', () => {
    const links = chain(4);
    const forged = { ...links[1]!, details: '{"x":1}' };
    forged.hash = entryHash(forged.prevHash, forged);
    links[1] = forged;
    expect(verifyLinks(links, GENESIS_HASH).broken).toEqual({ seq: 3, reason: 'prev-hash-mismatch' });
  });

  it('hashes every field: changing any one changes the hash', () => {
    const [link] = chain(1);
    const base = entryHash(GENESIS_HASH, link!);
    for (const key of [
      'organizationId',
      'actorUserId',
      'actorLabel',
      'action',
      'entityType',
      'entityId',
      'at',
      'ip',
      'details',
    ] as const) {
      expect(entryHash(GENESIS_HASH, { ...link!, [key]: 'changed' }), key).not.toBe(base);
    }
    expect(entryHash('f'.repeat(64), link!)).not.toBe(base);
  });
});
