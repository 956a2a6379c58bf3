/** `threshold score <instrument-id> <answer>... [--json]` and `threshold rescore`. */
import { findInstrument, INSTRUMENTS } from '../domain/instruments/registry.ts';
import { positionalAnswers } from '../domain/instruments/scoring.ts';
import { systemActor } from '../server/audit/audit-log.ts';
import { rescoreAll } from '../server/responses/rescore.ts';
import { UsageError, withContext } from './runtime.ts';

export function score(instrumentId: string, raw: string[], opts: { json?: boolean }): void {
  const def = findInstrument(instrumentId);
  if (!def)
    throw new UsageError(
      `unknown instrument "${instrumentId}"; known: ${INSTRUMENTS.map((i) => i.id).join(', ')}`,
    );
  const values = raw.map((a, i) => {
    if (a === '-' || a.toLowerCase() === 'null') return null;
    if (!/^-?\d+$/.test(a)) throw new UsageError(`answer ${i + 1} ("${a}") is not a whole number`);
    return Number(a);
  });
  const result = def.score(positionalAnswers(def, values));
  if (opts.json) {
    console.log(
      JSON.stringify({
        instrument: def.id,
        total: result.total,
        severity: result.severity,
        subscales: result.subscales,
        flags: result.flags.map((f) => f.id),
      }),
    );
    return;
  }
  const lines = [
    `${def.shortName} (${def.name}), version ${def.version}`,
    `Total: ${round(result.total)} (range ${def.totalRange.min}–${def.totalRange.max})${result.severity ? ` — ${result.severity}` : ''}`,
  ];
  const subs = Object.entries(result.subscales);
  if (subs.length) lines.push(`Subscales: ${subs.map(([k, v]) => `${k} ${round(v)}`).join(', ')}`);
  lines.push(result.flags.length ? 'Flags:' : 'Flags: none');
  for (const f of result.flags) lines.push(`  ${f.id}: ${f.reason}`);
  console.log(lines.join('\n'));
}

const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

export function rescore(opts: { dryRun?: boolean }): Promise<void> {
  return withContext(async (ctx) => {
    const r = await rescoreAll(ctx, systemActor('cli rescore'), { dryRun: !!opts.dryRun });
    console.log(
      `Checked ${r.checked} stored responses: ${r.changed.length} ${opts.dryRun ? 'would change' : 'changed'}, ${r.failed.length} could not be scored.`,
    );
    for (const c of r.changed) {
      console.log(
        `  ${c.id} ${c.instrumentId}: total ${c.before.total} → ${c.after.total}, severity ${c.before.severity ?? '–'} → ${c.after.severity ?? '–'}, flags [${c.before.flags.join(', ')}] → [${c.after.flags.join(', ')}]`,
      );
    }
    for (const f of r.failed) console.log(`  ${f.id} ${f.instrumentId}: NOT rescored — ${f.reason}`);
    if (r.failed.length) process.exitCode = 1;
  });
}
