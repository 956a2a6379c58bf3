/**
 * Which keys encrypt secrets: THRESHOLD_SECRET_KEY (the current key, which seals) and
 * THRESHOLD_SECRET_KEY_PREVIOUS (opens what the previous key sealed, during a rotation).
 *
 * Without THRESHOLD_SECRET_KEY: in production (NODE_ENV=production) Threshold refuses to start. In
 * development and demo installs a key is generated once and kept, readable by its owner only, in
 * the data directory (beside the SQLite file; ./data for PostgreSQL), and a warning says so. An
 * in-memory database gets a key that lives as long as it does.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/dialect.ts';
import type { Config } from '../config.ts';
import { generateKeyText, parseKey, type SecretKey } from './keys.ts';

export interface KeyRing {
  current: SecretKey;
  previous: SecretKey | null;
  /** A warning to show at start (a generated key in use), or null. */
  notice: string | null;
}

export const KEY_FILE_NAME = 'threshold-secret.key';

export function resolveKeyRing(config: Config, db: Pick<Db, 'dialect' | 'location'>): KeyRing {
  const previous = config.secretKeyPrevious
    ? parseKey('THRESHOLD_SECRET_KEY_PREVIOUS', config.secretKeyPrevious)
    : null;
  if (config.secretKey)
    return { current: parseKey('THRESHOLD_SECRET_KEY', config.secretKey), previous, notice: null };
  if (config.production)
    throw new Error(
      'THRESHOLD_SECRET_KEY is required when NODE_ENV=production: 32 random bytes (openssl rand -base64 32). It encrypts two-factor secrets.',
    );
  if (db.dialect === 'sqlite' && db.location === ':memory:')
    return { current: parseKey('a generated key', generateKeyText()), previous, notice: null };
  const file =
    db.dialect === 'sqlite'
      ? path.join(path.dirname(path.resolve(db.location)), KEY_FILE_NAME)
      : path.resolve('data', KEY_FILE_NAME);
  return {
    current: parseKey(file, loadOrCreateKeyFile(file)),
    previous,
    notice: `THRESHOLD_SECRET_KEY is not set: two-factor secrets are encrypted with the generated key in ${file} (keep it, and keep it out of backups). Set THRESHOLD_SECRET_KEY in production.`,
  };
}

/**
 * The key file's text, creating it (0600) when missing. Written to a temporary file and linked into
 * place, so two processes starting at once agree on one key and never read a half-written file.
 */
export function loadOrCreateKeyFile(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${generateKeyText()}\n`, { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return fs.readFileSync(file, 'utf8');
}
