/**
 * Early fetches for a page whose code loads only after the app has started. Every page of the staff
 * app is its own chunk (src/web/app/router.tsx) and the outcome dashboard's chart (Observable Plot,
 * the largest chunk) is imported lazily too, so without a hint the browser asks for them only once
 * the main scripts have been fetched and run. index.html served at a dashboard's address carries a
 * `Link: rel=modulepreload` header naming the page's and the chart's chunks, so the browser fetches
 * them beside the main scripts (docs/PERFORMANCE.md, "Outcomes dashboard"). The names come from the
 * build's manifest; without one, or without the chunk in it, no header is sent.
 */
import fs from 'node:fs';
import path from 'node:path';

interface ManifestChunk {
  file: string;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Client-side routes, and the lazy modules each one shows with. */
const LAZY_BY_ROUTE: ReadonlyArray<[RegExp, string[]]> = [
  [/^\/programs\/[^/]+\/outcomes\/?$/, ['outcomes/OutcomesPage.tsx', 'outcomes/OutcomeChart.tsx']],
];

/** A manifest key and every chunk it imports, directly or not (keys, each once). */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const k of manifest[key].imports ?? []) closure(manifest, k, seen);
  return seen;
}

/** The files lazy modules need beyond what index.html loads anyway, as /assets/… paths. */
export function lazyFiles(manifest: Manifest, ...modules: string[]): string[] {
  if (!manifest['index.html']) return [];
  const loaded = closure(manifest, 'index.html');
  const needed = new Set<string>();
  for (const m of modules) for (const k of closure(manifest, m)) if (!loaded.has(k)) needed.add(k);
  return [...needed].map((k) => `/${manifest[k]!.file}`);
}

/** A function giving the Link header for a client-side route, or undefined when it needs none. */
export function preloadHeaders(root: string): (pathname: string) => string | undefined {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(root, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return () => undefined; // A build without a manifest: pages still work, only later.
  }
  const byRoute = LAZY_BY_ROUTE.map(([route, modules]) => {
    const files = lazyFiles(manifest, ...modules);
    return [route, files.map((f) => `<${f}>; rel=modulepreload`).join(', ')] as const;
  }).filter(([, header]) => header !== '');
  return (pathname) => byRoute.find(([route]) => route.test(pathname))?.[1];
}
