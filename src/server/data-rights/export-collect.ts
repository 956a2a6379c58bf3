/**
 * Everything held on one client, read for the client's own copy (GDPR Art. 15): each category as
 * its stored rows with readable keys, JSON columns parsed. Left out: organization ids and search
 * text (bookkeeping), token hashes (secrets), message bodies (they hold sign-in links), staff IP
 * addresses, and the notes of group sessions (they are about other clients too, Art. 15(4)).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const JSON_COLUMNS = new Set([
  'answers',
  'subscales',
  'flags',
  'medications',
  'vitals',
  'arms',
  'definition',
  'details',
]);
const DROPPED = new Set(['organization_id', 'search_text', 'token_hash', 'prev_hash', 'hash', 'ip']);

const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** A stored row with camelCase keys and its JSON columns parsed; bookkeeping and secrets dropped. */
export function readable(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    if (DROPPED.has(k)) continue;
    out[camel(k)] = JSON_COLUMNS.has(k) && typeof v === 'string' ? JSON.parse(v) : v;
  }
  return out;
}

const inIds = <T>(ids: string[], q: (ids: string[]) => Promise<T[]>): Promise<T[]> =>
  ids.length ? q(ids) : Promise.resolve([]);

export interface ClientData {
  client: Row;
  enrollments: Row[];
  screenings: Row[];
  consents: Row[];
  sessions: Row[];
  dosing: Row[];
  responses: Row[];
  invitations: Row[];
  journal: Row[];
  alerts: Row[];
  messages: Row[];
  portalSignIns: Row[];
  calendarFeeds: Row[];
  dataRightsRequests: Row[];
  accessLog: Row[];
}

