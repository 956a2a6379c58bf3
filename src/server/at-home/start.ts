/**
 * The at-home part of recording a dose: in an at-home session the dose is refused (409 with the
 * reasons) unless the client's support person attested to the current duties; once recorded, its
 * timed check-ins are planned from the start.
 */
import { randomUUID } from 'node:crypto';
import {
  type AtHomeSettings,
  assertAtHomeStartAllowed,
  plannedCheckins,
} from '../../domain/dosing/at-home.ts';
import type { Tx } from '../context.ts';
import * as repo from './repository.ts';
import { effectiveSettings } from './settings.ts';
import { toSupportPerson } from './support.ts';

/** The session's at-home settings when it is at-home (after the support check), else null. */
export async function assertAtHomeReady(
  trx: Tx,
  organizationId: string,
  session: { id: string; program_id: string },
  enrollmentId: string,
): Promise<AtHomeSettings | null> {
  const { settings } = await effectiveSettings(trx, organizationId, session);
  if (!settings) return null;
  assertAtHomeStartAllowed(toSupportPerson(await repo.supportOf(trx, organizationId, enrollmentId)));
  return settings;
}

export async function planCheckins(
  trx: Tx,
  organizationId: string,
  settings: AtHomeSettings,
  dose: { dosingRecordId: string; clientId: string; startedAt: string },
  now: string,
): Promise<void> {
  await repo.insertCheckins(
    trx,
    plannedCheckins(settings, dose.startedAt).map((p) => ({
      id: randomUUID(),
      organization_id: organizationId,
      dosing_record_id: dose.dosingRecordId,
      client_id: dose.clientId,
      offset_minutes: p.offsetMinutes,
      due_at: p.dueAt,
      grace_minutes: settings.graceMinutes,
      ask_vitals: settings.askVitals ? 1 : 0,
      answer: null,
      answered_by: null,
      answered_at: null,
      note: null,
      systolic: null,
      diastolic: null,
      heart_rate: null,
      missed_at: null,
      created_at: now,
    })),
  );
}
