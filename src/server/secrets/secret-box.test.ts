import { describe, expect, it } from 'vitest';
import type { KeyRing } from './key-ring.ts';
import { generateKeyText, parseKey } from './keys.ts';
import { isSealed, SecretBox } from './secret-box.ts';

const key = (text = generateKeyText()) => parseKey('test key', text);
const ring = (current = key(), previous: KeyRing['previous'] = null): KeyRing => ({
  current,
  previous,
  notice: null,
});

describe('SecretBox', () => {
  it('seals with AES-256-GCM under the key id, and opens only in the same context', () => {
    const r = ring();
    const box = new SecretBox(() => r);
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'users.totp:a');
    expect(sealed).toMatch(new RegExp(`^v1\\.${r.current.id}\\.`));
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(isSealed(sealed)).toBe(true);
    expect(box.seal('JBSWY3DPEHPK3PXP', 'users.totp:a')).not.toBe(sealed); // a fresh IV each time
    expect(box.open(sealed, 'users.totp:a')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => box.open(sealed, 'users.totp:b')).toThrow(/does not open/);
  });

  it('refuses plain text, altered ciphertext and unknown keys', () => {
    const box = new SecretBox(() => ring());
    expect(() => box.open('JBSWY3DPEHPK3PXP', 'c')).toThrow(/not a sealed secret/);
    const sealed = box.seal('secret', 'c');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => box.open(parts.join('.'), 'c')).toThrow(/does not open/);
    const other = new SecretBox(() => ring());
    expect(() => other.open(sealed, 'c')).toThrow(/neither THRESHOLD_SECRET_KEY/);
  });

  it('opens with the previous key during a rotation, and says what needs resealing', () => {
    const old = key();
    const sealedOld = new SecretBox(() => ring(old)).seal('secret', 'c');
    const rotated = new SecretBox(() => ring(key(), old));
    expect(rotated.open(sealedOld, 'c')).toBe('secret');
    expect(rotated.needsResealing(sealedOld)).toBe(true);
    expect(rotated.needsResealing('PLAINBASE32')).toBe(true);
    expect(rotated.needsResealing(rotated.seal('secret', 'c'))).toBe(false);
  });

  it('reads keys as base64 or hex of 32 bytes, with a stable id, and refuses anything else', () => {
    const hex = 'ab'.repeat(32);
    expect(parseKey('k', hex).id).toBe(parseKey('k', Buffer.from(hex, 'hex').toString('base64')).id);
    expect(parseKey('k', hex).id).toMatch(/^[0-9a-f]{8}$/);
    for (const bad of ['', 'short', 'ab'.repeat(16), Buffer.alloc(16).toString('base64')])
      expect(() => parseKey('THRESHOLD_SECRET_KEY', bad)).toThrow(
        /THRESHOLD_SECRET_KEY must be 32 random bytes/,
      );
  });
});
