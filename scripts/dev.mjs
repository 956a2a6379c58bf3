#!/usr/bin/env node
// `npm run dev`: the development loop. The server runs from the TypeScript sources under
// `tsx watch` (restarted on every change, on port 3000 with the demo organization) and Vite serves
// the web app with hot reload on http://localhost:5173, proxying /api to the server. Ctrl-C (or
// SIGTERM) stops both; when one of them exits, the other is stopped too.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);

const children = [
  spawn(bin('tsx'), ['watch', '--clear-screen=false', 'src/cli/main.ts', 'serve', '--demo'], {
    cwd: root,
    stdio: 'inherit',
    env: { PORT: '3000', ...process.env },
  }),
  spawn(bin('vite'), [], { cwd: root, stdio: 'inherit' }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
  process.exitCode = code;
}

for (const c of children) c.once('exit', (code) => stop(code ?? 0));
process.once('SIGINT', () => stop(130));
process.once('SIGTERM', () => stop(143));
