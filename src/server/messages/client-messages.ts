/**
 * The client messages that follow a change staff make, written in that change's transaction:
 * enrollment confirmed, an appointment booked, moved or cancelled, a consent document to read.
 * Each is keyed by what caused it (the enrollment, the session's new version, the document), so a
 * retried request cannot write it twice.
 */
import { formatWhen, PLACE_TO_BE_CONFIRMED, sessionList } from '../../domain/messages/format.ts';
import type { AppContext, Tx } from '../context.ts';
import { currentConsentDocument } from '../programs/repository.ts';
import { sendClientMessage } from './compose.ts';

export async function enrollmentConfirmed(
  ctx: AppContext,
  trx: Tx,
  e: { organizationId: string; enrollmentId: string; clientId: string; program: string },
  now: string,
): Promise<boolean> {
  return sendClientMessage(
    ctx,
    trx,
    {
      organizationId: e.organizationId,
      clientId: e.clientId,
      kind: 'enrollment',
      dedupeKey: `enrollment:${e.enrollmentId}`,
      values: () => ({ program: e.program }),
    },
    now,
  );
}

export type SessionChange = 'session-booked' | 'session-moved' | 'session-cancelled';

/**
 * Tells every client booked on a session (not those whose dosing booking is still held) that it
 * was booked, moved (from `previousStartsAt`) or cancelled. `version` is the session's version
 * after the change.
 */
export async function sessionChanged(
  ctx: AppContext,
  trx: Tx,
  s: { organizationId: string; sessionId: string; version: number; previousStartsAt?: string },
  kind: SessionChange,
  now: string,
): Promise<number> {
  const session = await trx
    .selectFrom('program_sessions as s')
    .leftJoin('rooms as r', (j) =>
      j.onRef('r.id', '=', 's.room_id').onRef('r.organization_id', '=', 's.organization_id'),
    )
    .select(['s.name', 's.starts_at', 'r.name as room'])
    .where('s.organization_id', '=', s.organizationId)
    .where('s.id', '=', s.sessionId)
    .executeTakeFirst();
  // A session booked or changed after it began (recorded afterwards) is news to no one.
  if (!session || Date.parse(session.starts_at) <= Date.parse(now)) return 0;
  const attendees = await trx
    .selectFrom('session_attendees')
    .select('client_id')
    .where('organization_id', '=', s.organizationId)
    .where('session_id', '=', s.sessionId)
    .where('booking', '=', 'booked')
    .execute();
  let sent = 0;
  for (const a of attendees) {
    const ok = await sendClientMessage(
      ctx,
      trx,
      {
        organizationId: s.organizationId,
        clientId: a.client_id,
        kind,
        dedupeKey: `${kind}:${s.sessionId}:${a.client_id}:${s.version}`,
        values: ({ lang, zone }) => {
          const previous = s.previousStartsAt ? formatWhen(s.previousStartsAt, zone, lang) : null;
          return {
            session: session.name,
            place: session.room ?? PLACE_TO_BE_CONFIRMED[lang],
            ...formatWhen(session.starts_at, zone, lang),
            ...(previous ? { previousDate: previous.date, previousTime: previous.time } : {}),
          };
        },
      },
      now,
    );
    if (ok) sent++;
  }
  return sent;
}

/** Sends the program's current consent document to read, once per document version. */
export async function consentToRead(
  ctx: AppContext,
  trx: Tx,
  e: { organizationId: string; enrollmentId: string; clientId: string; programId: string },
  now: string,
): Promise<boolean> {
  const doc = await currentConsentDocument(trx, e.organizationId, e.programId);
  if (!doc) return false;
  const program = await trx
    .selectFrom('programs')
    .select('name')
    .where('organization_id', '=', e.organizationId)
    .where('id', '=', e.programId)
    .executeTakeFirstOrThrow();
  return sendClientMessage(
    ctx,
    trx,
    {
      organizationId: e.organizationId,
      clientId: e.clientId,
      kind: 'consent',
      dedupeKey: `consent:${e.enrollmentId}:${doc.version}`,
      values: () => ({
        program: program.name,
        document: doc.title,
        documentText: doc.body,
        consentLink: `${ctx.config.publicUrl}/portal/consent`,
      }),
    },
    now,
  );
}

/**
 * After consent releases a client's held dosing bookings: one message listing those still ahead
 * (not one email per session), once per consent.
 */
export async function bookingsReleased(
  ctx: AppContext,
  trx: Tx,
  r: { organizationId: string; clientId: string; consentId: string; sessionIds: readonly string[] },
  now: string,
): Promise<boolean> {
  if (r.sessionIds.length === 0) return false;
  const rows = await trx
    .selectFrom('program_sessions as s')
    .leftJoin('rooms as room', (j) =>
      j.onRef('room.id', '=', 's.room_id').onRef('room.organization_id', '=', 's.organization_id'),
    )
    .select(['s.name', 's.starts_at', 'room.name as room'])
    .where('s.organization_id', '=', r.organizationId)
    .where('s.id', 'in', [...r.sessionIds])
    .where('s.starts_at', '>', now)
    .orderBy('s.starts_at')
    .execute();
  if (rows.length === 0) return false;
  const lines = rows.map((s) => ({
    name: s.name,
    startsAt: new Date(s.starts_at).toISOString(),
    place: s.room,
  }));
  return sendClientMessage(
    ctx,
    trx,
    {
      organizationId: r.organizationId,
      clientId: r.clientId,
      kind: 'sessions-booked',
      dedupeKey: `sessions-booked:${r.consentId}`,
      values: ({ lang, zone }) => ({ sessions: sessionList(lines, zone, lang) }),
    },
    now,
  );
}
