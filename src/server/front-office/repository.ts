/**
 * Front-office queries: listings, applications, offers and waitlist entries. Every function over
 * an organization's data takes the organization id first; the two cross-organization reads (an
 * offer by its link token, offers past their deadline for the scheduler) say so.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { HOLDING } from '../../domain/front-office/offers.ts';

type Db = Kysely<Database>;

export const getListing = (db: Db, organizationId: string, cohortId: string) =>
  db
    .selectFrom('cohort_listings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('cohort_id', '=', cohortId)
    .executeTakeFirst();
export type ListingRow = NonNullable<Awaited<ReturnType<typeof getListing>>>;

export interface ListingColumns {
  published: number;
  published_at: string | null;
  end_date: string | null;
  currency: string;
  price_minor: number;
  deposit_minor: number;
  balance_due_date: string | null;
  cancellation_tiers: string;
  places: number;
  waitlist_size: number;
  hold_days: number;
  updated_by_user_id: string | null;
}

export async function insertListing(
  db: Db,
  organizationId: string,
  cohortId: string,
  c: ListingColumns,
  now: string,
) {
  await db
    .insertInto('cohort_listings')
    .values({
      cohort_id: cohortId,
      organization_id: organizationId,
      ...c,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** Writes only if the stored version is still `version`. */
