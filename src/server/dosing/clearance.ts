/**
 * Whether an enrollment is cleared for dosing (src/domain/programs/clearance.ts) from what is
 * stored: its status, the latest clinician decision on its screenings, the consent it holds and the
 * program's current consent document. Organization id first.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, EnrollmentTable } from '../../db/schema.ts';
import { type Clearance, dosingClearance } from '../../domain/programs/clearance.ts';
import type { EnrollmentStatus } from '../../domain/programs/types.ts';

type Db = Kysely<Database>;
export type EnrollmentRow = Selectable<EnrollmentTable>;

export const getEnrollment = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom('enrollments')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

export async function clearanceOf(
  db: Db,
  organizationId: string,
  e: Pick<EnrollmentRow, 'id' | 'program_id' | 'status'>,
): Promise<Clearance> {
  const [decided, consent, document] = await Promise.all([
    db
      .selectFrom('screenings')
      .select('decision')
      .where('organization_id', '=', organizationId)
      .where('enrollment_id', '=', e.id)
      .where('decision', 'is not', null)
      .orderBy('decided_at', 'desc')
      .orderBy('recorded_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('consents')
      .select('document_version')
      .where('organization_id', '=', organizationId)
      .where('enrollment_id', '=', e.id)
      .where('withdrawn_at', 'is', null)
      .orderBy('document_version', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('consent_documents')
      .select('version')
      .where('organization_id', '=', organizationId)
      .where('program_id', '=', e.program_id)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  const decision = decided?.decision;
  return dosingClearance({
    status: e.status as EnrollmentStatus,
    screeningDecision: decision === 'eligible' || decision === 'ineligible' ? decision : null,
    consentedVersion: consent?.document_version ?? null,
    currentConsentVersion: document?.version ?? null,
  });
}
