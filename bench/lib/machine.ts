/** What the numbers were measured on: CPU count, CPU model, memory, OS, Node, and a filesystem. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export interface Machine {
  nproc: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
}

function cpuModel(): string {
  try {
    const line = fs
      .readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => /^model name\s*:/.test(l));
    if (line) return line.replace(/^model name\s*:\s*/, '').trim();
  } catch {
    // not Linux: fall back to what Node reports
  }
  return os.cpus()[0]?.model.trim() ?? 'unknown';
}

export function machine(): Machine {
  return {
    nproc: os.availableParallelism(),
    cpuModel: cpuModel(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

const FS_MAGIC: Record<number, string> = {
  61267: 'ext4',
  16914836: 'tmpfs',
  1481003842: 'xfs',
  2435016766: 'btrfs',
  2035054128: 'overlayfs',
  801189825: 'zfs',
  26985: 'nfs',
  1702057286: 'fuse',
};

/** The filesystem type holding `dir` (it decides what an fsync costs), or its magic number. */
export function filesystemOf(dir: string): string {
  try {
    const { type } = fs.statfsSync(dir);
    return FS_MAGIC[type] ?? `fs-magic 0x${type.toString(16)}`;
  } catch {
    return 'unknown';
  }
}

export interface CpuSnapshot {
  /** Milliseconds all CPUs together spent idle, and in total, since boot. */
  idle: number;
  total: number;
}

export function cpuSnapshot(): CpuSnapshot {
  let idle = 0;
  let total = 0;
  for (const { times } of os.cpus()) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total };
}

/** Busy CPU time between two snapshots, in cores (2 = two CPUs flat out) over `wallSeconds`. */
export function busyCores(a: CpuSnapshot, b: CpuSnapshot, wallSeconds: number): number {
  return (b.total - a.total - (b.idle - a.idle)) / 1000 / wallSeconds;
}

/**
 * The share of all CPUs busy over the next `ms` milliseconds. Taken while the benchmark itself is
 * idle, it shows whether something else on the machine would disturb the measurement.
 */
export async function busyFraction(ms = 1000): Promise<number> {
  const a = cpuSnapshot();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const b = cpuSnapshot();
  const total = b.total - a.total;
  return total > 0 ? Math.max(0, 1 - (b.idle - a.idle) / total) : 0;
}

/**
 * Waits, in one-second samples and at most `maxMs`, until less than `threshold` of the CPUs are
 * busy. Returns the last sample (so the caller can flag a run that started on a busy machine).
 */
export async function waitForQuiet(threshold: number, maxMs: number): Promise<number> {
  const until = Date.now() + maxMs;
  let busy = await busyFraction(1000);
  while (busy >= threshold && Date.now() < until) busy = await busyFraction(1000);
  return busy;
}

let clockTicks: number | undefined;

/**
 * CPU seconds (user + system) used so far by a process (all its threads: the event loop, GC and
 * libuv workers) or, with `mainThreadOnly`, by its main thread, which runs the event loop. Read
 * from /proc; null where there is none.
 */
export function processCpuSeconds(pid: number, mainThreadOnly = false): number | null {
  try {
    // Fields after the command name, which is in parentheses and may contain spaces.
    const stat = fs.readFileSync(
      mainThreadOnly ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`,
      'utf8',
    );
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    return ticks / clockTicks;
  } catch {
    return null;
  }
}
