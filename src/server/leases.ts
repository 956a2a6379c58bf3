/**
 * Leases on scheduled jobs (migration 0023-shared-coordination), so that of several servers on one
 * database one at a time runs a job: a server takes the job's lease when it is free or lapsed (one
 * upsert, atomic on both databases), runs the job and lets go. A server that dies while holding a
 * lease holds it until `lease_until`; then the next server to try takes the job over. The lease
 * only spares duplicate work: every job claims each row it changes on its own (see the services),
 * so two servers running one job at once (a lease that lapsed during a long run) still send nothing
 * twice.
 */

import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Tx } from './context.ts';

/** This process, as a lease holder: host, process id and a random part (pids are reused). */
export const LEASE_HOLDER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** Takes `job`'s lease until `until` if it is free, lapsed or already ours; true when taken. */
export async function acquireLease(
  db: Tx,
  job: string,
  now: Date,
  until: Date,
  holder = LEASE_HOLDER,
): Promise<boolean> {
  const at = now.toISOString();
  const result = await db
    .insertInto('scheduler_leases')
    .values({ job, holder, lease_until: until.toISOString(), acquired_at: at })
    .onConflict((oc) =>
      oc
        .column('job')
        .doUpdateSet((eb) => ({
          holder: eb.ref('excluded.holder'),
          lease_until: eb.ref('excluded.lease_until'),
          acquired_at: eb.ref('excluded.acquired_at'),
        }))
        .where((eb) =>
          eb.or([eb('scheduler_leases.lease_until', '<=', at), eb('scheduler_leases.holder', '=', holder)]),
        ),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Lets go of `job`'s lease if this holder has it, so that any server may run the job next. */
export async function releaseLease(db: Tx, job: string, now: Date, holder = LEASE_HOLDER): Promise<void> {
  await db
    .updateTable('scheduler_leases')
    .set({ lease_until: now.toISOString() })
    .where('job', '=', job)
    .where('holder', '=', holder)
    .execute();
}

/**
 * Runs `work` under `job`'s lease (held for `leaseMs`); null without running it when another
 * holder has the lease. The lease is let go however the work ends.
 */
export async function withLease<T>(
  db: Tx,
  job: string,
  leaseMs: number,
  work: () => Promise<T>,
  holder = LEASE_HOLDER,
): Promise<T | null> {
  const now = new Date();
  if (!(await acquireLease(db, job, now, new Date(now.getTime() + leaseMs), holder))) return null;
  try {
    return await work();
  } finally {
    await releaseLease(db, job, new Date(), holder);
  }
}
