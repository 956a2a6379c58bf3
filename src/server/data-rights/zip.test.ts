import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzip } from '../../../test/support/unzip.ts';
import { zip } from './zip.ts';

const files = [
  { name: 'client.json', data: JSON.stringify({ name: 'Zoë', n: [1, 2, 3] }) },
  { name: 'fhir/bundle.json', data: '{}' },
  { name: 'empty.txt', data: '' },
  { name: 'big.txt', data: Buffer.from('x'.repeat(100_000)) },
];

describe('zip', () => {
  it('writes an archive that reads back byte for byte, with CRCs', () => {
    const out = unzip(zip(files));
    expect([...out.keys()]).toEqual(files.map((f) => f.name));
    for (const f of files) expect(out.get(f.name)!.equals(Buffer.from(f.data))).toBe(true);
  });

  it.runIf(fs.existsSync('/usr/bin/unzip'))('is accepted by Info-ZIP unzip', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-test-'));
    const file = path.join(dir, 'a.zip');
    fs.writeFileSync(file, zip(files));
    expect(execFileSync('/usr/bin/unzip', ['-t', file]).toString()).toMatch(/No errors detected/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
