import { markdownTable, textTable } from '../lib/doc.ts';
import { machine } from '../lib/machine.ts';
import { gitRevision, versionOf } from '../lib/repo.ts';
import type { LoopResult } from './load.ts';

export interface Settings {
  connections: number;
  warmup: number;
  duration: number;
  clients: number;
  /** Seed exactly this many invitations; undefined: enough for the rate the warm-up showed. */
  invitations: number | undefined;
  pgUrl: string;
  /** Write the server's CPU profile (--cpu-prof) here. */
  profileDir?: string;
}

export interface DbRun {
  name: 'SQLite' | 'PostgreSQL';
  /** What the data sat on, for the doc. */
  storage: string;
  portal: LoopResult;
  /** Failed warm-up submissions. */
  warmupFailed: number;
  /** 200s (check + warm-up + measured) against what the database holds afterwards. */
  stored: { expected: number; responses: number; completed: number; linked: number; audits: number };
  raw: LoopResult;
  /** Rows the raw phase added, counted in the database. */
  rawStored: number;
  invitations: number;
  /** The largest share of the CPUs busy just before a phase started (after waiting for quiet). */
  busyBefore: number;
}

export const verified = (r: DbRun): boolean =>
  r.stored.responses === r.stored.expected &&
  r.stored.completed === r.stored.expected &&
  r.stored.linked === r.stored.expected &&
  r.stored.audits === r.stored.expected &&
  r.rawStored === r.raw.ok;

const int = (v: number) => Math.round(v).toLocaleString('en-US');
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '—');
const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)} %`);
const share = (v: number) => {
  const p = v * 100;
  return `${p < 10 ? p.toFixed(1) : Math.round(p)} %`;
};
const failures = (r: LoopResult) => {
  const list = Object.entries(r.failures).map(([k, n]) => `${n} × ${k}`);
  return list.length ? list.join(', ') : '0';
};

const HEADER = [
  'Database',
  'submissions/s',
  'p50 (ms)',
  'p99 (ms)',
  'non-200 / errors',
  'raw inserts/s',
  'raw p50 (ms)',
  'raw p99 (ms)',
  'portal ÷ raw',
  'server loop CPU',
];

function rows(runs: DbRun[]): string[][] {
  return runs.map((r) => [
    r.name,
    int(r.portal.rate),
    ms(r.portal.p50),
    ms(r.portal.p99),
    failures(r.portal),
    int(r.raw.rate),
    ms(r.raw.p50),
    ms(r.raw.p99),
    share(r.portal.rate / r.raw.rate),
    pct(r.portal.serverCores),
  ]);
}

function checkLine(r: DbRun): string {
  const s = r.stored;
  const verdict = verified(r) ? 'nothing lost, nothing doubled' : '**MISMATCH**';
  return `${r.name}: ${int(s.expected)} submissions answered 200 (check + warm-up + measured); the database holds ${int(s.responses)} portal responses, ${int(s.completed)} completed invitations (${int(s.linked)} pointing at a stored response) and ${int(s.audits)} \`response.create\` audit entries; the raw phase stored ${int(r.rawStored)} rows for ${int(r.raw.ok)} inserts — ${verdict}.`;
}

export function printResults(runs: DbRun[]): void {
  console.log(`\n${textTable([HEADER, ...rows(runs)])}\n`);
  for (const r of runs) {
    console.log(`check: ${checkLine(r).replace(/\*\*|`/g, '')}`);
    if (r.portal.exhausted) console.log(`note: ${r.name}: the invitations ran out before the time did`);
  }
  console.log('');
}

/** The command that reproduces these settings (defaults left out). */
function command(s: Settings): string {
  const args = [
    s.connections !== 8 ? `--connections ${s.connections}` : '',
    s.warmup !== 2 ? `--warmup ${s.warmup}` : '',
    s.duration !== 10 ? `--duration ${s.duration}` : '',
    s.clients !== 100 ? `--clients ${s.clients}` : '',
    s.invitations !== undefined ? `--invitations ${s.invitations}` : '',
  ].filter(Boolean);
  return ['npx tsx bench/portal/run.ts', ...args].join(' ');
}

export function section(runs: DbRun[], s: Settings, pgSkipped: string | null): string {
  const m = machine();
  const rev = gitRevision();
  const now = new Date().toISOString();
  const databases = runs.map((r) => `${r.name}: ${r.storage}`).join('; ');
  const machineCpu = runs
    .map((r) => `${r.name} ${r.portal.machineCores.toFixed(2)} (raw ${r.raw.machineCores.toFixed(2)})`)
    .join(', ');
  const busyList = runs.map((r) => `${r.name} ${Math.round(r.busyBefore * 100)} %`).join(', ');
  const disturbed = runs.some((r) => r.busyBefore >= 0.1);
  const reading = runs
    .map(
      (r) =>
        `On ${r.name} a submission through the API runs at ${share(r.portal.rate / r.raw.rate)} of the raw insert rate (one submission every ${int(1e6 / r.portal.rate)} µs against one row every ${int(1e6 / r.raw.rate)} µs).`,
    )
    .join(' ');
  return `## Portal submissions (\`bench/portal\`)

Measured ${now.slice(0, 10)} (${now.slice(11, 16)} UTC) with \`${command(s)}\`${rev ? ` at \`${rev}\`` : ''}.

