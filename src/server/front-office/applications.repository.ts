/** Applications: the applicant's client, the application itself and its decision. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

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
