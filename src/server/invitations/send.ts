/**
 * Emailing due invitations and reminders, one check-in email per client per day: what falls due
 * for a client in one run goes in one message (keyed by client and local day); what falls due
 * later that day waits for the next morning, unless it would close before then. Each invitation's
 * send is claimed with a compare-and-set, and the email is written in the same transaction — a
 * race with another process rolls the whole send back, to be retried.
 */
import { localDay, nextMorning } from '../../domain/messages/days.ts';
import { nextReminderAt } from '../../domain/portal/invitations.ts';
import { systemActor } from '../audit/audit-log.ts';
import { type AppContext, type Tx, transaction } from '../context.ts';
import { getTimezone } from '../sessions/repository.ts';
import { writeCheckIn } from './mail.ts';
import * as repo from './repository.ts';

const SCHEDULER = systemActor('scheduler');
const BATCH = 200;

class LostRace extends Error {}

/** Claims the next send of each invitation; returns those this caller owns. */
export async function claimAll(trx: Tx, invitations: readonly repo.InvitationRow[], now: string) {
  const claimed: repo.InvitationRow[] = [];
  for (const inv of invitations) {
    const next = nextReminderAt(now, inv.reminder_every_days, new Date(inv.closes_at).toISOString());
    if (await repo.claimSend(trx, inv, now, next)) claimed.push(inv);
  }
  return claimed;
}

/** Sends what is due for one client; returns how many invitations were sent. */
async function sendForClient(ctx: AppContext, due: repo.InvitationRow[], now: string): Promise<number> {
  const { organization_id: org, client_id: clientId } = due[0]!;
  try {
    return await transaction(ctx, async (trx) => {
      const zone = await getTimezone(trx, org);
      const dayKey = `questionnaires:${clientId}:${localDay(now, zone)}`;
      let sendNow = due;
      if (await repo.messageExists(trx, dayKey)) {
        const morning = nextMorning(now, zone);
        const wait = due.filter((i) => Date.parse(i.closes_at) > Date.parse(morning));
        for (const inv of wait) await repo.deferSend(trx, inv, morning, now);
        sendNow = due.filter((i) => !wait.includes(i));
      }
      const claimed = await claimAll(trx, sendNow, now);
      if (claimed.length === 0) return 0;
      const key = sendNow === due ? dayKey : `${dayKey}:${claimed[0]!.id}:${claimed[0]!.sends + 1}`;
      const result = await writeCheckIn(ctx, trx, claimed, key, now);
      if (result === 'duplicate') throw new LostRace();
      for (const inv of claimed)
        await ctx.audit.append(trx, SCHEDULER, {
          organizationId: org,
          action: inv.sends > 0 ? 'invitation.remind' : 'invitation.send',
          entityType: 'client',
          entityId: clientId,
          details: { invitationId: inv.id, send: inv.sends + 1, emailed: result === 'written' },
        });
      return claimed.length;
    });
  } catch (error) {
    if (error instanceof LostRace) return 0;
    throw error;
  }
}

/** Emails every invitation and reminder that is due; returns how many invitations were sent. */
export async function sendDueInvitations(ctx: AppContext, now: string): Promise<number> {
  const byClient = new Map<string, repo.InvitationRow[]>();
  for (const inv of await repo.dueToSend(ctx.db.kysely, now, BATCH)) {
    const key = `${inv.organization_id}:${inv.client_id}`;
    byClient.set(key, [...(byClient.get(key) ?? []), inv]);
  }
  let sent = 0;
  for (const due of byClient.values()) sent += await sendForClient(ctx, due, now);
  return sent;
}
