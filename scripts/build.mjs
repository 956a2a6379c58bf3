#!/usr/bin/env node
// `npm run build`: the web app (dist/web) and the server (dist/). With --if-needed each part is
// rebuilt only when its sources changed (`npm start` and `npm run test:e2e` use this).
import { buildServer } from './build-server.mjs';
import { buildWeb } from './build-web.mjs';

const ifNeeded = process.argv.includes('--if-needed');
try {
  await buildWeb({ ifNeeded });
  buildServer({ ifNeeded });
} catch (err) {
  console.error(`build: ${err.message}`);
  process.exit(1);
}
