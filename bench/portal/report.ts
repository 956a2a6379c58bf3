import { markdownTable, textTable } from '../lib/doc.ts';
import { machine } from '../lib/machine.ts';
import { gitRevision, versionOf } from '../lib/repo.ts';
import type { LoopResult } from './load.ts';

export interface Settings {
  connections: number;
  warmup: number;
  duration: number;
  /** Interleaved rounds (portal, portal with every commit synced, raw); medians are reported. */
  rounds: number;
  /** Submissions a second offered in the open-loop runs. */
  rate: number;
  clients: number;
  /** Also measure the product with every commit synced on its own (before group commit). */
  before: boolean;
  pgUrl: string;
  /** Write the product server's CPU profile (--cpu-prof) here (nothing is written to the doc). */
  profileDir?: string;
  /** Print PostgreSQL's per-table statistics after seeding and after the run. */
  pgStats?: boolean;
  /** PostgreSQL: ANALYZE after seeding and after the warm-up (standing in for autovacuum). */
  analyze: boolean;
}

export interface DbRun {
  name: 'SQLite' | 'PostgreSQL';
  /** What the data sat on, for the doc. */
  storage: string;
  /** One result per round: the product, the product syncing every commit, raw inserts, open loop. */
  rounds: { portal: LoopResult[]; before: LoopResult[]; raw: LoopResult[]; open: LoopResult[] };
  /** Failed warm-up submissions. */
  warmupFailed: number;
  /** 200s (checks, warm-ups, measured runs) against what the database holds afterwards. */
  stored: { expected: number; responses: number; completed: number; linked: number; audits: number };
  /** Raw inserts that succeeded (warm-up and measured). */
  rawInserted: number;
  invitations: number;
  /** The largest share of the CPUs busy just before a phase started (after waiting for quiet). */
  busyBefore: number;
}

/** Medplum's QuestionnaireResponse creates a second on this kind of machine, as issue 18 reports it. */
export const MEDPLUM_CREATES_PER_SECOND = 541;

/** Open-loop submissions that failed (timed out): the server may still have stored them. */
export const openFailures = (r: DbRun): number =>
  r.rounds.open.reduce((n, x) => n + Object.values(x.failures).reduce((a, b) => a + b, 0), 0);

/**
 * Every 200 stored exactly once, with its completed invitation and audit entry; beyond them, at
 * most the open-loop submissions whose answer the load generator stopped waiting for.
 */
export const verified = (r: DbRun): boolean =>
  r.stored.responses >= r.stored.expected &&
  r.stored.responses <= r.stored.expected + openFailures(r) &&
  r.stored.completed === r.stored.responses &&
  r.stored.linked === r.stored.responses &&
  r.stored.audits === r.stored.responses;

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The medians of one kind of run across the rounds. */
export function medians(rs: LoopResult[]) {
  return {
    rate: median(rs.map((r) => r.rate)),
    p50: median(rs.map((r) => r.p50)),
    p99: median(rs.map((r) => r.p99)),
    serverCores: median(rs.map((r) => r.serverCores ?? Number.NaN)),
    machineCores: median(rs.map((r) => r.machineCores)),
  };
}

const int = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '—');
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—');
const times = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '—');
const pct = (v: number) => (Number.isFinite(v) ? `${Math.round(v * 100)} %` : '—');

function header(s: Settings): string[] {
  return [
    'Database',
    'submissions/s',
    'p99 (ms)',
    ...(s.before ? ['each commit synced: submissions/s', 'p99 (ms)'] : []),
    'raw durable inserts/s',
    'raw p99 (ms)',
    'portal ÷ raw',
    `open loop: achieved/s of ${int(s.rate)} offered`,
    'open-loop p99 (ms)',
    'open-loop failed',
    'server loop CPU',
  ];
}

