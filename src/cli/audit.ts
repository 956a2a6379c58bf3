/**
 * `threshold audit verify`: walks the audit chain and compares it with its anchor (so deleted
 * newest entries show); with --anchor, also with an anchor kept elsewhere (a backup's).
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import type { Anchor } from '../domain/audit/anchor.ts';
import { UsageError } from './usage-error.ts';

export function addAuditCommand(program: Command): void {
  program
    .command('audit')
    .description('The audit trail')
    .command('verify')
    .description(
      "Check the audit trail's hash chain and anchor; names the first broken link and missing entries",
    )
    .option('--anchor <file>', "also check against an anchor kept elsewhere (a backup's .anchor.json)")
    .action((o: { anchor?: string }) => verify(o.anchor));
}

async function verify(anchorFile: string | undefined): Promise<void> {
  const external = anchorFile ? readAnchorFile(anchorFile) : null;
  // Loaded when the command runs, so `threshold --help` stays light.
  const { withContext } = await import('./runtime.ts');
  const { checkExternalAnchor, verifyAuditChain } = await import('../server/audit/verify.ts');
  await withContext(async (ctx) => {
    const r = await verifyAuditChain(ctx.db.kysely);
    if (r.ok) {
      console.log(`Audit trail intact: ${r.checked} entries checked; they match the anchor.`);
    } else if (r.firstBroken!.reason === 'truncated') {
      console.log(
        `Audit trail TRUNCATED: ${r.missing} ${r.missing === 1 ? 'entry is' : 'entries are'} missing from entry ${r.firstBroken!.seq} on (deleted); the ${r.checked} entries before are intact.`,
      );
    } else {
      const missing = r.missing ? `; ${r.missing} entries the anchor counted are missing` : '';
      console.log(
        `Audit trail BROKEN at entry ${r.firstBroken!.seq} (${r.firstBroken!.reason}); ${r.checked} entries before it are intact${missing}.`,
      );
    }
    if (!r.ok) process.exitCode = 1;
    if (!external) return;
    const e = await checkExternalAnchor(ctx.db.kysely, external);
    if (e.ok) {
      console.log(
        `Matches the anchor in ${anchorFile}: entry ${external.headSeq} and the ${external.entries} up to it.`,
      );
    } else {
      console.log(
        `Does NOT match the anchor in ${anchorFile}: ${e.headFound ? '' : `entry ${external.headSeq} is missing or altered; `}${e.missing} of the ${external.entries} entries up to it are missing.`,
      );
      process.exitCode = 1;
    }
  });
}

function readAnchorFile(file: string): Anchor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read the anchor file ${file}: ${(e as Error).message}`);
  }
  const a = parsed as Partial<Record<keyof Anchor, unknown>>;
  const count = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  if (
    !count(a.entries) ||
    !count(a.headSeq) ||
    typeof a.headHash !== 'string' ||
    !/^[0-9a-f]{64}$/.test(a.headHash)
  )
    throw new UsageError(`${file} is not an audit anchor ({"entries", "headSeq", "headHash"})`);
  return { entries: a.entries as number, headSeq: a.headSeq as number, headHash: a.headHash };
}
