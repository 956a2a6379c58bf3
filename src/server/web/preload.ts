/**
 * Early fetches for a page whose code loads only after the app has started. The outcome dashboard's
 * chart (Observable Plot, the largest chunk) is imported lazily, so without a hint the browser asks
 * for it only once the main scripts have been fetched and run. index.html served at a dashboard's
 * address carries a `Link: rel=modulepreload` header naming the chart's chunks, so the browser fetches
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

/** Client-side routes, and the lazy module each one draws with. */
const LAZY_BY_ROUTE: ReadonlyArray<[RegExp, string]> = [
  [/^\/programs\/[^/]+\/outcomes\/?$/, 'outcomes/OutcomeChart.tsx'],
];

/** The files a lazy module needs beyond what index.html loads anyway, as /assets/… paths. */
export function lazyFiles(manifest: Manifest, module: string): string[] {
  const entry = manifest['index.html'];
  const chunk = manifest[module];
  if (!entry || !chunk) return [];
  const loaded = new Set([entry.file, ...(entry.imports ?? []).map((k) => manifest[k]?.file)]);
  const needed = [chunk.file, ...(chunk.imports ?? []).map((k) => manifest[k]?.file)];
  return needed.filter((f): f is string => typeof f === 'string' && !loaded.has(f)).map((f) => `/${f}`);
}

/** A function giving the Link header for a client-side route, or undefined when it needs none. */
export function preloadHeaders(root: string): (pathname: string) => string | undefined {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(root, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return () => undefined; // A build without a manifest: pages still work, only later.
  }
  const byRoute = LAZY_BY_ROUTE.map(([route, module]) => {
    const files = lazyFiles(manifest, module);
    return [route, files.map((f) => `<${f}>; rel=modulepreload`).join(', ')] as const;
  }).filter(([, header]) => header !== '');
  return (pathname) => byRoute.find(([route]) => route.test(pathname))?.[1];
}
