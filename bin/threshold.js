#!/usr/bin/env node
// The `threshold` command. Runs the compiled JavaScript in dist/ (`npm run build`; `npm start`
// builds it when needed). Only in a development checkout whose dist/ is missing or older than the
// TypeScript sources does it run those sources through tsx instead, so the command always runs
// the code as it is now (a production install has no src/ and always runs dist/).
import fs from 'node:fs';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
const sources = new URL('../src/cli/main.ts', import.meta.url);

async function compiledIsCurrent() {
  if (!fs.existsSync(compiled)) return false;
  if (!fs.existsSync(sources)) return true;
  const { isFresh, SERVER_SOURCES, SERVER_STAMP } = await import('../scripts/freshness.mjs');
  return isFresh(SERVER_STAMP, SERVER_SOURCES);
}

if (await compiledIsCurrent()) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(sources.href);
}
