/** What a client's timeline reads beyond sessions. Organization id first. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

export const getClient = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom('clients')
    .select(['id', 'given_name', 'family_name', 'preferred_name'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

/** A client's enrollments, newest first, with program, version definition and cohort. */
export const enrollmentsOf = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('enrollments as e')
    .innerJoin('programs as p', 'p.id', 'e.program_id')
    .innerJoin('program_versions as v', (j) =>
      j.onRef('v.program_id', '=', 'e.program_id').onRef('v.version', '=', 'e.program_version'),
    )
    .leftJoin('cohorts as c', 'c.id', 'e.cohort_id')
    .selectAll('e')
    .select(['p.name as program_name', 'v.definition', 'c.name as cohort_name'])
    .where('e.organization_id', '=', organizationId)
    .where('e.client_id', '=', clientId)
    .orderBy('e.start_date', 'desc')
    .orderBy('e.created_at', 'desc')
    .execute();

/** The client's questionnaire responses as due dates need them. */
export const responseRefsOf = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('questionnaire_responses')
    .select(['id', 'instrument_id', 'administered_at'])
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .orderBy('administered_at')
    .execute();
