/**
 * `threshold seed --synthetic --clients <n> [--org <slug>] [--seed <n>]`: clearly synthetic outcome
 * data (src/server/synthetic, docs/SYNTHETIC-DATA.md). A progress bar per phase on standard error
 * (a plain line every 10% when it is not a terminal); one summary line on standard output.
 */
import cliProgress from 'cli-progress';
import { checkSlug } from '../domain/organizations/slug.ts';
import { DEFAULT_ORG_SLUG, MAX_CLIENTS } from '../server/synthetic/params.ts';
import { type SyntheticPhase, seedSynthetic, syntheticTargetProblem } from '../server/synthetic/seed.ts';
import { UsageError, withContext } from './runtime.ts';

/** The `seed` command's options as commander hands them over (all text). */
export interface SeedCommandOptions {
  demo?: boolean;
  synthetic?: boolean;
  clients?: string;
  org?: string;
  seed?: string;
}

export type SeedRequest =
  | { kind: 'demo' }
  | { kind: 'synthetic'; clients: number; orgSlug: string; seed: number };

/** Exactly one of --demo and --synthetic; the synthetic options checked. Throws UsageError. */
export function parseSeedOptions(o: SeedCommandOptions): SeedRequest {
  if (!!o.demo === !!o.synthetic) throw new UsageError('give exactly one of --demo or --synthetic');
  if (o.demo) {
    if (o.clients !== undefined || o.org !== undefined || o.seed !== undefined)
      throw new UsageError('--clients, --org and --seed go with --synthetic, not --demo');
    return { kind: 'demo' };
  }
  if (o.clients === undefined) throw new UsageError('--synthetic needs --clients <n>');
  const clients = /^\d{1,7}$/.test(o.clients) ? Number(o.clients) : Number.NaN;
  if (!(clients >= 1 && clients <= MAX_CLIENTS))
    throw new UsageError(
      `--clients must be a whole number from 1 to ${MAX_CLIENTS.toLocaleString('en')}, got "${o.clients}"`,
    );
  const seedText = o.seed ?? '1';
  const seed = /^\d{1,16}$/.test(seedText) ? Number(seedText) : Number.NaN;
  if (!Number.isSafeInteger(seed))
    throw new UsageError(`--seed must be a whole number of 0 or more, got "${seedText}"`);
  const orgSlug = o.org ?? DEFAULT_ORG_SLUG;
  try {
    checkSlug(orgSlug);
  } catch {
    throw new UsageError(
      `--org must be a slug of 1–48 lower-case letters, digits or hyphens (not at either end), got "${orgSlug}"`,
    );
  }
  return { kind: 'synthetic', clients, orgSlug, seed };
}

const LABELS: Record<SyntheticPhase, string> = {
  clients: 'Clients and enrollments',
  sessions: 'Sessions',
  responses: 'Responses',
  outcomes: 'Deriving outcomes',
};
const UNITS: Record<SyntheticPhase, string> = {
  clients: 'clients',
  sessions: 'clients',
  responses: 'clients',
  outcomes: 'enrollments',
};
const WIDTH = Math.max(...Object.values(LABELS).map((l) => l.length));

/**
 * Progress on `stream`: a cli-progress bar per phase on a terminal; otherwise one plain line per
 * phase at 0% and then every 10%.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr) {
  let phase: SyntheticPhase | null = null;
  let bar: cliProgress.SingleBar | null = null;
  let lastTenth = -1;
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  const onProgress = (p: SyntheticPhase, done: number, total: number) => {
    if (p !== phase) {
      stop();
      phase = p;
      lastTenth = -1;
      if (stream.isTTY) {
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: `${LABELS[p].padEnd(WIDTH)} |{bar}| {percentage}% | {value}/{total} ${UNITS[p]} | {duration_formatted} (ETA {eta_formatted})`,
            hideCursor: true,
            etaBuffer: 20,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(Math.max(total, 1), done);
      }
    }
    if (bar) {
      bar.setTotal(Math.max(total, 1));
      bar.update(done);
      return;
    }
    const tenth = total > 0 ? Math.floor((10 * done) / total) : 10;
    if (tenth > lastTenth) {
      lastTenth = tenth;
      stream.write(`${LABELS[p]}: ${tenth * 10}% (${done}/${total} ${UNITS[p]})\n`);
    }
  };
  return { onProgress, stop };
}

const n = (x: number) => x.toLocaleString('en');

export function seedSyntheticCommand(req: { clients: number; orgSlug: string; seed: number }): Promise<void> {
  return withContext(async (ctx) => {
    const problem = await syntheticTargetProblem(ctx.db.kysely, req.orgSlug);
    if (problem) throw new UsageError(problem);
    const progress = progressReporter();
    const started = performance.now();
    let s: Awaited<ReturnType<typeof seedSynthetic>>;
    try {
      s = await seedSynthetic(ctx, { ...req, onProgress: progress.onProgress });
    } finally {
      progress.stop();
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Synthetic data (seed ${s.seed}) in "${req.orgSlug}"${s.organizationCreated ? ' (created)' : ''}: ` +
        `${n(s.clients)} clients, ${n(s.enrollments)} enrollments, ${n(s.sessions)} sessions, ` +
        `${n(s.responses)} responses (${(s.responses / s.clients).toFixed(1)} per client), ` +
        `outcomes derived for ${n(s.derived)} enrollments; ${seconds} s.`,
    );
  });
}
