/** Threshold's version, from package.json. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.ts';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
export const VERSION: string = pkg.version;
