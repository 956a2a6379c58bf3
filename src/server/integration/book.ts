/**
 * Books and re-books the first integration contact of one dosing record, in the caller's
 * transaction: the window and slot come from src/domain/integration-window; a challenging
 * experience (or one the rule cannot judge) raises its alerts and pulls a booked contact forward.
 * The client is told through the usual session messages (booked, moved), in their language.
 */

import { randomUUID } from 'node:crypto';
import { conflict } from '../../domain/errors.ts';
import { alertsForChallenge } from '../../domain/integration-window/alerts.ts';
import {
  assessChallenge,
  type ChallengeResult,
  ChallengeUndecided,
  type UndecidedReason,
} from '../../domain/integration-window/challenge.ts';
import { DEFAULT_INTEGRATION } from '../../domain/integration-window/settings.ts';
import { integrationSlot } from '../../domain/integration-window/window.ts';
import { STORED_REASONS } from '../../domain/stored-reasons.ts';
import { raiseAlerts } from '../alerts/service.ts';
import type { Actor } from '../audit/audit-log.ts';
import type { AppContext, Tx } from '../context.ts';
import { sessionChanged } from '../messages/client-messages.ts';
import { readStoredDefinition } from '../programs/stored-definition.ts';
import * as sessions from '../sessions/repository.ts';
import { addAttendee } from '../sessions/writer.ts';
import * as repo from './repository.ts';

/** The CEQ is read generically, by instrument id, from the stored total. */
export const CEQ_INSTRUMENT_ID = 'ceq';

const NAMES: Record<string, string> = { nl: 'Integratiegesprek', en: 'Integration session' };

type Judgement =
  | ChallengeResult
  | { undecided: string; reason: UndecidedReason; ceqResponseId: string | null };

async function judge(trx: Tx, organizationId: string, d: repo.DosingSource) {
  const threshold = await repo.ceqThreshold(trx, organizationId);
  const until = await repo.nextDosingStart(trx, organizationId, d.client_id, d.started_at);
  const ceq = await repo.firstResponseAfter(
    trx,
    organizationId,
    d.client_id,
    CEQ_INSTRUMENT_ID,
    d.session_starts_at,
    until,
  );
  let judgement: Judgement;
  try {
    judgement = assessChallenge({
      flagged: d.difficult === 1,
      ceq: ceq ? { responseId: ceq.id, total: ceq.total } : null,
      ceqThreshold: threshold,
    });
  } catch (error) {
    if (!(error instanceof ChallengeUndecided)) throw error;
    judgement = { undecided: error.message, reason: error.reason, ceqResponseId: ceq?.id ?? null };
  }
  return { judgement, threshold };
}

const reasonsOf = (j: Judgement): string[] => ('undecided' in j ? ['undecided'] : j.reasons);

/** When the dosing ended: recorded end, else discharge, else the session's end once it passed. */
function dosingEnd(d: repo.DosingSource, now: string): string | null {
  if (d.ended_at) return d.ended_at;
  if (d.discharged_at) return d.discharged_at;
  return Date.parse(d.session_ends_at) <= Date.parse(now) ? d.session_ends_at : null;
}

export interface SyncResult {
  booked: boolean;
  pulledForward: boolean;
  alerts: number;
}

/** Books (once) and pulls forward (once) the contact of a dosing record; a no-op before it ended. */
export async function syncIntegration(
  ctx: AppContext,
  trx: Tx,
  actor: Actor,
  organizationId: string,
  dosingRecordId: string,
  now: string,
): Promise<SyncResult> {
  const none = { booked: false, pulledForward: false, alerts: 0 };
  const d = await repo.dosingSource(trx, organizationId, dosingRecordId);
  if (!d) return none;
  const endedAt = dosingEnd(d, now);
  if (!endedAt) return none;
  const { judgement, threshold } = await judge(trx, organizationId, d);
  const pullForward = 'undecided' in judgement || judgement.challenging;
  const alertIds = pullForward
    ? await raiseAlerts(ctx, trx, actor, {
        organizationId,
        clientId: d.client_id,
        drafts: alertsForChallenge({
          dosingRecordId,
          result: judgement,
          flagNote: d.difficult_note,
          ceqThreshold: threshold,
        }),
        refs: { dosingRecordId },
        now,
      })
    : [];
  const def = await readStoredDefinition(trx, organizationId, d.program_id, d.program_version);
  const timezone = await sessions.getTimezone(trx, organizationId);
  const settings = def.integration ?? DEFAULT_INTEGRATION;
  const slot = integrationSlot({ dosingEndedAt: endedAt, timezone, settings, pullForward, now });
  const existing = await repo.contactOfDosing(trx, organizationId, dosingRecordId);
  // A dosing recorded after its window closed is history: nothing is booked in the past.
  if (!existing && Date.parse(slot.windowClosesAt) < Date.parse(now))
    return { ...none, alerts: alertIds.length };
  const result = existing
    ? {
        booked: false,
        pulledForward: pullForward
          ? await pullExisting(ctx, trx, actor, existing, slot, reasonsOf(judgement), now)
          : false,
      }
    : {
        booked: await book(ctx, trx, actor, organizationId, d, endedAt, slot, reasonsOf(judgement), now),
        pulledForward: slot.pulledForward,
      };
  return { ...result, alerts: alertIds.length };
}

