import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { lazyFiles } from './preload.ts';
import { registerWeb } from './static.ts';

/** The shape Vite's manifest has: the entry, shared chunks (keys with "_"), and a lazy module. */
const manifest = {
  'index.html': {
    file: 'assets/index-Aa11Bb22.js',
    imports: ['_vendor-Cc33Dd44.js', '_runtime-Ee55Ff66.js'],
  },
  '_vendor-Cc33Dd44.js': { file: 'assets/vendor-Cc33Dd44.js' },
  '_runtime-Ee55Ff66.js': { file: 'assets/runtime-Ee55Ff66.js' },
  '_plot-Gg77Hh88.js': { file: 'assets/plot-Gg77Hh88.js', imports: ['_runtime-Ee55Ff66.js'] },
  'outcomes/OutcomeChart.tsx': {
    file: 'assets/OutcomeChart-Ii99Jj00.js',
    imports: ['_runtime-Ee55Ff66.js', '_plot-Gg77Hh88.js', 'index.html'],
  },
};

describe('preloading the outcome chart with the dashboard', () => {
  it('names the lazy chunk and what it needs beyond what index.html loads', () => {
    expect(lazyFiles(manifest, 'outcomes/OutcomeChart.tsx')).toEqual([
      '/assets/OutcomeChart-Ii99Jj00.js',
      '/assets/plot-Gg77Hh88.js',
    ]);
    expect(lazyFiles(manifest, 'outcomes/Missing.tsx')).toEqual([]);
  });

  it('follows imports of imports, and names a chunk two modules share once', () => {
    const pages = {
      ...manifest,
      'outcomes/OutcomesPage.tsx': {
        file: 'assets/OutcomesPage-Kk11Ll22.js',
        imports: ['_format-Mm33Nn44.js', 'index.html'],
      },
      '_format-Mm33Nn44.js': { file: 'assets/format-Mm33Nn44.js', imports: ['_luxon-Oo55Pp66.js'] },
      '_luxon-Oo55Pp66.js': { file: 'assets/luxon-Oo55Pp66.js' },
    };
    expect(lazyFiles(pages, 'outcomes/OutcomesPage.tsx', 'outcomes/OutcomeChart.tsx')).toEqual([
      '/assets/OutcomesPage-Kk11Ll22.js',
      '/assets/format-Mm33Nn44.js',
      '/assets/luxon-Oo55Pp66.js',
      '/assets/OutcomeChart-Ii99Jj00.js',
      '/assets/plot-Gg77Hh88.js',
    ]);
  });

  it('sends the Link header with index.html at a dashboard address only', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-preload-'));
    fs.mkdirSync(path.join(root, '.vite'), { recursive: true });
    fs.writeFileSync(path.join(root, '.vite/manifest.json'), JSON.stringify(manifest));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
    const app = Fastify();
    try {
      await registerWeb(app, root);
      const dashboard = await app.inject({ method: 'GET', url: '/programs/p-1/outcomes?cohort=c' });
      expect(dashboard.statusCode).toBe(200);
      expect(dashboard.headers.link).toBe(
        '</assets/OutcomeChart-Ii99Jj00.js>; rel=modulepreload, </assets/plot-Gg77Hh88.js>; rel=modulepreload',
      );
      const other = await app.inject({ method: 'GET', url: '/programs/p-1' });
      expect(other.statusCode).toBe(200);
      expect(other.headers.link).toBeUndefined();
    } finally {
      await app.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
