/**
 * Which open invitations a newly stored response answers. The rule is the one that decides, for
 * due dates, the timeline and outcomes, which response fills which timepoint (`assessmentsDue`:
 * same instrument, answered inside the timepoint's completion window, the earliest unused response
 * first), computed over the enrollment's current sessions, so a questionnaire entered on paper,
 * sent over FHIR or imported closes exactly the invitation of the timepoint it is counted for:
 * the client is not asked again for it, and one timepoint never holds two answers. A response
 * outside every open window, or one whose timepoint an earlier response already fills, closes none.
 */
import { keysFilledBy } from '../../domain/portal/invitations.ts';
import { normalizeDefinition } from '../../domain/programs/definition.ts';
import type { Tx } from '../context.ts';
import * as invitations from '../invitations/repository.ts';
import * as sessions from '../sessions/repository.ts';
import { enrollmentAssessments } from '../timeline/assessments.ts';
import * as timeline from '../timeline/repository.ts';

export async function invitationsAnsweredBy(
  trx: Tx,
  organizationId: string,
  r: { clientId: string; instrumentId: string; responseId: string; now: string },
): Promise<invitations.InvitationRow[]> {
  const open = await invitations.openForInstrument(trx, organizationId, r.clientId, r.instrumentId);
  if (open.length === 0) return [];
  const enrollmentIds = new Set(open.map((i) => i.enrollment_id));
  const enrollments = (await timeline.enrollmentsOf(trx, organizationId, r.clientId)).filter((e) =>
    enrollmentIds.has(e.id),
  );
  const responses = await timeline.responseRefsOf(trx, organizationId, r.clientId);
  const zone = await sessions.getTimezone(trx, organizationId);
  const answered: invitations.InvitationRow[] = [];
  for (const e of enrollments) {
    const definition = normalizeDefinition(JSON.parse(e.definition));
    const rows = await sessions.sessionsOfEnrollment(trx, organizationId, e.id);
    const due = enrollmentAssessments(definition, e, rows, responses, zone, r.now);
    const keys = new Set(keysFilledBy(due, r.responseId));
    answered.push(...open.filter((i) => i.enrollment_id === e.id && keys.has(i.plan_key)));
  }
  return answered;
}
