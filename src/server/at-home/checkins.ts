/**
 * Answering an at-home check-in, by the client (portal) or the support person (link): the answer
 * goes to the check-in that is open (src/domain/dosing/at-home.ts); "I need help" raises an urgent
 * alert at once and answers with the organization's crisis lines. Audited with the client.
 */
import { randomUUID } from 'node:crypto';
import type { CheckinAnswerIn, CheckinResult, HomeCheckin, HomeSessionView } from '../../api/at-home.ts';
import {
  alertForHelp,
  type CheckinAnswer,
  checkinFor,
  checkinVitals,
  HELP_MESSAGE,
  isMissed,
} from '../../domain/dosing/at-home.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import type { CrisisLanguage } from '../../domain/portal/crisis.ts';
import { raiseAlerts } from '../alerts/service.ts';
import type { Actor } from '../audit/audit-log.ts';
import type { AppContext, Tx } from '../context.ts';
import { crisisSupportFor } from '../crisis-lines/service.ts';
import * as repo from './repository.ts';

export type Answerer = 'client' | 'support';

export const toCheckin = (r: repo.CheckinRow): HomeCheckin => ({
  id: r.id,
  offsetMinutes: r.offset_minutes,
  dueAt: r.due_at,
  answer: r.answer as CheckinAnswer | null,
  answeredBy: r.answered_by as Answerer | null,
  answeredAt: r.answered_at,
  note: r.note,
  systolic: r.systolic,
  diastolic: r.diastolic,
  heartRate: r.heart_rate,
  missedAt: r.missed_at,
});

const stateOf = (r: repo.CheckinRow) => ({
  id: r.id,
  dueAt: r.due_at,
  answer: r.answer as CheckinAnswer | null,
});

/** The latest moment a dose's check-ins can be answered: its session's end or the last grace period. */
export function answerableUntil(endsAt: string, rows: readonly repo.CheckinRow[]): string {
  const last = Math.max(
    Date.parse(endsAt),
    ...rows.map((r) => Date.parse(r.due_at) + r.grace_minutes * 60_000),
  );
  return new Date(last).toISOString();
}

/** What one answering sees: the organization, the client's first name, the times and answers. */
export async function sessionView(
  trx: Tx,
  dose: { organizationId: string; dosingRecordId: string; clientId: string; expiresAt: string },
  now: Date,
): Promise<HomeSessionView> {
  const rows = await repo.checkinsOf(trx, dose.organizationId, dose.dosingRecordId);
  const names = await repo.namesOf(trx, dose.organizationId, dose.clientId);
  if (!names || !rows.length) throw notFound('At-home session');
  return {
    dosingRecordId: dose.dosingRecordId,
    organizationName: names.org_name,
    timeZone: names.timezone,
    locale: names.locale,
    language: names.language === 'en' ? 'en' : 'nl',
    clientName: names.preferred_name?.trim() || names.given_name,
    askVitals: rows.some((r) => r.ask_vitals === 1),
    expiresAt: dose.expiresAt,
    checkins: rows.map((r) => ({
      id: r.id,
      dueAt: r.due_at,
      answer: r.answer as CheckinAnswer | null,
      answeredAt: r.answered_at,
      missed: r.missed_at !== null || isMissed(stateOf(r), r.grace_minutes, now),
    })),
  };
}

export interface AnswerTarget {
  organizationId: string;
  dosingRecordId: string;
  clientId: string;
}

export async function answerCheckin(
  ctx: AppContext,
  trx: Tx,
  actor: Actor,
  by: Answerer,
  dose: AnswerTarget,
  input: CheckinAnswerIn,
  now: Date,
): Promise<CheckinResult> {
  const rows = await repo.checkinsOf(trx, dose.organizationId, dose.dosingRecordId);
  if (!rows.length) throw notFound('At-home session');
  const vitals = checkinVitals(
    input.answer,
    rows.some((r) => r.ask_vitals === 1),
    input,
  );
  const target = checkinFor(rows.map(stateOf), input.answer, now);
  const at = now.toISOString();
  const answer = {
    answer: input.answer,
    answered_by: by,
    answered_at: at,
    note: input.note?.trim() || null,
    systolic: vitals.systolic,
    diastolic: vitals.diastolic,
    heart_rate: vitals.heartRate,
  };
  const id = target?.id ?? randomUUID();
  if (target) {
    if (!(await repo.answerCheckin(trx, dose.organizationId, id, answer)))
      throw conflict('check-in-answered');
  } else
    await repo.insertCheckins(trx, [
      {
        id,
        organization_id: dose.organizationId,
        dosing_record_id: dose.dosingRecordId,
        client_id: dose.clientId,
        offset_minutes: null,
        due_at: at,
        grace_minutes: rows[0]!.grace_minutes,
        ask_vitals: rows[0]!.ask_vitals,
        missed_at: null,
        created_at: at,
        ...answer,
      },
    ]);
  await ctx.audit.append(trx, actor, {
    organizationId: dose.organizationId,
    action: 'at-home.checkin',
    entityType: 'dosing-record',
    entityId: dose.dosingRecordId,
    details: { clientId: dose.clientId, checkinId: id, answer: input.answer, by },
  });
  let crisis: CheckinResult['crisis'] = null;
  if (input.answer === 'help') {
    await raiseAlerts(ctx, trx, actor, {
      organizationId: dose.organizationId,
      clientId: dose.clientId,
      drafts: [alertForHelp({ id, answeredBy: by })],
      refs: { dosingRecordId: dose.dosingRecordId },
      now: at,
    });
    const names = await repo.namesOf(trx, dose.organizationId, dose.clientId);
    const language: CrisisLanguage = input.language ?? (names?.language === 'en' ? 'en' : 'nl');
    const support = await crisisSupportFor(trx, dose.organizationId, language);
    crisis = { message: HELP_MESSAGE[language], contacts: support.contacts };
  }
  const stored = (await repo.checkinsOf(trx, dose.organizationId, dose.dosingRecordId)).find(
    (r) => r.id === id,
  )!;
  return { checkin: toCheckin(stored), crisis };
}
