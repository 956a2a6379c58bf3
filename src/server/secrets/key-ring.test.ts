import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { KEY_FILE_NAME, resolveKeyRing } from './key-ring.ts';
import { generateKeyText } from './keys.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-keys-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('resolveKeyRing', () => {
  it('uses THRESHOLD_SECRET_KEY, and THRESHOLD_SECRET_KEY_PREVIOUS for opening', () => {
    const current = generateKeyText();
    const previous = generateKeyText();
    const config = loadConfig({ THRESHOLD_SECRET_KEY: current, THRESHOLD_SECRET_KEY_PREVIOUS: previous });
    const r = resolveKeyRing(config, { dialect: 'postgres', location: 'db:5432/x' });
    expect(r.current.key.toString('base64')).toBe(current);
    expect(r.previous?.key.toString('base64')).toBe(previous);
    expect(r.notice).toBeNull();
  });

  it('refuses to start in production without a key', () => {
    const config = loadConfig({ NODE_ENV: 'production' });
    expect(() =>
      resolveKeyRing(config, { dialect: 'sqlite', location: path.join(tmp(), 'db.sqlite') }),
    ).toThrow(/THRESHOLD_SECRET_KEY is required when NODE_ENV=production/);
  });

  it('in development, generates a key once beside the SQLite file, readable by its owner only, with a warning', () => {
    const dir = tmp();
    const db = { dialect: 'sqlite' as const, location: path.join(dir, 'threshold.sqlite') };
    const first = resolveKeyRing(loadConfig({}), db);
    const file = path.join(dir, KEY_FILE_NAME);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(first.notice).toContain(file);
    expect(resolveKeyRing(loadConfig({}), db).current.id).toBe(first.current.id);
    expect(fs.readdirSync(dir)).toEqual([KEY_FILE_NAME]); // no temporary file left behind
  });

  it('refuses a malformed key file rather than using it', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, KEY_FILE_NAME), 'not a key\n', { mode: 0o600 });
    expect(() =>
      resolveKeyRing(loadConfig({}), { dialect: 'sqlite', location: path.join(dir, 'x.sqlite') }),
    ).toThrow(/must be 32 random bytes/);
  });
});
