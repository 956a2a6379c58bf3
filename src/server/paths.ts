/**
 * Files the server finds from its own location. This module sits directly in src/server/, and the
 * build bundles the server into dist/cli/ (scripts/build-server.mjs): both are two levels below the
 * checkout, so these paths are the same from the sources (tsx, tests) and from the build. A path
 * computed from `import.meta.dirname` belongs here, not in a module deeper in src/server/.
 */
import path from 'node:path';

/** The checkout (or installation): where package.json is. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The web app built by Vite (scripts/build-web.mjs). */
export const WEB_DIST = path.join(ROOT, 'dist/web');