type Slot = ReturnType<typeof integrationSlot>;

async function book(
  ctx: AppContext,
  trx: Tx,
  actor: Actor,
  organizationId: string,
  d: repo.DosingSource,
  endedAt: string,
  slot: Slot,
  reasons: string[],
  now: string,
): Promise<boolean> {
  const sessionId = randomUUID();
  const contactId = randomUUID();
  await sessions.insertExtraSession(
    trx,
    organizationId,
    {
      id: sessionId,
      programId: d.program_id,
      cohortId: d.cohort_id,
      enrollmentId: d.enrollment_id,
      name: NAMES[d.language] ?? NAMES.en!,
      phase: 'integration',
      plannedDose: null,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      roomId: null,
    },
    now,
  );
  const facilitators = await sessions.facilitatorsOf(trx, organizationId, [d.session_id]);
  await sessions.replaceFacilitators(trx, organizationId, sessionId, [
    ...new Set(facilitators.map((f) => f.user_id)),
  ]);
  await addAttendee(trx, organizationId, sessionId, {
    enrollmentId: d.enrollment_id,
    clientId: d.client_id,
    booking: 'booked',
  });
  const inserted = await repo.insertContact(trx, {
    id: contactId,
    organization_id: organizationId,
    dosing_record_id: d.id,
    enrollment_id: d.enrollment_id,
    client_id: d.client_id,
    session_id: sessionId,
    dosing_ended_at: endedAt,
    window_opens_at: slot.windowOpensAt,
    window_closes_at: slot.windowClosesAt,
    pulled_forward: slot.pulledForward ? 1 : 0,
    pull_reasons: JSON.stringify(slot.pulledForward ? reasons : []),
    missed_at: null,
    created_at: now,
    updated_at: now,
  });
  // Another run booked it meanwhile: roll this booking back rather than book twice.
  if (!inserted) throw conflict('integration-contact-booked');
  await ctx.audit.append(trx, actor, {
    organizationId,
    action: 'integration.book',
    entityType: 'client',
    entityId: d.client_id,
    details: {
      dosingRecordId: d.id,
      sessionId,
      contactId,
      startsAt: slot.startsAt,
      pulledForward: slot.pulledForward,
    },
  });
  await sessionChanged(ctx, trx, { organizationId, sessionId, version: 1 }, 'session-booked', now);
  return true;
}

/** Moves a booked, still scheduled contact to the earlier slot; false when it is not earlier. */
async function pullExisting(
  ctx: AppContext,
  trx: Tx,
  actor: Actor,
  contact: repo.ContactRow,
  slot: Slot,
  reasons: string[],
  now: string,
): Promise<boolean> {
  const organizationId = contact.organization_id;
  if (contact.pulled_forward === 1 || !slot.pulledForward) return false;
  const session = await sessions.getSession(trx, organizationId, contact.session_id);
  if (session?.status !== 'scheduled') return false;
  if (Date.parse(slot.startsAt) >= Date.parse(session.starts_at)) return false;
  const moved = await sessions.updateSession(
    trx,
    organizationId,
    session.id,
    session.version,
    {
      starts_at: slot.startsAt,
      ends_at: slot.endsAt,
      status_reason: STORED_REASONS['pulled-forward'],
    },
    now,
  );
  if (!moved) return false;
  await repo.updateContact(
    trx,
    organizationId,
    contact.id,
    { pulled_forward: 1, pull_reasons: JSON.stringify(reasons) },
    now,
  );
  await ctx.audit.append(trx, actor, {
    organizationId,
    action: 'integration.pull-forward',
    entityType: 'client',
    entityId: contact.client_id,
    details: {
      contactId: contact.id,
      sessionId: session.id,
      from: session.starts_at,
      to: slot.startsAt,
      reasons,
    },
  });
  await sessionChanged(
    ctx,
    trx,
    {
      organizationId,
      sessionId: session.id,
      version: session.version + 1,
      previousStartsAt: session.starts_at,
    },
    'session-moved',
    now,
  );
  return true;
}
