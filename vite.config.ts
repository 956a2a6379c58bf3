import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web app: built from src/web into dist/web, which the server serves at `/`. */
const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    rolldownOptions: {
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
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    // Everything under /api goes to the API server in development, so no folder of src/web may be
    // named `api` (its modules would be served from /api/… and proxied away).
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
});
