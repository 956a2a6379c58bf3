/**
 * The intake queue: applications with what the client reported, and the clinician's decision.
 * Reading shows clients' names and health answers, so every read is audited. A decision is
 * checked by the screening rule against the self-report ('eligible' is refused while a hard stop
 * is reported or an answer is unknown); 'eligible' then places the applicant: an offer with a
 * hold, or the waitlist when the cohort is full.
 */

import type { ApplicationDetail, ApplicationSummary, DecisionBody } from '../../api/front-office.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import type { ApplicationLanguage, ApplicationStatus } from '../../domain/front-office/application.ts';
import type { OfferSource, OfferStatus } from '../../domain/front-office/offers.ts';
import { checkApplicationDecision } from '../../domain/front-office/self-report.ts';
import {
  CHECKLISTS,
  type Checklist,
  evaluateScreening,
  type ScreeningAnswer,
} from '../../domain/screening/index.ts';
import { clientName } from '../cohorts/service.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { placeApplicant } from './offers.ts';
import * as repo from './repository.ts';

const checklistByVersion = (version: string): Checklist | undefined =>
  Object.values(CHECKLISTS).find((c) => c.version === version);

function reported(row: repo.QueueRow) {
  const list = checklistByVersion(row.checklist_version);
  const answers = JSON.parse(row.answers) as Record<string, ScreeningAnswer>;
  if (!list) return { hardStops: [], cautions: [], unknown: Object.keys(answers) };
  const e = evaluateScreening(list, answers);
  return {
    hardStops: e.hardStops.map((i) => i.id),
    cautions: e.cautions.map((i) => i.id),
    unknown: e.unanswered.map((i) => i.id),
  };
}

async function summaries(
  trx: Tx,
  organizationId: string,
  rows: repo.QueueRow[],
): Promise<ApplicationSummary[]> {
  const ids = rows.map((r) => r.id);
  const [offers, entries, opened] = await Promise.all([
    repo.offersOf(trx, organizationId, ids),
    repo.waitlistOf(trx, organizationId, ids),
    repo.firstOpened(trx, organizationId, ids),
  ]);
  const inLine = await repo.placesInLine(
    trx,
    organizationId,
    rows.map((r) => r.cohort_id),
  );
  return rows.map((r) => {
    const offer = offers.find((o) => o.application_id === r.id);
    const entry = entries.find((e) => e.application_id === r.id && e.status === 'waiting');
    return {
      id: r.id,
      cohort: { id: r.cohort_id, name: r.cohort_name, startDate: r.start_date },
      client: { id: r.client_id, name: clientName(r) },
      status: r.status as ApplicationStatus,
      language: r.language as ApplicationLanguage,
      submittedAt: r.submitted_at,
      openedAt: opened.get(r.id) ?? null,
      reported: reported(r),
      waitlistPosition: entry ? (inLine.get(entry.id) ?? null) : null,
      offer: offer
        ? {
            id: offer.id,
            status: offer.status as OfferStatus,
            source: offer.source as OfferSource,
            offeredAt: offer.offered_at,
            expiresAt: offer.expires_at,
            respondedAt: offer.responded_at,
            version: offer.version,
          }
        : null,
      version: r.version,
    };
  });
}

export async function listApplications(
  ctx: AppContext,
  scope: OrgScope,
  q: { status?: ApplicationStatus | undefined; cohortId?: string | undefined },
): Promise<ApplicationSummary[]> {
  return transaction(ctx, async (trx) => {
    const rows = (await repo.listApplications(trx, scope.organizationId, q)).filter(
      (r) => !r.restricted_at || scope.role === 'owner',
    );
    const items = await summaries(trx, scope.organizationId, rows);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'application.list',
      entityType: 'application',
      entityId: null,
      details: { clientIds: rows.map((r) => r.client_id), status: q.status ?? null },
    });
    return items;
  });
}

async function readApplication(trx: Tx, scope: OrgScope, id: string): Promise<ApplicationDetail> {
  const [row] = await repo.listApplications(trx, scope.organizationId, { id });
  if (!row || (row.restricted_at && scope.role !== 'owner')) throw notFound('Application');
  const [summary] = await summaries(trx, scope.organizationId, [row]);
  const list = checklistByVersion(row.checklist_version);
  const answers = JSON.parse(row.answers) as Record<string, ScreeningAnswer>;
  return {
    ...summary!,
    email: row.email,
    dateOfBirth: row.date_of_birth,
    checklistVersion: row.checklist_version,
    selfReport: {
      reportedBy: 'client',
      answers: Object.entries(answers).map(([itemId, answer]) => {
        const item = list?.items.find((i) => i.id === itemId);
        return { id: itemId, text: item?.text ?? itemId, severity: item?.severity ?? 'unknown', answer };
      }),
      medications: JSON.parse(row.medications),
    },
    decision:
      row.decision && row.decided_at
        ? {
            decision: row.decision as 'eligible' | 'ineligible',
            reasons: JSON.parse(row.decision_reasons ?? '[]') as string[],
            decidedBy: row.decided_by_user_id
              ? { id: row.decided_by_user_id, name: row.decided_by_name ?? '' }
              : null,
            decidedAt: row.decided_at,
          }
        : null,
  };
}

export async function viewApplication(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
): Promise<ApplicationDetail> {
  return transaction(ctx, async (trx) => {
    const detail = await readApplication(trx, scope, id);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'application.view',
      entityType: 'application',
      entityId: id,
      details: { clientId: detail.client.id },
    });
    return detail;
  });
}

export async function decideApplication(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  body: DecisionBody,
): Promise<ApplicationDetail> {
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const app = await repo.getApplication(trx, org, id);
    if (!app) throw notFound('Application');
    if (app.status !== 'submitted') throw conflict('application-decided-already', { status: app.status });
    if (app.version !== body.version) {
      throw conflict(
        'application-self-report-changed',
        {},
        {
          current: await readApplication(trx, scope, id),
        },
      );
    }
    const list = checklistByVersion(app.checklist_version);
    const current = Object.values(CHECKLISTS).find((c) => list && c.id === list.id);
    if (!list || current?.version !== list.version) {
      throw conflict('application-checklist-changed');
    }
    const reasons = checkApplicationDecision(
      list,
      JSON.parse(app.answers) as Record<string, ScreeningAnswer>,
      body.decision,
      body.reasons,
    );
    if (
      !(await repo.decideApplication(
        trx,
        org,
        id,
        app.version,
        { decision: body.decision, reasons: JSON.stringify(reasons), userId: scope.actor.userId },
        now,
      ))
    ) {
      throw conflict('application-stale');
    }
    const placement =
      body.decision === 'eligible' ? await placeApplicant(ctx, trx, scope.actor, app, now) : null;
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'application.decide',
      entityType: 'application',
      entityId: id,
      details: { clientId: app.client_id, cohortId: app.cohort_id, decision: body.decision, placement },
    });
    return readApplication(trx, scope, id);
  });
}
