/**
 * What erasing a client removes, table by table. Every table that holds a `client_id`, or hangs off
 * one of the client's enrollments, dosing records, invitations or personal sessions, has a rule
 * here or a reason in KEPT; a test reads the live schema on both databases and fails when a table
 * is in neither, so a new table of client data cannot be forgotten.
 *
 * Rules run in order (children before parents, for the foreign keys), inside one transaction. Each
 * returns how many rows it removed or scrubbed, counted under its category for the audit entry.
 *
 * Scores are removed with the rest, not kept on an anonymous stub: the client's outcome rows are
 * derived again first (without the client), which gives their programs a new revision and epoch,
 * so every outcome report and cache recomputes without them and no count changes silently.
 */
import type { Tx } from '../context.ts';

export interface ErasureTarget {
  organizationId: string;
  clientId: string;
  enrollmentIds: string[];
  /** Personal sessions (program_sessions of the client's enrollments). */
  sessionIds: string[];
  dosingRecordIds: string[];
  invitationIds: string[];
  /** Words that identify the client in shared free text (names, email, phone). */
  identifiers: string[];
}

export interface ErasureRule {
  table: string;
  /** How rows are found: the column that links them to the client. */
  via: string;
  category: string;
  run(trx: Tx, t: ErasureTarget): Promise<number>;
}

/** Tables that link to a client but are kept, and why (the coverage test reads this). */
export const KEPT: Record<string, string> = {
  erasure_requests:
    'the proof that the request was handled: who asked, when, ground, and the counts erased; no identifying data',
  audit_events:
    'append-only and hash-chained; entries name the client only by its random id and never hold values (field names only)',
};

const n = (r: { numDeletedRows?: bigint; numUpdatedRows?: bigint }) =>
  Number(r.numDeletedRows ?? r.numUpdatedRows ?? 0n);

/** Deletes rows of `table` whose `column` is one of `ids` (in chunks: bound-parameter limits). */
async function deleteIn(trx: Tx, table: string, column: string, org: string, ids: string[]): Promise<number> {
  let count = 0;
  for (let i = 0; i < ids.length; i += 400) {
    const r = await trx
      .deleteFrom(table as 'clients')
      .where('organization_id', '=', org)
      .where(column as 'id', 'in', ids.slice(i, i + 400))
      .executeTakeFirst();
    count += n(r);
  }
  return count;
}

const byClient = (table: string, category: string): ErasureRule => ({
  table,
  via: 'client_id',
  category,
  run: (trx, t) => deleteIn(trx, table, 'client_id', t.organizationId, [t.clientId]),
});

/**
 * A payment's own rows (refunds, provider events, its invoice), found through the client's
 * payments. Erasure removes them with the payments: the invoice numbers stay used (the counter is
 * not wound back), so the sequence shows a gap where an erased client's invoice was.
 */
