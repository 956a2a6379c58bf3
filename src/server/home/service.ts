/** The role start pages' lists. Reading names of clients is audited like any client list. */

import type { DueQuestionnaireList } from '../../api/home.ts';
import { type AppContext, type OrgScope, transaction } from '../context.ts';
import { clientName } from '../sessions/repository.ts';
import * as repo from './repository.ts';

const SHOWN = 50;

export async function dueQuestionnaires(ctx: AppContext, scope: OrgScope): Promise<DueQuestionnaireList> {
  return transaction(ctx, async (trx) => {
    const { items, total } = await repo.dueQuestionnaires(
      trx,
      scope.organizationId,
      new Date().toISOString(),
      SHOWN,
    );
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'invitation.list',
      entityType: 'invitation',
      entityId: null,
      details: { due: true, clientIds: [...new Set(items.map((i) => i.client_id))] },
    });
    return {
      total,
      items: items.map((i) => ({
        invitationId: i.id,
        client: { id: i.client_id, name: clientName(i) },
        instrumentId: i.instrument_id,
        label: i.label,
        dueAt: i.due_at,
        closesAt: i.closes_at,
        status: i.status as 'pending' | 'sent',
        sends: Number(i.sends),
      })),
    };
  });
}
