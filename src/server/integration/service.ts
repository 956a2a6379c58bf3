/**
 * The integration window as staff see and act on it: a client's contacts (audited reads) and the
 * facilitator's difficult-session flag, which raises its alert and pulls the contact forward in
 * the same transaction (src/server/integration/book.ts).
 */
import type {
  DifficultFlag,
  DifficultFlagResult,
  IntegrationContact,
  IntegrationContactList,
} from '../../api/integration.ts';
import { invalid, notFound } from '../../domain/errors.ts';
import { contactStatus } from '../../domain/integration-window/missed.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { syncIntegration } from './book.ts';
import * as repo from './repository.ts';

type ClientContactRow = Awaited<ReturnType<typeof repo.contactsOfClient>>[number];
type SessionStatus = IntegrationContact['session']['status'];

function toContact(r: ClientContactRow, now: string): IntegrationContact {
  const sessionStatus = r.session_status as SessionStatus;
  const attendance = r.attendance as 'attended' | 'absent' | 'excused' | null;
  return {
    id: r.id,
    dosingRecordId: r.dosing_record_id,
    dosingSessionName: r.dosing_session_name,
    dosingEndedAt: r.dosing_ended_at,
    windowOpensAt: r.window_opens_at,
    windowClosesAt: r.window_closes_at,
    session: { id: r.session_id, startsAt: r.starts_at, endsAt: r.ends_at, status: sessionStatus },
    // The scheduler's missed verdict stands until attendance is recorded after all.
    status:
      r.missed_at && attendance !== 'attended'
        ? 'missed'
        : contactStatus({ endsAt: r.ends_at, sessionStatus, attendance, now }),
    pulledForward: r.pulled_forward === 1,
    reasons: JSON.parse(r.pull_reasons) as IntegrationContact['reasons'],
    flagNote: r.difficult_note,
  };
}

async function contactsOf(trx: Tx, organizationId: string, clientId: string) {
  const now = new Date().toISOString();
  return (await repo.contactsOfClient(trx, organizationId, clientId)).map((r) => toContact(r, now));
}

export async function listContacts(
  ctx: AppContext,
  scope: OrgScope,
  clientId: string,
): Promise<IntegrationContactList> {
  return transaction(ctx, async (trx) => {
    const client = await trx
      .selectFrom('clients')
      .select('id')
      .where('organization_id', '=', scope.organizationId)
      .where('id', '=', clientId)
      .executeTakeFirst();
    if (!client) throw notFound('Client');
    const items = await contactsOf(trx, scope.organizationId, clientId);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'integration.read',
      entityType: 'client',
      entityId: clientId,
      details: { count: items.length },
    });
    return { items };
  });
}

export async function flagDifficult(
  ctx: AppContext,
  scope: OrgScope,
  dosingRecordId: string,
  input: DifficultFlag,
): Promise<DifficultFlagResult> {
  const note = input.note?.trim() || null;
  if (input.difficult && !note) throw invalid('note', 'say-what-made-session-difficult');
  return transaction(ctx, async (trx) => {
    const source = await repo.dosingSource(trx, scope.organizationId, dosingRecordId);
    if (!source) throw notFound('Dosing record');
    const now = new Date().toISOString();
    await repo.setDifficult(
      trx,
      scope.organizationId,
      dosingRecordId,
      { difficult: input.difficult, note, userId: scope.actor.userId },
      now,
    );
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'dosing.flag',
      entityType: 'client',
      entityId: source.client_id,
      // Whether a note was written, never its text (free text may name others).
      details: { dosingRecordId, difficult: input.difficult, noted: Boolean(note) },
    });
    if (input.difficult)
      await syncIntegration(ctx, trx, scope.actor, scope.organizationId, dosingRecordId, now);
    const contact = (await contactsOf(trx, scope.organizationId, source.client_id)).find(
      (c) => c.dosingRecordId === dosingRecordId,
    );
    return {
      dosingRecordId,
      difficult: input.difficult,
      note: input.difficult ? note : null,
      contact: contact ?? null,
    };
  });
}

/** The window and pull-forward reasons of the integration sessions among `sessionIds` (Today). */
export async function slotInfoOf(trx: Tx, organizationId: string, sessionIds: string[]) {
  const rows = await repo.contactsOfSessions(trx, organizationId, sessionIds);
  return new Map(
    rows.map((r) => [
      r.session_id,
      {
        windowOpensAt: r.window_opens_at,
        windowClosesAt: r.window_closes_at,
        pulledForward: r.pulled_forward === 1,
        reasons: JSON.parse(r.pull_reasons) as IntegrationContact['reasons'],
      },
    ]),
  );
}
