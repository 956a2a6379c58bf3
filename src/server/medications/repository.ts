/** Stored medications and medication rules, always within one organization. */
import type { Selectable } from 'kysely';
import type { ClientMedicationTable } from '../../db/schema.ts';
import type { Tx } from '../context.ts';

export type MedicationRow = Selectable<ClientMedicationTable> & { confirmed_by_name: string | null };

const base = (trx: Tx, organizationId: string) =>
  trx
    .selectFrom('client_medications as m')
    .leftJoin('users as u', 'u.id', 'm.confirmed_by_user_id')
    .selectAll('m')
    .select('u.name as confirmed_by_name')
    .where('m.organization_id', '=', organizationId);

export const medicationsOf = (trx: Tx, organizationId: string, clientId: string): Promise<MedicationRow[]> =>
  base(trx, organizationId)
    .where('m.client_id', '=', clientId)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();

export const getMedication = (
  trx: Tx,
  organizationId: string,
  id: string,
): Promise<MedicationRow | undefined> => base(trx, organizationId).where('m.id', '=', id).executeTakeFirst();

export async function insertMedication(trx: Tx, row: Omit<ClientMedicationTable, never>): Promise<void> {
  await trx.insertInto('client_medications').values(row).execute();
}

/** Updates an entry at the version the caller read; false when someone changed it first. */
export async function updateMedication(
  trx: Tx,
  organizationId: string,
  id: string,
  version: number,
  values: Partial<ClientMedicationTable>,
): Promise<boolean> {
  const r = await trx
    .updateTable('client_medications')
    .set({ ...values, version: version + 1 })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteMedication(trx: Tx, organizationId: string, id: string): Promise<void> {
  await trx
    .deleteFrom('client_medications')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export const ruleRow = (trx: Tx, organizationId: string, modality: string) =>
  trx
    .selectFrom('medication_rules')
    .select(['rules', 'updated_at'])
    .where('organization_id', '=', organizationId)
    .where('modality', '=', modality)
    .executeTakeFirst();

export const ruleRows = (trx: Tx, organizationId: string, modalities: readonly string[]) =>
  trx
    .selectFrom('medication_rules')
    .select(['modality', 'rules'])
    .where('organization_id', '=', organizationId)
    .where('modality', 'in', modalities)
    .execute();

export async function saveRules(
  trx: Tx,
  organizationId: string,
  modality: string,
  rules: string,
  userId: string | null,
  now: string,
): Promise<void> {
  await trx
    .insertInto('medication_rules')
    .values({ organization_id: organizationId, modality, rules, updated_by_user_id: userId, updated_at: now })
    .onConflict((oc) =>
      oc
        .columns(['organization_id', 'modality'])
        .doUpdateSet({ rules, updated_by_user_id: userId, updated_at: now }),
    )
    .execute();
}

/** The modality of the program an enrollment follows, and the organization's time zone. */
export const programFacts = (trx: Tx, organizationId: string, programId: string) =>
  trx
    .selectFrom('programs as p')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .select(['p.modality', 'o.timezone'])
    .where('p.organization_id', '=', organizationId)
    .where('p.id', '=', programId)
    .executeTakeFirst();