function rows(runs: DbRun[], s: Settings): string[][] {
  return runs.map((r) => {
    const p = medians(r.rounds.portal);
    const b = medians(r.rounds.before);
    const raw = medians(r.rounds.raw);
    const open = medians(r.rounds.open);
    return [
      r.name,
      int(p.rate),
      ms(p.p99),
      ...(s.before ? [int(b.rate), ms(b.p99)] : []),
      int(raw.rate),
      ms(raw.p99),
      times(p.rate / raw.rate),
      int(open.rate),
      ms(open.p99),
      int(openFailures(r)),
      pct(p.serverCores),
    ];
  });
}

const failuresOf = (x: LoopResult) => {
  const list = Object.entries(x.failures).map(([k, n]) => `${int(n)} × ${k}`);
  return list.length ? `; failed: ${list.join(', ')}` : '';
};

/** Every round's figures, so the spread behind a median is visible. */
function roundsLine(r: DbRun): string {
  const list = (rs: LoopResult[], f: (x: LoopResult) => string) => rs.map(f).join(', ');
  const rate = (x: LoopResult) => int(x.rate);
  const parts = [
    `portal ${list(r.rounds.portal, rate)}`,
    ...(r.rounds.before.length ? [`each commit synced ${list(r.rounds.before, rate)}`] : []),
    `raw ${list(r.rounds.raw, rate)}`,
    `open loop ${list(r.rounds.open, (x) => `${int(x.rate)} (p99 ${ms(x.p99)} ms${failuresOf(x)})`)}`,
  ];
  return `${r.name}: ${parts.join('; ')}`;
}

function checkLine(r: DbRun): string {
  const s = r.stored;
  const verdict = verified(r) ? 'nothing lost, nothing doubled' : '**MISMATCH**';
  const late = openFailures(r)
    ? ` (and ${int(openFailures(r))} open-loop submissions failed, which the server may still have stored)`
    : '';
  return `${r.name}: ${int(s.expected)} submissions answered 200${late}; the database holds ${int(s.responses)} portal responses besides the ${int(r.rawInserted)} raw rows, ${int(s.completed)} completed invitations (${int(s.linked)} pointing at a stored response) and ${int(s.audits)} \`response.create\` audit entries — ${verdict}.`;
}

export function printResults(runs: DbRun[], s: Settings): void {
  console.log(`\n${textTable([header(s), ...rows(runs, s)])}\n`);
  for (const r of runs) console.log(`rounds: ${roundsLine(r)}`);
  for (const r of runs) console.log(`check: ${checkLine(r).replace(/\*\*|`/g, '')}`);
  console.log('');
}

/** The command that reproduces these settings (defaults left out). */
function command(s: Settings): string {
  const args = [
    s.connections !== 8 ? `--connections ${s.connections}` : '',
    s.warmup !== 2 ? `--warmup ${s.warmup}` : '',
    s.duration !== 5 ? `--duration ${s.duration}` : '',
    s.rounds !== 3 ? `--rounds ${s.rounds}` : '',
    s.rate !== 1_000 ? `--rate ${s.rate}` : '',
    s.clients !== 100 ? `--clients ${s.clients}` : '',
    s.before ? '' : '--no-before',
  ].filter(Boolean);
  return ['npx tsx bench/portal/run.ts', ...args].join(' ');
}

function reading(runs: DbRun[]): string {
  return runs
    .map((r) => {
      const p = medians(r.rounds.portal).rate;
      const raw = medians(r.rounds.raw).rate;
      const medplum =
        r.name === 'PostgreSQL'
          ? ` and ${times(p / MEDPLUM_CREATES_PER_SECOND)} Medplum's ${MEDPLUM_CREATES_PER_SECOND} QuestionnaireResponse creates/s (issue 18)`
          : '';
      return `On ${r.name} a submission through the API runs at ${times(p / raw)} the raw durable insert rate${medplum}.`;
    })
    .join(' ');
}

export function section(runs: DbRun[], s: Settings, pgSkipped: string | null): string {
  const m = machine();
  const rev = gitRevision();
  const now = new Date().toISOString();
  const databases = runs.map((r) => `${r.name}: ${r.storage}`).join('; ');
  const machineCpu = runs
    .map(
      (r) =>
        `${r.name} ${medians(r.rounds.portal).machineCores.toFixed(2)} (raw ${medians(r.rounds.raw).machineCores.toFixed(2)})`,
    )
    .join(', ');
  const busyList = runs.map((r) => `${r.name} ${Math.round(r.busyBefore * 100)} %`).join(', ');
  const disturbed = runs.some((r) => r.busyBefore >= 0.1);
  return `## Portal submissions (\`bench/portal\`)

Measured ${now.slice(0, 10)} (${now.slice(11, 16)} UTC) with \`${command(s)}\`${rev ? ` at \`${rev}\`` : ''}.

