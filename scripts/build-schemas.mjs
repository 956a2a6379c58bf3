#!/usr/bin/env node
// Generates the route schemas' validators and serializers as code at build time
// (src/server/http/precompile.ts) into dist/cli/precompiled-schemas.cjs (and one module per function in dist/cli/precompiled-schemas/), which the compiled server
// loads instead of compiling them at every start. Runs the bundled server (dist/cli/precompile.js)
// in its own process after the server build, and fails when the generated code misses a schema.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
const { writePrecompiledSchemas } = await import(
  pathToFileURL(path.join(root, 'dist/cli/precompile.js')).href
);
const { validators, serializers, bytes } = await writePrecompiledSchemas();
console.log(
  `Precompiled ${validators} validators and ${serializers} serializers (${Math.round(bytes / 1024)} KB) in ${Math.round(performance.now() - started)} ms.`,
);
