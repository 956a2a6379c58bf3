// Writes docs/instruments.md from the registry: `npm run docs:instruments`.
import fs from 'node:fs';
import path from 'node:path';
import { describeCeq } from '../src/domain/instruments/ceq/describe.ts';
import { describeInstruments } from '../src/domain/instruments/describe.ts';
import { INSTRUMENTS } from '../src/domain/instruments/registry.ts';

const target = path.resolve(import.meta.dirname, '../docs/instruments.md');
fs.writeFileSync(target, `${describeInstruments(INSTRUMENTS)}\n${describeCeq()}`);
console.log(`Wrote ${path.relative(process.cwd(), target)} (${INSTRUMENTS.length} instruments).`);
