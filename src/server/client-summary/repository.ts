/** What a client's clinical header reads. Organization id first, always. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

export const getClient = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom('clients')
    .select(['id', 'given_name', 'family_name', 'preferred_name', 'archived_at'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

/** Open and acknowledged alerts of the client, newest first. */
export const activeAlerts = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('alerts')
    .select([
      'id',
      'kind',
      'severity',
      'status',
      'title',
      'trigger',
      'trigger_code',
      'trigger_params',
      'created_at',
    ])
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .where('status', 'in', ['open', 'acknowledged'])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();

/** The client's responses, newest first (scores and flags only, not the answers). */
export const responsesNewestFirst = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('questionnaire_responses')
    .select(['id', 'instrument_id', 'total', 'severity', 'flags', 'administered_at'])
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .orderBy('administered_at', 'desc')
    .orderBy('created_at', 'desc')
    .execute();

/** The client's enrollments that are not over, newest first. */
export const currentEnrollments = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('enrollments as e')
    .innerJoin('programs as p', 'p.id', 'e.program_id')
    .select(['e.id', 'e.client_id', 'e.program_id', 'e.status', 'e.cohort_id', 'p.name as program_name'])
    .where('e.organization_id', '=', organizationId)
    .where('e.client_id', '=', clientId)
    .where('e.status', 'not in', ['completed', 'withdrawn'])
    .orderBy('e.start_date', 'desc')
    .orderBy('e.created_at', 'desc')
    .execute();

/** The client's next scheduled session that has not ended. */
export const nextSession = (db: Db, organizationId: string, clientId: string, now: string) =>
  db
    .selectFrom('program_sessions as s')
    .innerJoin('session_attendees as sa', (j) =>
      j.onRef('sa.session_id', '=', 's.id').on('sa.organization_id', '=', organizationId),
    )
    .innerJoin('programs as p', 'p.id', 's.program_id')
    .select([
      's.id',
      's.name',
      's.starts_at',
      's.ends_at',
      's.dosing',
      'sa.booking',
      'p.name as program_name',
    ])
    .where('s.organization_id', '=', organizationId)
    .where('sa.client_id', '=', clientId)
    .where('s.status', '=', 'scheduled')
    .where('s.ends_at', '>', now)
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .limit(1)
    .executeTakeFirst();

export const sessionFacilitators = (db: Db, organizationId: string, sessionId: string) =>
  db
    .selectFrom('session_facilitators as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['u.id', 'u.name'])
    .where('f.organization_id', '=', organizationId)
    .where('f.session_id', '=', sessionId)
    .orderBy('u.name')
    .execute();

export const cohortFacilitators = (db: Db, organizationId: string, cohortId: string) =>
  db
    .selectFrom('cohort_facilitators as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['u.id', 'u.name'])
    .where('f.organization_id', '=', organizationId)
    .where('f.cohort_id', '=', cohortId)
    .orderBy('u.name')
    .execute();
