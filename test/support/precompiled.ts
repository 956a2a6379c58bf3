/**
 * The build's generated validators and serializers (src/server/http/precompile.ts), generated once
 * per test process from the sources into a temporary file and loaded as the compiled server loads
 * them. `THRESHOLD_TEST_SCHEMAS=precompiled` makes startTestServer use them, so any suite can run
 * against the generated code (`THRESHOLD_TEST_SCHEMAS=precompiled npx vitest run <file>`).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { precompileSchemas, writeGeneratedModules } from '../../src/server/http/precompile.ts';
import {
  type PrecompiledSchemas,
  precompiledCompilers,
  type SchemaCompilers,
} from '../../src/server/http/schema-compilers.ts';

let generated: Promise<PrecompiledSchemas> | null = null;

async function generate(): Promise<PrecompiledSchemas> {
  const { modules } = await precompileSchemas();
  // Inside the checkout, so that its require() calls find node_modules as in dist/.
  const cache = path.resolve(import.meta.dirname, '../../node_modules/.cache');
  fs.mkdirSync(cache, { recursive: true });
  const dir = fs.mkdtempSync(path.join(cache, 'threshold-schemas-'));
  const file = path.join(dir, 'precompiled-schemas.cjs');
  writeGeneratedModules(file, modules);
  // Each function's module is required when the function is first made: keep them until the end.
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return createRequire(import.meta.url)(file) as PrecompiledSchemas;
}

/** Compilers from the generated module that refuse any schema it lacks. */
export async function generatedSchemas(): Promise<SchemaCompilers> {
  generated ??= generate();
  return precompiledCompilers(await generated, { strict: true });
}

/** What startTestServer builds with: the generated code when THRESHOLD_TEST_SCHEMAS=precompiled. */
export async function testSchemas(): Promise<SchemaCompilers | undefined> {
  return process.env.THRESHOLD_TEST_SCHEMAS === 'precompiled' ? generatedSchemas() : undefined;
}