export async function updateListing(
  db: Db,
  organizationId: string,
  cohortId: string,
  version: number,
  c: ListingColumns,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('cohort_listings')
    .set({ ...c, version: version + 1, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('cohort_id', '=', cohortId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Published listings of cohorts not cancelled that start after `today`, soonest first. */
export const publishedOfferings = (db: Db, organizationId: string, today: string) =>
  db
    .selectFrom('cohort_listings as l')
    .innerJoin('cohorts as c', (j) =>
      j.onRef('c.id', '=', 'l.cohort_id').on('c.organization_id', '=', organizationId),
    )
    .innerJoin('programs as p', (j) =>
      j.onRef('p.id', '=', 'c.program_id').on('p.organization_id', '=', organizationId),
    )
    .selectAll('l')
    .select([
      'c.start_date',
      'c.location',
      'c.cancelled_at',
      'c.program_id',
      'c.program_version',
      'p.name as program_name',
    ])
    .where('l.organization_id', '=', organizationId)
    .where('l.published', '=', 1)
    .where('c.cancelled_at', 'is', null)
    .where('c.start_date', '>', today)
    .orderBy('c.start_date')
    .orderBy('c.id')
    .execute();

/** Offers that hold a place (open or accepted), per cohort. */
export async function heldCounts(
  db: Db,
  organizationId: string,
  cohortIds: string[],
): Promise<Map<string, number>> {
  if (!cohortIds.length) return new Map();
  const rows = await db
    .selectFrom('offers')
    .select(['cohort_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organization_id', '=', organizationId)
    .where('cohort_id', 'in', cohortIds)
    .where('status', 'in', [...HOLDING])
    .groupBy('cohort_id')
    .execute();
  return new Map(rows.map((r) => [r.cohort_id, Number(r.n)]));
}

/** People waiting, per cohort. */
export async function waitingCounts(
  db: Db,
  organizationId: string,
  cohortIds: string[],
): Promise<Map<string, number>> {
  if (!cohortIds.length) return new Map();
  const rows = await db
    .selectFrom('waitlist_entries')
    .select(['cohort_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organization_id', '=', organizationId)
    .where('cohort_id', 'in', cohortIds)
    .where('status', '=', 'waiting')
    .groupBy('cohort_id')
    .execute();
  return new Map(rows.map((r) => [r.cohort_id, Number(r.n)]));
}

/** The oldest active client of the organization with this email (any case) and date of birth. */
export const findApplicant = (db: Db, organizationId: string, email: string, dateOfBirth: string) =>
  db
    .selectFrom('clients')
    .select(['id', 'restricted_at', 'archived_at'])
    .where('organization_id', '=', organizationId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .where('date_of_birth', '=', dateOfBirth)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();

export const applicationByKey = (db: Db, organizationId: string, cohortId: string, applicantKey: string) =>
  db
    .selectFrom('applications')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('cohort_id', '=', cohortId)
    .where('applicant_key', '=', applicantKey)
    .executeTakeFirst();

export const getApplication = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom('applications')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof getApplication>>>;

export interface NewApplication {
  id: string;
  cohortId: string;
  clientId: string;
  applicantKey: string;
  language: string;
  checklistVersion: string;
  answers: string;
  medications: string;
}

export async function insertApplication(db: Db, organizationId: string, a: NewApplication, now: string) {
  await db
    .insertInto('applications')
    .values({
      id: a.id,
      organization_id: organizationId,
      cohort_id: a.cohortId,
      client_id: a.clientId,
      applicant_key: a.applicantKey,
      status: 'submitted',
      language: a.language,
      checklist_version: a.checklistVersion,
      answers: a.answers,
      medications: a.medications,
      submitted_at: now,
      decision: null,
      decision_reasons: null,
      decided_by_user_id: null,
      decided_at: null,
      enrollment_id: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** A second submission before a decision replaces the self-report. */
export async function replaceReport(
  db: Db,
  organizationId: string,
  id: string,
  r: { language: string; checklistVersion: string; answers: string; medications: string },
  now: string,
) {
  await db
    .updateTable('applications')
    .set((eb) => ({
      language: r.language,
      checklist_version: r.checklistVersion,
      answers: r.answers,
      medications: r.medications,
      submitted_at: now,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('status', '=', 'submitted')
    .execute();
}

export async function decideApplication(
  db: Db,
  organizationId: string,
  id: string,
  version: number,
  d: { decision: string; reasons: string; userId: string | null },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('applications')
    .set({
      status: d.decision,
      decision: d.decision,
      decision_reasons: d.reasons,
      decided_by_user_id: d.userId,
      decided_at: now,
      version: version + 1,
      updated_at: now,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function linkEnrollment(
  db: Db,
  organizationId: string,
  id: string,
  enrollmentId: string,
  now: string,
) {
  await db
    .updateTable('applications')
    .set({ enrollment_id: enrollmentId, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

/** The queue: applications with their client and cohort, oldest submission first. */
export function listApplications(
  db: Db,
  organizationId: string,
  q: { status?: string | undefined; cohortId?: string | undefined; id?: string },
) {
  let query = db
    .selectFrom('applications as a')
    .innerJoin('clients as cl', (j) =>
      j.onRef('cl.id', '=', 'a.client_id').on('cl.organization_id', '=', organizationId),
    )
    .innerJoin('cohorts as c', (j) =>
      j.onRef('c.id', '=', 'a.cohort_id').on('c.organization_id', '=', organizationId),
    )
    .leftJoin('users as u', 'u.id', 'a.decided_by_user_id')
    .selectAll('a')
    .select([
      'cl.given_name',
      'cl.family_name',
      'cl.preferred_name',
      'cl.email',
      'cl.date_of_birth',
      'cl.restricted_at',
      'c.name as cohort_name',
      'c.start_date',
      'c.program_id',
      'u.name as decided_by_name',
    ])
    .where('a.organization_id', '=', organizationId);
  if (q.status) query = query.where('a.status', '=', q.status);
  if (q.cohortId) query = query.where('a.cohort_id', '=', q.cohortId);
  if (q.id) query = query.where('a.id', '=', q.id);
  return query.orderBy('a.submitted_at').orderBy('a.id').limit(500).execute();
}
export type QueueRow = Awaited<ReturnType<typeof listApplications>>[number];

export const offersOf = (db: Db, organizationId: string, applicationIds: string[]) =>
  applicationIds.length
    ? db
        .selectFrom('offers')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('application_id', 'in', applicationIds)
        .orderBy('offered_at', 'desc')
        .execute()
    : Promise.resolve([]);

export const waitlistOf = (db: Db, organizationId: string, applicationIds: string[]) =>
  applicationIds.length
    ? db
        .selectFrom('waitlist_entries')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('application_id', 'in', applicationIds)
        .execute()
    : Promise.resolve([]);

/** When staff first opened each application (its first audited view): what makes it no longer new. */
export const firstOpened = async (db: Db, organizationId: string, applicationIds: string[]) =>
  new Map(
    (applicationIds.length
      ? await db
          .selectFrom('audit_events')
          .select(['entity_id', (eb) => eb.fn.min('at').as('at')])
          .where('organization_id', '=', organizationId)
          .where('action', '=', 'application.view')
          .where('entity_type', '=', 'application')
          .where('entity_id', 'in', applicationIds)
          .groupBy('entity_id')
          .execute()
      : []
    ).map((r) => [r.entity_id ?? '', String(r.at)]),
  );

/** Each waiting entry's place in line in its cohort (1 = the next offer), for the given cohorts. */
export async function placesInLine(db: Db, organizationId: string, cohortIds: string[]) {
  const rows = cohortIds.length
    ? await db
        .selectFrom('waitlist_entries')
        .select(['id', 'cohort_id'])
        .where('organization_id', '=', organizationId)
        .where('cohort_id', 'in', [...new Set(cohortIds)])
        .where('status', '=', 'waiting')
        .orderBy('cohort_id')
        .orderBy('position')
        .orderBy('joined_at')
        .execute()
    : [];
  const out = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const r of rows) {
    const n = (counts.get(r.cohort_id) ?? 0) + 1;
    counts.set(r.cohort_id, n);
    out.set(r.id, n);
  }
  return out;
}

export interface NewOffer {
  id: string;
  applicationId: string;
  clientId: string;
  cohortId: string;
  source: string;
  holdDays: number;
  expiresAt: string;
  tokenHash: string;
  userId: string | null;
}

export async function insertOffer(db: Db, organizationId: string, o: NewOffer, now: string) {
  await db
    .insertInto('offers')
    .values({
      id: o.id,
      organization_id: organizationId,
      application_id: o.applicationId,
      client_id: o.clientId,
      cohort_id: o.cohortId,
      status: 'offered',
      source: o.source,
      hold_days: o.holdDays,
      offered_at: now,
      expires_at: o.expiresAt,
      responded_at: null,
      status_reason: null,
      response_token_hash: o.tokenHash,
      created_by_user_id: o.userId,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export const getOffer = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom('offers')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
export type OfferRow = NonNullable<Awaited<ReturnType<typeof getOffer>>>;

/** Across organizations: the token is the credential and names its organization. */
export const offerByTokenHash = (db: Db, tokenHash: string) =>
  db.selectFrom('offers').selectAll().where('response_token_hash', '=', tokenHash).executeTakeFirst();

/** Moves an offer from `from` (at `version`) to `to`; false when someone moved it first. */
export async function setOfferStatus(
  db: Db,
  organizationId: string,
  o: { id: string; version: number; from: string },
  to: { status: string; reason: string | null; responded: boolean },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('offers')
    .set({
      status: to.status,
      status_reason: to.reason,
      ...(to.responded ? { responded_at: now } : {}),
      version: o.version + 1,
      updated_at: now,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', o.id)
    .where('version', '=', o.version)
    .where('status', '=', o.from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Across organizations, for the scheduler: open offers whose deadline passed. */
export const offersPastDeadline = (db: Db, now: string, limit: number) =>
  db
    .selectFrom('offers')
    .select(['id', 'organization_id'])
    .where('status', '=', 'offered')
    .where('expires_at', '<=', now)
    .orderBy('expires_at')
    .limit(limit)
    .execute();

export async function insertWaitlistEntry(
  db: Db,
  organizationId: string,
  e: { id: string; cohortId: string; applicationId: string; clientId: string },
  now: string,
): Promise<number> {
  const last = await db
    .selectFrom('waitlist_entries')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('organization_id', '=', organizationId)
    .where('cohort_id', '=', e.cohortId)
    .executeTakeFirst();
  const position = Number(last?.p ?? 0) + 1;
  await db
    .insertInto('waitlist_entries')
    .values({
      id: e.id,
      organization_id: organizationId,
      cohort_id: e.cohortId,
      application_id: e.applicationId,
      client_id: e.clientId,
      position,
      status: 'waiting',
      joined_at: now,
      left_at: null,
      left_reason: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return position;
}

/** The first person waiting for a cohort. */
export const nextWaiting = (db: Db, organizationId: string, cohortId: string) =>
  db
    .selectFrom('waitlist_entries')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('cohort_id', '=', cohortId)
    .where('status', '=', 'waiting')
    .orderBy('position')
    .orderBy('joined_at')
    .limit(1)
    .executeTakeFirst();

export async function setWaitlistStatus(
  db: Db,
  organizationId: string,
  id: string,
  status: 'waiting' | 'offered' | 'left',
  reason: string | null,
  now: string,
) {
  await db
    .updateTable('waitlist_entries')
    .set({ status, updated_at: now, ...(status === 'left' ? { left_at: now, left_reason: reason } : {}) })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}
