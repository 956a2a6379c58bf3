/**
 * The dependency arrows of docs/ARCHITECTURE.md ("Layers" and "Enforced layers"), checked on every import
 * in src/. Each file is parsed with the TypeScript scanner (no type checking, about a second for the
 * tree); relative imports are resolved to the layer they land in, so a server feature folder named `web`
 * is not mistaken for src/web. A failure names the file, the import and the rule.
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = import.meta.dirname;
const LAYERS = ['domain', 'api', 'db', 'server', 'web', 'cli'] as const;
type Layer = (typeof LAYERS)[number];

interface Import {
  file: string;
  specifier: string;
  /** `import type` / `export type`: erased from the JavaScript (tsconfig has verbatimModuleSyntax). */
  typeOnly: boolean;
}

/** The layers each layer must not import from, even for types. */
const FORBIDDEN: Record<Layer, Layer[]> = {
  domain: ['api', 'db', 'server', 'web', 'cli'],
  api: ['db', 'server', 'web', 'cli'],
  db: ['api', 'server', 'web', 'cli'],
  server: ['web', 'cli'],
  web: ['db', 'server', 'cli'],
  cli: ['web'],
};

/** Layers whose shipped code runs in the browser or must stay runnable there: no Node built-ins. */
const NO_NODE: Layer[] = ['domain', 'api', 'web'];

/**
 * Imports that break a rule on purpose; the test fails when one is no longer needed. Each Node import here
 * is also declared, narrowly, in types/node-exceptions.d.ts for tsconfig.domain.json and tsconfig.web.json.
 */
const EXCEPTIONS: { file: string; specifier: string; reason: string }[] = [
  {
    file: 'domain/audit/chain.ts',
    specifier: 'node:crypto',
    reason:
      'synchronous SHA-256 of the audit hash chain (computation, no I/O); Web Crypto is async only. ' +
      'Only the server and CLI use it, never the web app.',
  },
  {
    file: 'domain/evidence/citations.ts',
    specifier: 'node:module',
    reason:
      'createRequire loads the CommonJS Citation.js lazily so formatting stays synchronous; ' +
      'the web app imports only types from this file.',
  },
];

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every static import, re-export and dynamic `import()` of one file (type positions excluded). */
function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const found: Import[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const typeOnly = ts.isImportDeclaration(node)
        ? Boolean(node.importClause?.isTypeOnly)
        : node.isTypeOnly;
      found.push({ file, specifier: node.moduleSpecifier.text, typeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ file, specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The src/ layer a file or a relative import lands in; undefined for packages and files outside src/. */
function layerOf(absolute: string): Layer | undefined {
  const [top] = path.relative(SRC, absolute).split(path.sep);
  return LAYERS.find((layer) => layer === top);
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

function violations(imp: Import): string[] {
  const from = layerOf(imp.file);
  if (!from) return [];
  const problems: string[] = [];
  if (imp.specifier.startsWith('.')) {
    const to = layerOf(path.resolve(path.dirname(imp.file), imp.specifier));
    if (to && FORBIDDEN[from].includes(to)) problems.push(`src/${from} must not import src/${to}`);
    // The schemas are TypeBox values: importing one would put TypeBox into the browser bundles.
    if (from === 'web' && to === 'api' && !imp.typeOnly && !isTest(imp.file)) {
      problems.push("src/web may import src/api only with `import type` (the schemas' types)");
    }
  } else if (NODE_BUILTINS.has(imp.specifier) && NO_NODE.includes(from) && !isTest(imp.file)) {
    problems.push(`src/${from} must not import Node built-ins`);
  }
  return problems;
}

const IMPORTS = sourceFiles(SRC).flatMap(importsOf);
const relative = (file: string) => path.relative(SRC, file).split(path.sep).join('/');
const excepted = (imp: Import) =>
  EXCEPTIONS.some((e) => e.file === relative(imp.file) && e.specifier === imp.specifier);

describe('the layer arrows of docs/ARCHITECTURE.md', () => {
  it('finds the imports it checks', () => {
    expect(IMPORTS.length).toBeGreaterThan(1000);
    for (const layer of LAYERS) expect(IMPORTS.some((imp) => layerOf(imp.file) === layer)).toBe(true);
  });

  it('has no import against the arrows', () => {
    const found = IMPORTS.filter((imp) => !excepted(imp)).flatMap((imp) =>
      violations(imp).map((rule) => `src/${relative(imp.file)}: '${imp.specifier}': ${rule}`),
    );
    expect(found).toEqual([]);
  });

  it('lists only exceptions that are still needed', () => {
    const used = EXCEPTIONS.filter((e) =>
      IMPORTS.some((imp) => excepted(imp) && relative(imp.file) === e.file && violations(imp).length > 0),
    );
    expect(used).toEqual(EXCEPTIONS);
  });

  it('resolves relative imports to layers, not folder names', () => {
    const server = path.join(SRC, 'server/app.ts');
    expect(violations({ file: server, specifier: './web/static.ts', typeOnly: false })).toEqual([]);
    expect(violations({ file: server, specifier: '../web/main.tsx', typeOnly: true })).toEqual([
      'src/server must not import src/web',
    ]);
    const page = path.join(SRC, 'web/clients/api.ts');
    expect(violations({ file: page, specifier: '../../api/clients.ts', typeOnly: true })).toEqual([]);
    expect(violations({ file: page, specifier: '../../api/clients.ts', typeOnly: false })).toHaveLength(1);
    expect(violations({ file: page, specifier: '../../server/clients/routes.ts', typeOnly: true })).toEqual([
      'src/web must not import src/server',
    ]);
    expect(violations({ file: page, specifier: 'fs', typeOnly: false })).toHaveLength(1);
  });
});
