/**
 * The client's side of an invitation link: read the questionnaire, save progress, submit once. The
 * token is the credential; a link opens exactly one invitation, only while it can be answered. A
 * submission takes the one response path (`responses/record.ts`: scored, stored with source
 * "portal", alerts raised), which completes the invitation in the same transaction (a second
 * submission finds it completed: a retry with the same submission id gets the same answer, any
 * other is refused).
 */

import type { PortalInvitation, PortalLanguage, PortalSubmit, SubmitResult } from '../../api/portal.ts';
import { notFound } from '../../domain/errors.ts';
import { validateAnswers } from '../../domain/instruments/scoring.ts';
import { localizedSeverity } from '../../domain/instruments/translations/localize.ts';
import type {
  Answers,
  InstrumentDefinition,
  InstrumentTexts,
  SafetyFlag,
} from '../../domain/instruments/types.ts';
import { DEFAULT_CRISIS_MESSAGE } from '../../domain/portal/crisis.ts';
import { assertAnswerable } from '../../domain/portal/invitations.ts';
import { riskItems } from '../../domain/portal/risk-items.ts';
import { hasRiskFlag } from '../../domain/safety/alerts.ts';
import { type Actor, systemActor } from '../audit/audit-log.ts';
import { type AppContext, type Tx, transaction } from '../context.ts';
import { crisisSupportFor } from '../crisis-lines/service.ts';
import { forClient, shownTo } from '../instrument-translations/service.ts';
import { instrumentOf } from '../instruments/of-organization.ts';
import type { InvitationRow } from '../invitations/repository.ts';
import { recordResponse } from '../responses/record.ts';
import { hashToken } from '../tokens.ts';
import * as repo from './repository.ts';

const portalActor = (inv: InvitationRow): Actor => systemActor(`portal:invitation:${inv.id}`);

async function open(trx: Tx, ctx: AppContext, token: string) {
  const found = await repo.lockedByTokenHash(trx, ctx.db.dialect, hashToken(token));
  if (!found) throw notFound('Invitation');
  const { inv, who } = found;
  const instrument = await instrumentOf(trx, inv.organization_id, inv.instrument_id);
  if (!instrument) throw notFound('Questionnaire');
  if (!who) throw notFound('Invitation');
  return {
    inv,
    instrument,
    who,
    language: (who.language === 'nl' ? 'nl' : 'en') as PortalLanguage,
    // The questionnaire's texts follow the client's own language, which may be one the portal's
    // chrome does not have but the organization added a translation for.
    textLanguage: who.language?.trim() || 'en',
  };
}

export async function readInvitation(ctx: AppContext, token: string): Promise<PortalInvitation> {
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const { inv, instrument, who, language, textLanguage } = await open(trx, ctx, token);
    assertAnswerable({ status: inv.status, closesAt: inv.closes_at }, now);
    if (!inv.opened_at) {
      await repo.setOpened(trx, inv.id, now);
      await ctx.audit.append(trx, portalActor(inv), {
        organizationId: inv.organization_id,
        action: 'invitation.open',
        entityType: 'client',
        entityId: inv.client_id,
        details: { invitationId: inv.id },
      });
    }
    // The client's language where this installation holds the questionnaire in it, else English.
    const { localized, installed } = await forClient(trx, inv.organization_id, instrument, textLanguage);
    return {
      label: inv.label,
      organization: {
        name: who.organization_name,
        timezone: who.organization_timezone,
        locale: who.organization_locale,
      },
      clientName: who.preferred_name?.trim() || who.given_name,
      language,
      dueAt: inv.due_at,
      closesAt: inv.closes_at,
      instrument: {
        id: instrument.id,
        name: instrument.name,
        shortName: instrument.shortName,
        language: localized.language,
        fallback: localized.language !== textLanguage,
        installedLanguages: installed,
        recallPeriod: localized.recallPeriod,
        instructions: localized.instructions,
        items: localized.items,
        riskItems: riskItems(instrument),
      },
      crisis: await crisisSupportFor(trx, inv.organization_id, language),
      draft: inv.draft ? (JSON.parse(inv.draft) as Record<string, number | null>) : null,
    };
  });
}

export async function saveDraft(ctx: AppContext, token: string, answers: Answers): Promise<void> {
  const now = new Date().toISOString();
  await transaction(ctx, async (trx) => {
    const { inv, instrument } = await open(trx, ctx, token);
    assertAnswerable({ status: inv.status, closesAt: inv.closes_at }, now);
    const values = validateAnswers(instrument, answers);
    await repo.saveDraft(trx, inv.id, JSON.stringify(Object.fromEntries(values)), now);
  });
}

/** The score as the client reads it: severity and band labels in the language of the questionnaire. */
function resultOf(
  shown: {
    instrument: InstrumentDefinition;
    texts: InstrumentTexts | null;
    bands: SubmitResult['score']['bands'];
  },
  score: { total: number | null; severity: string | null; flags: SafetyFlag[] },
  completedAt: string,
  crisisMessage: string | null,
): SubmitResult {
  return {
    completedAt,
    crisis: hasRiskFlag(score.flags) && crisisMessage ? { message: crisisMessage } : null,
    score: {
      total: score.total,
      severity: localizedSeverity(shown.texts, score.severity),
      range: shown.instrument.totalRange,
      bands: shown.bands,
    },
  };
}

export async function submit(ctx: AppContext, token: string, input: PortalSubmit): Promise<SubmitResult> {
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const { inv, instrument, who, language, textLanguage } = await open(trx, ctx, token);
    const crisis = who.crisis_message?.trim() || DEFAULT_CRISIS_MESSAGE[language];
    const { localized, texts } = await shownTo(trx, inv.organization_id, instrument, textLanguage);
    const shown = { instrument, texts, bands: localized.bands };
    // A retry of the submission that completed it: the same answer, nothing stored twice.
    if (inv.status === 'completed' && inv.submission_id === input.submissionId && inv.response_id) {
      const stored = await repo.responseById(trx, inv.organization_id, inv.response_id);
      if (stored) {
        const flags = JSON.parse(stored.flags) as SafetyFlag[];
        return resultOf(
          shown,
          { total: stored.total, severity: stored.severity, flags },
          inv.completed_at!,
          crisis,
        );
      }
    }
    assertAnswerable({ status: inv.status, closesAt: inv.closes_at }, now);
    const { score } = await recordResponse(ctx, trx, {
      organizationId: inv.organization_id,
      clientId: inv.client_id,
      // Read by `open` in this transaction: recordResponse need not read it again.
      client: who,
      instrument,
      answers: input.answers,
      administeredAt: now,
      language: localized.language,
      origin: {
        source: 'portal',
        actor: portalActor(inv),
        invitation: { id: inv.id, submissionId: input.submissionId },
      },
      now,
    });
    return resultOf(shown, score, now, crisis);
  });
}
