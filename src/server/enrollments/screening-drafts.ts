/**
 * Screening drafts: the checklist as it is being filled in, kept on the server so a reload, a
 * crashed tab or a colleague at the shared intake desk continues where the form was. Reading,
 * saving and discarding a draft are audited (it holds a client's health answers); recording the
 * screening removes the draft in its own transaction.
 */

import type { ScreeningDraft, ScreeningDraftBody } from '../../api/enrollments.ts';
import { conflict } from '../../domain/errors.ts';
import type { EnrollmentStatus } from '../../domain/programs/types.ts';
import { type AppContext, type OrgScope, transaction } from '../context.ts';
import { requireEnrollment } from './read.ts';
import { SCREENABLE } from './screening.ts';
import * as drafts from './screening-drafts.repository.ts';

const NONE: ScreeningDraft = { draft: null, updatedAt: null, updatedBy: null };

/** The draft of an enrollment's screening (audited as 'screening.draft.view' when there is one). */
export async function getScreeningDraft(
  ctx: AppContext,
  scope: OrgScope,
  enrollmentId: string,
): Promise<ScreeningDraft> {
  return transaction(ctx, async (trx) => {
    const e = await requireEnrollment(trx, scope.organizationId, enrollmentId);
    const row = await drafts.getDraft(trx, scope.organizationId, e.id);
    if (!row) return NONE;
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'screening.draft.view',
      entityType: 'enrollment',
      entityId: e.id,
      details: { clientId: e.client_id },
    });
    return {
      draft: JSON.parse(row.draft) as ScreeningDraftBody,
      updatedAt: row.updated_at,
      updatedBy: row.updated_by_user_id
        ? { id: row.updated_by_user_id, name: row.updated_by_name ?? '' }
        : null,
    };
  });
}

/** Saves (replaces) the draft while the enrollment can be screened; audited without its values. */
export async function saveScreeningDraft(
  ctx: AppContext,
  scope: OrgScope,
  enrollmentId: string,
  body: ScreeningDraftBody,
): Promise<ScreeningDraft> {
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const e = await requireEnrollment(trx, scope.organizationId, enrollmentId);
    const status = e.status as EnrollmentStatus;
    if (!SCREENABLE.includes(status)) {
      throw conflict('screening-draft-not-now', { status });
    }
    await drafts.saveDraft(
      trx,
      scope.organizationId,
      { enrollmentId: e.id, clientId: e.client_id, draft: JSON.stringify(body), userId: scope.actor.userId },
      now,
    );
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'screening.draft.save',
      entityType: 'enrollment',
      entityId: e.id,
      details: { clientId: e.client_id, answered: Object.keys(body.answers).length },
    });
    const row = await drafts.getDraft(trx, scope.organizationId, e.id);
    return {
      draft: body,
      updatedAt: now,
      updatedBy: row?.updated_by_user_id
        ? { id: row.updated_by_user_id, name: row.updated_by_name ?? '' }
        : null,
    };
  });
}

/** Discards the draft (nothing happens when there is none). */
export async function discardScreeningDraft(
  ctx: AppContext,
  scope: OrgScope,
  enrollmentId: string,
): Promise<void> {
  await transaction(ctx, async (trx) => {
    const e = await requireEnrollment(trx, scope.organizationId, enrollmentId);
    if ((await drafts.deleteDraft(trx, scope.organizationId, e.id)) === 0) return;
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'screening.draft.discard',
      entityType: 'enrollment',
      entityId: e.id,
      details: { clientId: e.client_id },
    });
  });
}
