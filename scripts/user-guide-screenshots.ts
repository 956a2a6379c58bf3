/**
 * The screenshots of docs/user-guide.md ("The journeys, step by step"): runs the browser journey
 * tests one at a time with THRESHOLD_GUIDE_IMAGES set, so each accessibility check also saves the
 * screen as the person sees it (the viewport, not the whole page), then copies the chosen ones to
 * docs/images/. Look at each image before committing it.
 *
 *   npm run build && npx tsx scripts/user-guide-screenshots.ts [journey-4 ...]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, '.tmp/guide');
const IMAGES = path.join(ROOT, 'docs/images');

/** Per journey test file, the screens the guide shows. */
export const GUIDE: Record<string, readonly string[]> = {
  'journey-1-program-setup': ['journey-1-preview', 'journey-1-cohort-too-many'],
  'journey-2-intake-nl': ['journey-2-nl-client-errors', 'journey-2-nl-not-cleared', 'journey-2-nl-ready'],
  'journey-2-intake': ['journey-2-screening'],
  'journey-3-facilitator-day': [
    'journey-3-today',
    'journey-3-circle',
    'journey-3-integration',
    'journey-3-dose',
    'journey-3-dosing-record',
  ],
  'journey-4-client-phone': [
    'journey-4-question',
    'journey-4-crisis-lines',
    'journey-4-thanks',
    'journey-4-progress',
  ],
  'journey-5-alert': ['journey-5-queue', 'journey-5-resolve', 'journey-5-audit'],
  'journey-6-outcomes': ['journey-6-compare', 'journey-6-evidence'],
  'journey-7-researcher': ['journey-7-outcomes', 'journey-7-meta-result'],
  'journey-8-applicant-nl': ['journey-8-nl-12-beds', 'journey-8-nl-12b-drag-refused'],
};

const only = process.argv.slice(2);
fs.mkdirSync(OUT, { recursive: true });
fs.mkdirSync(IMAGES, { recursive: true });
for (const [file, names] of Object.entries(GUIDE)) {
  if (only.length && !only.some((o) => file.startsWith(o))) continue;
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '-c', 'vitest.e2e.config.ts', `test/e2e/journeys/${file}.test.ts`],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, THRESHOLD_GUIDE_IMAGES: OUT } },
  );
  if (run.status !== 0) console.error(`${file}: the test failed; its images may be missing`);
  for (const name of names) {
    const from = path.join(OUT, `${name}.png`);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(IMAGES, `${name}.png`));
    else console.error(`${name}.png was not taken`);
  }
}
