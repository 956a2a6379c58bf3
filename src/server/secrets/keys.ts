/**
 * Keys that encrypt secrets at rest (two-factor secrets): 32 random bytes, given as base64 or hex.
 * Each key has an id derived from it, stored with every ciphertext, so a rotation can tell which
 * key sealed what and the previous key can still open it.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface SecretKey {
  /** 8 hex characters derived from the key; names the key without revealing it. */
  id: string;
  key: Buffer;
}

const KEY_BYTES = 32;

export const keyIdOf = (key: Buffer): string =>
  createHash('sha256').update('threshold-secret-key:').update(key).digest('hex').slice(0, 8);

/** Reads a key from its text (base64 or hex of 32 bytes); `name` says where it came from when refused. */
export function parseKey(name: string, text: string): SecretKey {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t)
    ? Buffer.from(t, 'hex')
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(t)
      ? Buffer.from(t, 'base64')
      : null;
  if (!key || key.length !== KEY_BYTES)
    throw new Error(
      `${name} must be 32 random bytes in base64 or hex (for example: openssl rand -base64 32)`,
    );
  return { id: keyIdOf(key), key };
}

/** A new random key, as base64 text. */
export const generateKeyText = (): string => randomBytes(KEY_BYTES).toString('base64');
