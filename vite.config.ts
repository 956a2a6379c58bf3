import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { isPortalPath, PORTAL_HTML } from './src/server/web/portal-paths.ts';

/**
 * The web app: built from src/web into dist/web, which the server serves at `/`. Two builds share
 * this file: the staff app (index.html) and, with `--mode portal`, the client portal (portal.html,
 * served for /p/… and /portal…). The portal is a build of its own, not a second input of one build,
 * because one build puts every library module both entries use into shared chunks that keep the
 * union of what either uses (all of react-router's data router, for one); on its own the portal is
 * tree-shaken for itself (scripts/portal-budget.mjs keeps it under its budget).
 */
const src = (file: string) => fileURLToPath(new URL(`./src/web/${file}`, import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

const staffBuild: UserConfig['build'] = {
  outDir,
  emptyOutDir: true,
  // Read by scripts/portal-budget.mjs to size what each entry loads.
  manifest: '.vite/manifest.json',
  rolldownOptions: {
    input: { index: src('index.html') },
    output: {
      // Libraries change less often than the app: separate chunks stay cached across releases.
      codeSplitting: {
        groups: [
          { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/, priority: 2 },
          // Charts (Observable Plot and its d3 parts) load only with a page that draws one.
          {
            name: 'plot',
            test: /node_modules[\\/](@observablehq|d3-|interval-tree|isoformat)/,
            priority: 3,
          },
          // What every page uses; other libraries (luxon, @stdlib's statistics…) go with the pages
          // that import them, so the first view of a page evaluates only what it needs.
          {
            name: 'vendor',
            test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next)[\\/]/,
            priority: 1,
          },
        ],
      },
    },
  },
};

/** Run after the staff build, into the same folder (its hashed names never collide). */
const portalBuild: UserConfig['build'] = {
  outDir,
  emptyOutDir: false,
  manifest: '.vite/portal-manifest.json',
  rolldownOptions: { input: { portal: src('portal.html') } },
};

/** In development too, the portal's addresses get portal.html (as src/server/web/static.ts does). */
const portalPages: Plugin = {
  name: 'threshold-portal-pages',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      const p = (req.url ?? '/').split('?')[0] ?? '/';
      if (isPortalPath(p) && !path.extname(p)) req.url = `/${PORTAL_HTML}`;
      next();
    });
  },
};

export default defineConfig(({ mode }) => ({
  root: src(''),
  plugins: [react(), portalPages],
  build: mode === 'portal' ? portalBuild : staffBuild,
  server: {
    // Everything under /api goes to the API server in development, so no folder of src/web may be
    // named `api` (its modules would be served from /api/… and proxied away).
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
}));
