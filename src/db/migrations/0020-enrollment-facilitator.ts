import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * A default facilitator per enrollment (issue 15, Journey 3): the member who runs the client's
 * personal sessions. New personal sessions of the enrollment get this facilitator (or none); a
 * cohort's facilitators run its group sessions only. Each session's own facilitators stay in
 * `session_facilitators` and can be changed one session at a time.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .alterTable('enrollments')
    .addColumn('facilitator_user_id', 'text', (c) => c.references('users.id'))
    .execute();
}
