/**
 * The check-in email: every questionnaire a client is asked to answer now, in one message, each
 * with its own fresh link (earlier links stay valid until the invitation closes). The subject and
 * preview say only "your check-in from <organization>"; which questionnaires is written below,
 * where only someone who opens the email reads it.
 */
import { instrumentNames } from '../../domain/instruments/registry.ts';
import { questionnaireList } from '../../domain/messages/format.ts';
import type { AppContext, Tx } from '../context.ts';
import { type SendResult, writeClientMessage } from '../messages/compose.ts';
import { hashToken, newToken } from '../tokens.ts';
import * as repo from './repository.ts';

/**
 * Writes one email for these invitations (already claimed for this send), a reminder when every
 * one of them was sent before.
 */
export async function writeCheckIn(
  ctx: AppContext,
  trx: Tx,
  invitations: readonly repo.InvitationRow[],
  dedupeKey: string,
  now: string,
): Promise<SendResult> {
  const first = invitations[0]!;
  const lines: { label: string; link: string; closesAt: string }[] = [];
  for (const inv of invitations) {
    const token = newToken();
    await repo.insertToken(trx, inv.id, hashToken(token), now);
    lines.push({
      label: `${instrumentNames(inv.instrument_id).shortName}, ${inv.label}`,
      link: `${ctx.config.publicUrl}/p/${token}`,
      closesAt: new Date(inv.closes_at).toISOString(),
    });
  }
  const reminder = invitations.every((i) => i.sends > 0);
  return writeClientMessage(
    ctx,
    trx,
    {
      organizationId: first.organization_id,
      clientId: first.client_id,
      kind: reminder ? 'questionnaires-reminder' : 'questionnaires',
      outboxKind: reminder ? 'reminder' : 'invitation',
      dedupeKey,
      values: ({ lang, zone }) => ({ questionnaires: questionnaireList(lines, zone, lang) }),
    },
    now,
  );
}
