import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseUrlError, parseDatabaseUrl } from './database-url.ts';

describe('parseDatabaseUrl', () => {
  it('takes postgres:// and postgresql:// URLs for PostgreSQL', () => {
    for (const url of ['postgres://u:p@db:5432/threshold', 'postgresql://db/threshold', 'POSTGRES://db/x'])
      expect(parseDatabaseUrl(url)).toEqual({ dialect: 'postgres', url });
  });

  it('takes sqlite: URLs, file:/// URLs and plain paths for SQLite', () => {
    const cases: Array<[string, string]> = [
      ['sqlite:./data/threshold.sqlite', './data/threshold.sqlite'],
      ['sqlite:///var/lib/threshold/db.sqlite', '/var/lib/threshold/db.sqlite'],
      ['sqlite::memory:', ':memory:'],
      ['file:///var/lib/threshold/db.sqlite', '/var/lib/threshold/db.sqlite'],
      ['data/threshold.sqlite', 'data/threshold.sqlite'],
      ['/srv/threshold.sqlite', '/srv/threshold.sqlite'],
      ['./a:b.sqlite', './a:b.sqlite'],
    ];
    for (const [url, file] of cases) expect(parseDatabaseUrl(url), url).toEqual({ dialect: 'sqlite', file });
    expect(path.isAbsolute((parseDatabaseUrl('file:///tmp/x.sqlite') as { file: string }).file)).toBe(true);
  });

  it('refuses any other scheme, naming the scheme but never the rest of the URL', () => {
    for (const [url, scheme] of [
      ['mysql://root:s3cret@db/threshold', 'mysql:'],
      ['http://example.org/db', 'http:'],
      ['mariadb://x', 'mariadb:'],
      ['sqlserver://x', 'sqlserver:'],
    ] as const) {
      let error: unknown;
      try {
        parseDatabaseUrl(url);
      } catch (e) {
        error = e;
      }
      expect(error, url).toBeInstanceOf(DatabaseUrlError);
      const message = (error as Error).message;
      expect(message).toContain(`DATABASE_URL has the unsupported scheme "${scheme}"`);
      expect(message).toContain('postgres://');
      expect(message).not.toContain('s3cret');
    }
  });

  it('refuses URLs of a known scheme that name nothing usable', () => {
    for (const url of [
      '',
      '  ',
      'sqlite:',
      'sqlite://',
      'postgres:db',
      'file:data.sqlite',
      'file://host/x.sqlite',
      'file:///tmp/',
    ])
      expect(() => parseDatabaseUrl(url), url).toThrow(DatabaseUrlError);
  });
});
