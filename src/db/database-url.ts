/**
 * What a DATABASE_URL names: PostgreSQL (postgres:// or postgresql://) or an SQLite file
 * (`sqlite:<path>`, `sqlite://<path>`, `sqlite::memory:`, a `file:///<path>` URL, or a plain file
 * path). Any other scheme (mysql://…, http://…) is refused instead of being taken for a file name,
 * which once created an SQLite file named "mysql:/x". The messages name the scheme only, never the
 * rest of the URL (it may hold a password).
 */
import { fileURLToPath } from 'node:url';

/** A database URL Threshold cannot use; the command line exits with code 2 on it. */
export class DatabaseUrlError extends Error {}

export type DatabaseTarget = { dialect: 'postgres'; url: string } | { dialect: 'sqlite'; file: string };

const ACCEPTED =
  'use postgres://… or postgresql://… for PostgreSQL, or sqlite:<path>, file:///<path> or a plain file path for SQLite';

/** A scheme of two or more characters (so a Windows drive letter, C:\…, stays a path). */
const SCHEME = /^([a-z][a-z0-9+.-]+):/i;

export function parseDatabaseUrl(url: string, name = 'DATABASE_URL'): DatabaseTarget {
  if (url.trim() === '') throw new DatabaseUrlError(`${name} is empty; ${ACCEPTED}`);
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') {
    if (!/^postgres(ql)?:\/\//i.test(url) || !URL.canParse(url))
      throw new DatabaseUrlError(`${name} is not a valid ${scheme}:// URL`);
    return { dialect: 'postgres', url };
  }
  if (scheme === 'sqlite') {
    const file = url.replace(/^sqlite:(\/\/)?/i, '');
    if (file === '') throw new DatabaseUrlError(`${name} (sqlite:) names no file; ${ACCEPTED}`);
    return { dialect: 'sqlite', file };
  }
  if (scheme === 'file') {
    const file = /^file:\/\//i.test(url) ? filePath(url) : null;
    if (file === null) throw new DatabaseUrlError(`${name} is not a valid file:/// URL; ${ACCEPTED}`);
    if (file.endsWith('/')) throw new DatabaseUrlError(`${name} (file:) names a folder, not a file`);
    return { dialect: 'sqlite', file };
  }
  if (scheme) throw new DatabaseUrlError(`${name} has the unsupported scheme "${scheme}:"; ${ACCEPTED}`);
  return { dialect: 'sqlite', file: url };
}

function filePath(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}
