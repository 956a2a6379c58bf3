/**
 * The scheduler's session reminders: on the day before each scheduled session (in the
 * organization's time zone, from the morning on), every client booked on it gets one reminder.
 * The outbox's dedupe key (session, client, start time) makes it once only — however often the job
 * runs and in however many processes — and a session moved to another day is reminded again.
 */
import { sessionReminderDue } from '../../domain/messages/days.ts';
import { formatWhen, PLACE_TO_BE_CONFIRMED } from '../../domain/messages/format.ts';
import { type AppContext, transaction } from '../context.ts';
import { sendClientMessage } from './compose.ts';

/** Sessions are looked for this far ahead (the day before is at most 48 hours before). */
const AHEAD_MS = 48 * 3_600_000;

const keyOf = (sessionId: string, clientId: string, startsAt: string) =>
  `session-reminder:${sessionId}:${clientId}:${new Date(startsAt).toISOString()}`;

function upcomingAttendees(ctx: AppContext, now: string) {
  return ctx.db.kysely
    .selectFrom('program_sessions as s')
    .innerJoin('organizations as o', 'o.id', 's.organization_id')
    .innerJoin('session_attendees as a', (j) =>
      j.onRef('a.session_id', '=', 's.id').onRef('a.organization_id', '=', 's.organization_id'),
    )
    .leftJoin('rooms as r', (j) =>
      j.onRef('r.id', '=', 's.room_id').onRef('r.organization_id', '=', 's.organization_id'),
    )
    .select([
      's.id',
      's.organization_id',
      's.name',
      's.starts_at',
      'o.timezone',
      'a.client_id',
      'r.name as room',
    ])
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>', now)
    .where('s.starts_at', '<=', new Date(Date.parse(now) + AHEAD_MS).toISOString())
    .where('a.booking', '=', 'booked')
    .where((eb) => eb.or([eb('a.attendance', 'is', null), eb('a.attendance', '!=', 'excused')]))
    .execute();
}

/** Which of these reminders were written already (looked up by the outbox's unique key). */
async function sentKeys(ctx: AppContext, keys: readonly string[]): Promise<Set<string>> {
  const done = new Set<string>();
  for (let i = 0; i < keys.length; i += 400) {
    const rows = await ctx.db.kysely
      .selectFrom('outbox')
      .select('dedupe_key')
      .where('dedupe_key', 'in', keys.slice(i, i + 400))
      .execute();
    for (const r of rows) done.add(r.dedupe_key);
  }
  return done;
}

/** Writes the reminders due at `now`; returns how many were written. */
export async function sendSessionReminders(ctx: AppContext, now: string): Promise<number> {
  const rows = (await upcomingAttendees(ctx, now)).filter((r) =>
    sessionReminderDue(new Date(r.starts_at).toISOString(), now, r.timezone),
  );
  if (rows.length === 0) return 0;
  const done = await sentKeys(
    ctx,
    rows.map((r) => keyOf(r.id, r.client_id, r.starts_at)),
  );
  let sent = 0;
  for (const r of rows) {
    const dedupeKey = keyOf(r.id, r.client_id, r.starts_at);
    if (done.has(dedupeKey)) continue;
    const ok = await transaction(ctx, (trx) =>
      sendClientMessage(
        ctx,
        trx,
        {
          organizationId: r.organization_id,
          clientId: r.client_id,
          kind: 'session-reminder',
          dedupeKey,
          values: ({ lang, zone }) => ({
            session: r.name,
            place: r.room ?? PLACE_TO_BE_CONFIRMED[lang],
            ...formatWhen(new Date(r.starts_at).toISOString(), zone, lang),
          }),
        },
        now,
      ),
    );
    if (ok) sent++;
  }
  return sent;
}
