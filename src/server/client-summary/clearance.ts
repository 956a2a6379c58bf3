/**
 * The one place the clinical header asks whether an enrollment is cleared for dosing. It calls the
 * server's existing clearance (src/server/enrollments/clearance.ts) so that a unified clearance
 * function can replace it here alone.
 */
import type { Clearance } from '../../domain/programs/clearance.ts';
import type { Tx } from '../context.ts';
import { enrollmentClearance } from '../enrollments/clearance.ts';

export function clearanceForHeader(
  trx: Tx,
  organizationId: string,
  enrollment: { id: string; program_id: string; status: string },
): Promise<Clearance> {
  return enrollmentClearance(trx, organizationId, enrollment);
}