const byClientPayment = (table: 'payment_refunds' | 'payment_events' | 'invoices'): ErasureRule => ({
  table,
  via: 'payment_id',
  category: 'payments',
  async run(trx, t) {
    const r = await trx
      .deleteFrom(table)
      .where('organization_id', '=', t.organizationId)
      .where('payment_id', 'in', (eb) =>
        eb
          .selectFrom('payments')
          .select('id')
          .where('organization_id', '=', t.organizationId)
          .where('client_id', '=', t.clientId),
      )
      .executeTakeFirst();
    return n(r);
  },
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every identifier in `text` (whole words, any case) by "[erased]". */
export function scrub(text: string, identifiers: readonly string[]): string {
  let out = text;
  for (const id of [...identifiers].sort((a, b) => b.length - a.length)) {
    if (id.trim().length < 2) continue;
    out = out.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(id)}(?![\\p{L}\\p{N}])`, 'giu'),
      '[erased]',
    );
  }
  return out;
}

export const ERASURE_RULES: ErasureRule[] = [
  {
    // Group sessions the client attended are other people's records too: only the client's
    // identifiers are taken out of their notes.
    table: 'program_sessions.note',
    via: 'session_attendees (group sessions attended)',
    category: 'mentions in group session notes',
    async run(trx, t) {
      const rows = await trx
        .selectFrom('program_sessions')
        .select(['id', 'note'])
        .where('organization_id', '=', t.organizationId)
        .where('note', 'is not', null)
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('session_attendees')
            .select('session_id')
            .where('organization_id', '=', t.organizationId)
            .where('client_id', '=', t.clientId),
        )
        .execute();
      let count = 0;
      for (const r of rows) {
        const scrubbed = scrub(r.note!, t.identifiers);
        if (scrubbed === r.note) continue;
        await trx.updateTable('program_sessions').set({ note: scrubbed }).where('id', '=', r.id).execute();
        count += 1;
      }
      return count;
    },
  },
  {
    table: 'invitation_tokens',
    via: 'invitation_id',
    category: 'portal links',
    async run(trx, t) {
      let count = 0;
      for (let i = 0; i < t.invitationIds.length; i += 400) {
        const r = await trx
          .deleteFrom('invitation_tokens')
          .where('invitation_id', 'in', t.invitationIds.slice(i, i + 400))
          .executeTakeFirst();
        count += n(r);
      }
      return count;
    },
  },
  byClient('outbox', 'messages'),
  byClient('alerts', 'alerts'),
  byClient('invitations', 'questionnaire invitations'),
  byClient('waitlist_entries', 'applications'),
  byClientPayment('payment_refunds'),
  byClientPayment('payment_events'),
  byClientPayment('invoices'),
  byClient('payments', 'payments'),
  byClient('offers', 'applications'),
  byClient('applications', 'applications'),
  {
    table: 'vital_signs',
    via: 'dosing_record_id',
    category: 'vital signs',
    run: (trx, t) => deleteIn(trx, 'vital_signs', 'dosing_record_id', t.organizationId, t.dosingRecordIds),
  },
  {
    table: 'adverse_events',
    via: 'dosing_record_id',
    category: 'adverse events',
    run: (trx, t) => deleteIn(trx, 'adverse_events', 'dosing_record_id', t.organizationId, t.dosingRecordIds),
  },
  byClient('integration_contacts', 'integration contacts'),
  {
    table: 'home_checkins',
    via: 'dosing_record_id',
    category: 'at-home check-ins',
    run: (trx, t) => deleteIn(trx, 'home_checkins', 'dosing_record_id', t.organizationId, t.dosingRecordIds),
  },
  {
    table: 'home_support_links',
    via: 'dosing_record_id',
    category: 'at-home check-ins',
    run: (trx, t) =>
      deleteIn(trx, 'home_support_links', 'dosing_record_id', t.organizationId, t.dosingRecordIds),
  },
  byClient('support_persons', 'support persons'),
  byClient('dosing_records', 'dosing records'),
  byClient('session_attendees', 'session bookings'),
  {
    table: 'session_facilitators',
    via: 'session_id',
    category: 'sessions',
    run: (trx, t) => deleteIn(trx, 'session_facilitators', 'session_id', t.organizationId, t.sessionIds),
  },
  {
    table: 'program_sessions',
    via: 'enrollment_id',
    category: 'sessions',
    run: (trx, t) => deleteIn(trx, 'program_sessions', 'enrollment_id', t.organizationId, t.enrollmentIds),
  },
  {
    table: 'calendar_feeds',
    via: 'owner_id',
    category: 'calendar feeds',
    async run(trx, t) {
      const r = await trx
        .deleteFrom('calendar_feeds')
        .where('organization_id', '=', t.organizationId)
        .where('owner_type', '=', 'client')
        .where('owner_id', '=', t.clientId)
        .executeTakeFirst();
      return n(r);
    },
  },
  byClient('bed_assignments', 'accommodation'),
  {
    table: 'lodging_guests',
    via: 'client_id',
    category: 'accommodation',
    async run(trx, t) {
      // Another guest's roommate wish naming this client is cleared, then the client's own needs go.
      const cleared = await trx
        .updateTable('lodging_guests')
        .set({ roommate_client_id: null })
        .where('organization_id', '=', t.organizationId)
        .where('roommate_client_id', '=', t.clientId)
        .executeTakeFirst();
      return (
        n(cleared) + (await deleteIn(trx, 'lodging_guests', 'client_id', t.organizationId, [t.clientId]))
      );
    },
  },
  byClient('consents', 'consents'),
  byClient('screening_drafts', 'screenings'),
  byClient('client_medications', 'medications'),
  byClient('screenings', 'screenings'),
  {
    table: 'enrollment_events',
    via: 'enrollment_id',
    category: 'enrollments',
    run: (trx, t) => deleteIn(trx, 'enrollment_events', 'enrollment_id', t.organizationId, t.enrollmentIds),
  },
  byClient('outcome_series', 'derived outcome rows'),
  byClient('outcome_enrollments', 'derived outcome rows'),
  byClient('enrollments', 'enrollments'),
  byClient('questionnaire_responses', 'questionnaire responses'),
  {
    table: 'outcome_dirty',
    // Last of the enrollment's rows: deleting bookings above marks the enrollment stale again.
    via: 'enrollment_id',
    category: 'derived outcome rows',
    run: (trx, t) => deleteIn(trx, 'outcome_dirty', 'enrollment_id', t.organizationId, t.enrollmentIds),
  },
  byClient('journal_entries', 'journal entries'),
  byClient('portal_links', 'portal sign-in links'),
  byClient('portal_sessions', 'portal sessions'),
  {
    table: 'clients',
    via: 'id',
    category: 'client record',
    run: (trx, t) => deleteIn(trx, 'clients', 'id', t.organizationId, [t.clientId]),
  },
];
