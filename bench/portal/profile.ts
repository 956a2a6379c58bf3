/**
 * bench/portal/profile.ts: the top self-time functions of a V8 CPU profile of the compiled server
 * (`bench/portal/cpu.ts --cpu-prof DIR`), attributed to the original source through the build's
 * source maps, and the same grouped by package or source directory.
 *
 *   npx tsx bench/portal/profile.ts FILE.cpuprofile [--from 0.2] [--to 0.85] [--top 40]
 *
 * `--from`/`--to` keep the samples between those fractions of the profile (leave out start-up and
 * the warm-up before, shutdown after). Shares are of the busy samples (idle left out). A CPU
 * profile samples wall time on the main thread: a sample inside a native call (better-sqlite3
 * executing a statement, `fsync`, `writev`) counts the time the thread was in it, descheduled or not.
 */
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: 'string', default: '0.2' },
    to: { type: 'string', default: '0.85' },
    top: { type: 'string', default: '40' },
  },
});
const file = positionals[0];
if (!file) throw new Error('usage: profile.ts FILE.cpuprofile [--from 0.2] [--to 0.85] [--top 40]');
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

const maps = new Map<string, SourceMap | null>();
function mapOf(url: string): SourceMap | null {
  if (!url.startsWith('file://')) return null;
  let map = maps.get(url);
  if (map === undefined) {
    try {
      map = new SourceMap(JSON.parse(fs.readFileSync(`${fileURLToPath(url)}.map`, 'utf8')));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return map;
}

/** Where a frame's code came from: the original source file and line, else the URL as it is. */
function where(frame: Node['callFrame']): string {
  const entry = mapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry && 'originalSource' in entry && entry.originalSource)
    return `${entry.originalSource.replace(/^.*?(node_modules\/|src\/)/, '$1')}:${entry.originalLine + 1}`;
  const url = frame.url.replace(/^.*?(node_modules\/|src\/|node:)/, '$1');
  return url ? `${url}:${frame.lineNumber + 1}` : '(native)';
}

/** The package (node_modules/x), the source directory (src/a/b) or Node's module of a location. */
function groupOf(location: string): string {
  const path = location.replace(/:\d+$/, '');
  const parts = path.split('/');
  if (parts[0] === 'node_modules') return parts.slice(0, parts[1]?.startsWith('@') ? 3 : 2).join('/');
  if (parts[0] === 'src') return parts.slice(0, 3).join('/');
  return parts[0]!;
}

const total = profile.samples.length;
const first = Math.floor(total * Number(values.from));
const last = Math.floor(total * Number(values.to));
const self = new Map<string, number>();
const groups = new Map<string, number>();
let busy = 0;
let wall = 0;
for (let i = first; i < last; i++) {
  const node = byId.get(profile.samples[i]!)!;
  const dt = profile.timeDeltas[i] ?? 0;
  wall += dt;
  if (node.callFrame.functionName === '(idle)') continue;
  busy += dt;
  const location = where(node.callFrame);
  const key = `${node.callFrame.functionName || '(anonymous)'}  ${location}`;
  self.set(key, (self.get(key) ?? 0) + dt);
  const group = groupOf(location);
  groups.set(group, (groups.get(group) ?? 0) + dt);
}

const print = (m: Map<string, number>, top: number) => {
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * v) / busy).toFixed(1).padStart(5)} %  ${k}`);
};
console.log(`busy ${(busy / 1e6).toFixed(2)} s of ${(wall / 1e6).toFixed(2)} s sampled`);
console.log('\nself time by function');
print(self, Number(values.top));
console.log('\nself time by package or directory');
print(groups, 25);
