/**
 * Screening and consent for an enrollment: the contraindication checklist recorded by intake, the
 * eligibility decision a clinician signs (refused with a hard stop), and consent to the current
 * consent-document version. Each moves the enrollment's status and is audited in its transaction.
 */

import { randomUUID } from 'node:crypto';
import type {
  ConsentCreate,
  DecisionInput,
  Enrollment,
  Screening,
  ScreeningCreate,
} from '../../api/enrollments.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import type { EnrollmentStatus, Modality } from '../../domain/programs/types.ts';
import {
  assertCanDecide,
  type Checklist,
  checklistFor,
  evaluateScreening,
  normalizeIntakeVitals,
  type ScreeningAnswer,
} from '../../domain/screening/index.ts';
import { STORED_REASONS } from '../../domain/stored-reasons.ts';
import { type AppContext, type OrgScope, transaction } from '../context.ts';
import { consentToRead } from '../messages/client-messages.ts';
import { loadDefinition } from '../programs/service.ts';
import { currentDocumentFor, storeConsent } from './consent-store.ts';
import { readEnrollment, requireEnrollment, toScreening } from './read.ts';
import { deleteDraft } from './screening-drafts.repository.ts';
import * as screeningRepo from './screenings.repository.ts';
import { applyTransition } from './service.ts';

const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export function checklist(modality: Modality): Checklist {
  return checklistFor(modality);
}

export const SCREENABLE: EnrollmentStatus[] = ['referred', 'screening', 'ineligible'];

export async function recordScreening(
  ctx: AppContext,
  scope: OrgScope,
  enrollmentId: string,
  input: ScreeningCreate,
): Promise<Screening> {
  const now = new Date().toISOString();
  const id = randomUUID();
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const e = await requireEnrollment(trx, org, enrollmentId);
    const status = e.status as EnrollmentStatus;
    if (!SCREENABLE.includes(status)) {
      throw conflict('screening-not-now', { status });
    }
    const definition = await loadDefinition(trx, org, e.program_id, e.program_version);
    const list = checklistFor(definition.modality);
    const known = new Set(list.items.map((i) => i.id));
    for (const key of Object.keys(input.answers)) {
      if (!known.has(key)) throw invalid(`answers.${key}`, 'not-checklist-item', { title: list.title });
    }
    const medications = input.medications.map((m, i) => {
      const name = m.name.trim();
      if (!name) throw invalid(`medications.${i}.name`, 'required');
      return { name, dose: m.dose.trim(), frequency: m.frequency.trim() };
    });
    const vitals = normalizeIntakeVitals(input.vitals);
    const answers = Object.fromEntries(
      list.items.filter((i) => input.answers[i.id]).map((i) => [i.id, input.answers[i.id]]),
    );
    await screeningRepo.insertScreening(
      trx,
      org,
      {
        id,
        enrollmentId: e.id,
        clientId: e.client_id,
        modality: definition.modality,
        checklistVersion: list.version,
        answers: JSON.stringify(answers),
        medications: JSON.stringify(medications),
        vitals: JSON.stringify(vitals),
        notes: input.notes?.trim() || null,
        userId: scope.actor.userId,
      },
      now,
    );
    // The screening is recorded: its draft has done its work.
    await deleteDraft(trx, org, e.id);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'screening.record',
      entityType: 'screening',
      entityId: id,
      details: {
        enrollmentId: e.id,
        clientId: e.client_id,
        modality: definition.modality,
        checklistVersion: list.version,
      },
    });
    if (status !== 'screening') {
      await applyTransition(
        ctx,
        trx,
        scope,
        e,
        'screening',
        STORED_REASONS['screening-recorded'],
        { reason: STORED_REASONS['screening-recorded'], details: { screeningId: id } },
        now,
      );
    }
    return toScreening((await screeningRepo.getScreening(trx, org, e.id, id))!);
  });
}

export async function decideScreening(
  ctx: AppContext,
  scope: OrgScope,
  enrollmentId: string,
  screeningId: string,
  input: DecisionInput,
): Promise<Enrollment> {
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const e = await requireEnrollment(trx, org, enrollmentId);
    const s = await screeningRepo.getScreening(trx, org, e.id, screeningId);
    if (!s) throw notFound('Screening');
    if (s.decision) throw conflict('screening-decided-already', { decision: s.decision });
    if (e.status !== 'screening') {
      throw conflict('eligibility-not-now', { status: e.status });
    }
    const [latest] = await screeningRepo.listScreenings(trx, org, e.id);
    if (latest && latest.id !== s.id) {
      throw conflict(
        'screening-superseded',
        {},
        {
          latestScreeningId: latest.id,
        },
      );
    }
    const list = checklistFor(s.modality as Modality);
    if (list.version !== s.checklist_version) {
      throw conflict('screening-checklist-changed', {
        title: list.title,
        seen: s.checklist_version,
        current: list.version,
      });
    }
    const evaluation = evaluateScreening(list, JSON.parse(s.answers) as Record<string, ScreeningAnswer>);
    const rationale = assertCanDecide(input.decision, evaluation, input.rationale);
    if (
      !(await screeningRepo.decideScreening(
        trx,
        org,
        s.id,
        { decision: input.decision, rationale, userId: scope.actor.userId },
        now,
      ))
    ) {
      throw conflict('screening-stale');
    }
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'screening.decide',
      entityType: 'screening',
      entityId: s.id,
      details: {
        enrollmentId: e.id,
        clientId: e.client_id,
        decision: input.decision,
        hardStops: evaluation.hardStops.map((i) => i.id),
        cautions: evaluation.cautions.map((i) => i.id),
      },
    });
    await applyTransition(
      ctx,
      trx,
      scope,
      e,
      input.decision,
      rationale,
      { reason: 'Screening decision', details: { screeningId: s.id } },
      now,
    );
    if (input.decision === 'eligible')
      await consentToRead(
        ctx,
        trx,
        { organizationId: org, enrollmentId: e.id, clientId: e.client_id, programId: e.program_id },
        now,
      );
    return readEnrollment(trx, org, e.id);
  });
}

export async function recordConsent(
  ctx: AppContext,
  scope: OrgScope,
  enrollmentId: string,
  input: ConsentCreate,
): Promise<Enrollment> {
  const now = new Date();
  const signed = Date.parse(input.signedAt);
  if (Number.isNaN(signed)) throw invalid('signedAt', 'point-in-time');
  if (signed > now.getTime() + FUTURE_TOLERANCE_MS) throw invalid('signedAt', 'future');
  if (signed < Date.parse('1900-01-01T00:00:00Z')) throw invalid('signedAt', 'too-old');
  const signedAt = new Date(signed).toISOString();
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const e = await requireEnrollment(trx, org, enrollmentId);
    const doc = await currentDocumentFor(trx, org, e, input.documentVersion);
    await storeConsent(ctx, trx, scope, e, doc, { signedAt, method: input.method }, now.toISOString());
    return readEnrollment(trx, org, e.id);
  });
}
