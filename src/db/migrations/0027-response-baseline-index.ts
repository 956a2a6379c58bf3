import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * The baseline a new response is compared with (`responses/repository.ts: baselineResponse`): the
 * client's first response on the instrument. Without this index it was planned on
 * `responses_instrument_idx` and read every earlier response of the organization with that
 * instrument, so every submission grew slower with the organization — on PostgreSQL while holding
 * the audit chain's lock. With it the baseline is the first entry of one client's range.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createIndex('responses_baseline_idx')
    .on('questionnaire_responses')
    .columns(['organization_id', 'client_id', 'instrument_id', 'administered_at', 'id'])
    .execute();
}
