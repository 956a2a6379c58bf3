/**
 * The scheduler's integration step: books the contact of every dosing session that ended without
 * one, re-judges contacts still ahead (a CEQ answered since may pull one forward), and raises an
 * alert for each contact missed (src/domain/integration-window/missed.ts). Each dosing record and
 * contact in its own transaction; a second run finds nothing left to do.
 */
import { DomainError } from '../../domain/errors.ts';
import { alertForMissedContact, alertForUnbookable } from '../../domain/integration-window/alerts.ts';
import { contactStatus, RECORD_GRACE_HOURS } from '../../domain/integration-window/missed.ts';
import { raiseAlerts } from '../alerts/service.ts';
import { systemActor } from '../audit/audit-log.ts';
import { type AppContext, transaction } from '../context.ts';
import { syncIntegration } from './book.ts';
import * as repo from './repository.ts';

const SCHEDULER = systemActor('scheduler');
const BATCH = 200;

type Attendance = 'attended' | 'absent' | 'excused' | null;
type SessionStatus = 'scheduled' | 'completed' | 'cancelled';

async function syncAll(ctx: AppContext, rows: { organization_id: string; id: string }[], at: string) {
  let changed = 0;
  for (const r of rows) {
    try {
      const s = await transaction(ctx, (trx) =>
        syncIntegration(ctx, trx, SCHEDULER, r.organization_id, r.id, at),
      );
      if (s.booked || s.pulledForward || s.alerts) changed += 1;
    } catch (error) {
      // A contact that cannot be booked (say, a stored program definition that no longer
      // validates) is not left silent: the clinicians get an alert naming why, once.
      if (!(error instanceof DomainError)) throw error;
      if (await unbookable(ctx, r, error, at)) changed += 1;
    }
  }
  return changed;
}

async function unbookable(
  ctx: AppContext,
  r: { organization_id: string; id: string },
  error: DomainError,
  at: string,
): Promise<boolean> {
  const problem = error.code ? { code: error.code, params: error.params ?? {} } : undefined;
  return transaction(ctx, async (trx) => {
    const d = await repo.dosingSource(trx, r.organization_id, r.id);
    if (!d) return false;
    const ids = await raiseAlerts(ctx, trx, SCHEDULER, {
      organizationId: r.organization_id,
      clientId: d.client_id,
      drafts: [alertForUnbookable({ dosingRecordId: r.id, why: error.message, problem })],
      refs: { dosingRecordId: r.id },
      now: at,
    });
    return ids.length > 0;
  });
}

async function checkMissed(ctx: AppContext, at: string): Promise<number> {
  const before = new Date(Date.parse(at) - RECORD_GRACE_HOURS * 3_600_000).toISOString();
  let missed = 0;
  for (const c of await repo.contactsToCheck(ctx.db.kysely, before, BATCH)) {
    const attendance = c.attendance as Attendance;
    const sessionStatus = c.status as SessionStatus;
    if (contactStatus({ endsAt: c.ends_at, sessionStatus, attendance, now: at }) !== 'missed') continue;
    const why = sessionStatus === 'cancelled' ? 'cancelled' : attendance === null ? 'not-recorded' : 'absent';
    await transaction(ctx, async (trx) => {
      await raiseAlerts(ctx, trx, SCHEDULER, {
        organizationId: c.organization_id,
        clientId: c.client_id,
        drafts: [alertForMissedContact({ contactId: c.id, startsAt: c.starts_at, why })],
        refs: { dosingRecordId: c.dosing_record_id },
        now: at,
      });
      await repo.updateContact(trx, c.organization_id, c.id, { missed_at: at }, at);
    });
    missed += 1;
  }
  return missed;
}

/** One run: returns how many contacts were booked, pulled forward or found missed. */
export async function checkIntegration(ctx: AppContext, at: string): Promise<number> {
  const booked = await syncAll(ctx, await repo.dosingWithoutContact(ctx.db.kysely, at, BATCH), at);
  const reassessed = await syncAll(ctx, await repo.contactsToReassess(ctx.db.kysely, at, BATCH), at);
  return booked + reassessed + (await checkMissed(ctx, at));
}