export async function collectClientData(db: Db, org: string, clientId: string): Promise<ClientData | null> {
  const client = await db
    .selectFrom('clients')
    .selectAll()
    .where('organization_id', '=', org)
    .where('id', '=', clientId)
    .executeTakeFirst();
  if (!client) return null;
  const byClient = <T extends 'screenings' | 'consents' | 'invitations' | 'journal_entries' | 'alerts'>(
    t: T,
  ) =>
    db
      .selectFrom(t as 'screenings')
      .selectAll()
      .where('organization_id', '=', org)
      .where('client_id', '=', clientId)
      .orderBy('id')
      .execute() as Promise<Row[]>;

  const enrollments = await db
    .selectFrom('enrollments as e')
    .innerJoin('programs as p', 'p.id', 'e.program_id')
    .selectAll('e')
    .select('p.name as program_name')
    .where('e.organization_id', '=', org)
    .where('e.client_id', '=', clientId)
    .orderBy('e.created_at')
    .execute();
  const enrollmentIds = enrollments.map((e) => e.id);
  const [events, screenings, consents, sessions, dosing, responses, invitations, journal, alerts] =
    await Promise.all([
      inIds(enrollmentIds, (ids) =>
        db
          .selectFrom('enrollment_events')
          .selectAll()
          .where('enrollment_id', 'in', ids)
          .orderBy('at')
          .execute(),
      ),
      byClient('screenings'),
      db
        .selectFrom('consents as c')
        .innerJoin('consent_documents as d', 'd.id', 'c.document_id')
        .selectAll('c')
        .select('d.title as document_title')
        .where('c.organization_id', '=', org)
        .where('c.client_id', '=', clientId)
        .orderBy('c.signed_at')
        .execute(),
      db
        .selectFrom('session_attendees as a')
        .innerJoin('program_sessions as s', 's.id', 'a.session_id')
        .select([
          's.id',
          'a.enrollment_id',
          's.name',
          's.phase',
          's.kind',
          's.dosing',
          's.planned_dose',
          's.starts_at',
          's.ends_at',
          's.status',
          's.status_reason',
          'a.booking',
          'a.attendance',
          'a.attendance_at',
          's.enrollment_id as personal_enrollment_id',
          's.note',
          's.note_at',
        ])
        .where('a.organization_id', '=', org)
        .where('a.client_id', '=', clientId)
        .orderBy('s.starts_at')
        .execute(),
      dosingOf(db, org, clientId),
      db
        .selectFrom('questionnaire_responses')
        .selectAll()
        .where('organization_id', '=', org)
        .where('client_id', '=', clientId)
        .orderBy('administered_at')
        .execute(),
      byClient('invitations'),
      byClient('journal_entries'),
      byClient('alerts'),
    ]);
  const [messages, links, portalSessions, feeds, requests, accessLog] = await Promise.all([
    db
      .selectFrom('outbox')
      .select(['id', 'kind', 'to_address', 'subject', 'status', 'created_at', 'sent_at'])
      .where('organization_id', '=', org)
      .where('client_id', '=', clientId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('portal_links')
      .select(['created_at', 'expires_at', 'used_at'])
      .where('organization_id', '=', org)
      .where('client_id', '=', clientId)
      .execute(),
    db
      .selectFrom('portal_sessions')
      .select(['created_at', 'expires_at'])
      .where('organization_id', '=', org)
      .where('client_id', '=', clientId)
      .execute(),
    db
      .selectFrom('calendar_feeds')
      .select(['id', 'created_at', 'revoked_at'])
      .where('organization_id', '=', org)
      .where('owner_type', '=', 'client')
      .where('owner_id', '=', clientId)
      .execute(),
    db
      .selectFrom('erasure_requests')
      .selectAll()
      .where('organization_id', '=', org)
      .where('client_id', '=', clientId)
      .execute(),
    accessLogOf(db, org, clientId),
  ]);
  const eventsBy = new Map<string, Row[]>();
  for (const e of events)
    eventsBy.set(e.enrollment_id, [...(eventsBy.get(e.enrollment_id) ?? []), readable(e)]);
  return {
    client: readable(client),
    enrollments: enrollments.map((e) => ({ ...readable(e), events: eventsBy.get(e.id) ?? [] })),
    screenings: screenings.map(readable),
    consents: consents.map(readable),
    // A group session's note is about everyone in it: only personal sessions' notes are the client's.
    sessions: sessions.map(({ personal_enrollment_id, note, note_at, ...s }) =>
      readable(personal_enrollment_id ? { ...s, group: false, note, note_at } : { ...s, group: true }),
    ),
    dosing,
    responses: responses.map(readable),
    invitations: invitations.map(({ draft: _draft, ...i }) => readable(i)),
    journal: journal.map(readable),
    alerts: alerts.map(readable),
    messages: messages.map(readable),
    portalSignIns: [
      ...links.map((l) => ({ kind: 'sign-in link', ...readable(l) })),
      ...portalSessions.map((s) => ({ kind: 'session', ...readable(s) })),
    ],
    calendarFeeds: feeds.map(readable),
    dataRightsRequests: requests.map(readable),
    accessLog,
  };
}

async function dosingOf(db: Db, org: string, clientId: string): Promise<Row[]> {
  const records = await db
    .selectFrom('dosing_records')
    .selectAll()
    .where('organization_id', '=', org)
    .where('client_id', '=', clientId)
    .orderBy('started_at')
    .execute();
  const ids = records.map((r) => r.id);
  const [vitals, adverse] = await Promise.all([
    inIds(ids, (x) =>
      db
        .selectFrom('vital_signs')
        .selectAll()
        .where('dosing_record_id', 'in', x)
        .orderBy('measured_at')
        .execute(),
    ),
    inIds(ids, (x) =>
      db
        .selectFrom('adverse_events')
        .selectAll()
        .where('dosing_record_id', 'in', x)
        .orderBy('onset_at')
        .execute(),
    ),
  ]);
  return records.map((r) => ({
    ...readable(r),
    vitalSigns: vitals.filter((v) => v.dosing_record_id === r.id).map(readable),
    adverseEvents: adverse.filter((a) => a.dosing_record_id === r.id).map(readable),
  }));
}

/**
 * Who saw or changed the record, and when (Art. 15(1)(c): the recipients): audit entries about the
 * client or naming it among others. Staff IP addresses are left out.
 */
async function accessLogOf(db: Db, org: string, clientId: string): Promise<Row[]> {
  const rows = await db
    .selectFrom('audit_events as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .select(['a.seq', 'a.at', 'a.action', 'a.entity_type', 'a.actor_label', 'u.name as actor_name'])
    .where('a.organization_id', '=', org)
    .where((eb) =>
      eb.or([
        eb.and([eb('a.entity_type', '=', 'client'), eb('a.entity_id', '=', clientId)]),
        // Client ids are UUIDs: no LIKE wildcard can occur in one.
        eb('a.details', 'like', `%${clientId}%`),
      ]),
    )
    .orderBy('a.seq')
    .execute();
  return rows.map((r) => ({
    at: r.at,
    action: r.action,
    about: r.entity_type,
    by: r.actor_name ?? r.actor_label ?? 'system',
  }));
}
