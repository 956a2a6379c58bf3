import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCeq } from './ceq/describe.ts';
import { describeInstruments } from './describe.ts';
import { INSTRUMENTS } from './registry.ts';

describe('docs/instruments.md', () => {
  it('is the registry as it is now (run `npm run docs:instruments` after changing an instrument)', () => {
    const committed = fs.readFileSync(
      path.resolve(import.meta.dirname, '../../../docs/instruments.md'),
      'utf8',
    );
    expect(committed).toBe(`${describeInstruments(INSTRUMENTS)}\n${describeCeq()}`);
  });
});