- **Machine:** ${m.nproc} CPUs (nproc), ${m.cpuModel}, ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}. The load generator, the server and the database server all share these CPUs.
- **Software:** Fastify ${versionOf('fastify')}, Kysely ${versionOf('kysely')}, better-sqlite3 ${versionOf('better-sqlite3')}, pg ${versionOf('pg')}.
- **Databases:** ${databases}.${pgSkipped ? ` **PostgreSQL was skipped:** ${pgSkipped}.` : ''} Each run starts from a fresh, migrated database holding one organization, a program with a PHQ-9 at enrollment, ${int(s.clients)} enrolled clients with an email, and sent PHQ-9 invitations spread over them, each with its own link token (the portal test fixtures' rows; ${runs.map((r) => `${int(r.invitations)} on ${r.name}`).join(', ')}).
- **Portal load:** \`POST /api/portal/invitations/:token/submit\` with \`{ answers: q1–q8 = 1, q9 = 0, submissionId: <new uuid> }\` (total 8, no safety flag, so no alert), each invitation answered once. ${s.connections} workers in the parent process, each on its own keep-alive HTTP connection to a fresh server process on 127.0.0.1 (the API as \`threshold serve\` builds it, without logging, web app or scheduler; portal rate limit raised), submit one invitation after another: ${s.warmup} s warm-up (discarded), then ${s.duration} s measured. submissions/s = 200s ÷ wall time; p50/p99 are exact percentiles of every 200's response time. Server loop CPU is the server's main thread (its event loop) as a share of wall time, from \`/proc\`.
- **Raw inserts:** in the same run, after the portal load with the server stopped, ${s.connections} concurrent workers call \`insertResponse\` (src/server/responses/repository.ts) through Kysely with the same row (answers, \`findInstrument('phq-9').score(answers)\`, source \`portal\`), each insert its own autocommitted statement: ${s.warmup} s warm-up, then ${s.duration} s measured.
- **Checks:** the run is only written when every submission answered 200 and the database afterwards holds exactly one response, one completed invitation and one audit entry per 200. ${runs.map(checkLine).join(' ')}
- **Quiet machine?** Each phase waits (up to 10 s) for less than 10 % of the CPUs to be busy before it starts; share still busy at the worst start: ${busyList}. CPUs busy on the whole machine during the measured portal run (server, load generator, database server and anything else) and the raw run: ${machineCpu}.${disturbed ? ' **Other work was competing for the CPUs during this run: the absolute numbers are low and noisy; treat them, and to a lesser degree the ratios, with caution.**' : ''}

${markdownTable([HEADER, ...rows(runs)])}
${runs
  .filter((r) => r.portal.exhausted)
  .map(
    (r) =>
      `\n${r.name}: the invitations ran out after ${r.portal.seconds.toFixed(1)} s of the measured run; its rate is over that time.\n`,
  )
  .join('')}
**Reading.** ${reading} A submission is one transaction of seven statements (eight on PostgreSQL) — find the invitation by the token's hash (\`FOR UPDATE\` on PostgreSQL), read the client and organization, insert the response, complete the invitation, append to the hash-chained audit trail (read the last entry, insert; serialised by an advisory lock on PostgreSQL), read the baseline response — plus HTTP, JSON-schema validation and scoring; the raw insert is one statement.`;
}