- **Machine:** ${m.nproc} CPUs (nproc), ${m.cpuModel}, ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}. The load generator, the servers and the database server all share these CPUs.
- **Software:** Fastify ${versionOf('fastify')}, Kysely ${versionOf('kysely')}, better-sqlite3 ${versionOf('better-sqlite3')}, pg ${versionOf('pg')}.
- **Databases:** ${databases}.${pgSkipped ? ` **PostgreSQL was skipped:** ${pgSkipped}.` : ''} Each starts fresh and migrated, with one organization, a program with a PHQ-9 at enrollment, ${int(s.clients)} enrolled clients with an email, and sent PHQ-9 invitations spread over them, each with its own link token (the portal test fixtures' rows; ${runs.map((r) => `${int(r.invitations)} on ${r.name}`).join(', ')}).${s.analyze && runs.some((r) => r.name === 'PostgreSQL') ? " PostgreSQL's database is analyzed (`ANALYZE`) after seeding and again after the warm-up, as autovacuum would on a real server (this one may run with it off): without statistics the planner guessed, and a connection's prepared statements kept plans that read a growing share of the table." : ''}
- **Portal load:** \`POST /api/portal/invitations/:token/submit\` with \`{ answers: q1–q8 = 1, q9 = 0, submissionId: <new uuid> }\` (total 8, no safety flag, so no alert), each invitation answered once, to a server process on 127.0.0.1 (the API as \`threshold serve\` builds it, without logging, web app or scheduler; portal rate limit raised). Closed loop: ${s.connections} workers in the parent process, each on its own keep-alive connection, submit one invitation after another. submissions/s = 200s ÷ wall time; p99 is the exact percentile of every 200's response time.${s.before ? ' *Each commit synced* is a second server process running the same code with group commit off (SQLite `synchronous = FULL`, PostgreSQL synchronous commits): the behaviour before it.' : ''}
- **Raw durable inserts:** ${s.connections} concurrent workers call \`insertResponse\` (src/server/responses/repository.ts) through Kysely with the same row (answers, \`findInstrument('phq-9').score(answers)\`, source \`portal\`), each insert its own autocommitted, durable statement (SQLite \`synchronous = FULL\`; PostgreSQL \`synchronous_commit = on\`).
- **Interleaved:** ${s.warmup} s warm-up of each, then ${s.rounds} rounds of ${s.duration} s each — portal, ${s.before ? 'each commit synced, ' : ''}raw — so that other work on the machine disturbs all alike; the table gives the medians of the rounds. Then ${s.rounds} open-loop runs of ${s.duration} s: ${int(s.rate)} submissions a second offered on a fixed schedule (over up to 256 connections), each response time measured from when its request was due; p99 is over the answered ones, and a request not answered within 10 s counts as failed (TIMEOUT).
- **Rounds:** ${runs.map(roundsLine).join('. ')}.
- **Checks:** a run is only written when every submission answered 200 and the database afterwards holds exactly one response, one completed invitation and one audit entry per 200. ${runs.map(checkLine).join(' ')}
- **Quiet machine?** Each phase waits (up to ${QUIET_SECONDS} s) for less than 10 % of the CPUs to be busy; share still busy at the worst start: ${busyList}. CPUs busy on the whole machine during the portal runs (median; server, load generator, database server and anything else) and the raw runs: ${machineCpu}.${disturbed ? ' **Other work was competing for the CPUs during this run: the absolute numbers are low and noisy; the interleaved ratios less so.**' : ''}

${markdownTable([header(s), ...rows(runs, s)])}

**Reading.** ${reading(runs)}`;
}

const QUIET_SECONDS = 3;
