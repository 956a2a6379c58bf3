/**
 * The scheduler's step for at-home check-ins: each check-in left unanswered past its grace period
 * is marked missed and raises one high alert (marked first, in the same transaction, so two servers
 * or a retry never raise it twice).
 */
import { alertForMissedCheckin, isMissed } from '../../domain/dosing/at-home.ts';
import { raiseAlerts } from '../alerts/service.ts';
import { systemActor } from '../audit/audit-log.ts';
import { type AppContext, transaction } from '../context.ts';
import * as repo from './repository.ts';

const BATCH = 200;

export async function raiseMissedCheckins(ctx: AppContext, at: string): Promise<number> {
  const now = new Date(at);
  const due = (await repo.overdueCheckins(ctx.db.kysely, at, BATCH)).filter((r) =>
    isMissed({ id: r.id, dueAt: r.due_at, answer: null }, r.grace_minutes, now),
  );
  let raised = 0;
  for (const r of due)
    await transaction(ctx, async (trx) => {
      if (!(await repo.markMissed(trx, r.organization_id, r.id, at))) return;
      raised += 1;
      await raiseAlerts(ctx, trx, systemActor('scheduler'), {
        organizationId: r.organization_id,
        clientId: r.client_id,
        drafts: [alertForMissedCheckin({ id: r.id, dueAt: r.due_at, offsetMinutes: r.offset_minutes })],
        refs: { dosingRecordId: r.dosing_record_id },
        now: at,
      });
    });
  return raised;
}
