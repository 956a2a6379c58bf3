/**
 * Crisis lines: the organization's list (read by every member; written by those the matrix lets
 * manage crisis support, audited with the whole new list), and the crisis support a client sees.
 */

import type { CrisisLineList, CrisisLinesPut } from '../../api/crisis-lines.ts';
import { notFound } from '../../domain/errors.ts';
import {
  type CrisisContact,
  type CrisisLanguage,
  type CrisisLine,
  crisisContactsFor,
  DEFAULT_CRISIS_MESSAGE_BEFORE_SENDING,
} from '../../domain/portal/crisis.ts';
import { normalizeCrisisLines } from '../../domain/portal/crisis-lines.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import * as repo from './repository.ts';

const rowsToLines = (rows: Awaited<ReturnType<typeof repo.listLines>>): CrisisLine[] =>
  rows.map((r) => ({
    language: r.language as CrisisLanguage,
    name: r.name,
    phone: r.phone,
    hours: r.hours,
  }));

export async function listCrisisLines(ctx: AppContext, scope: OrgScope): Promise<CrisisLineList> {
  return { items: rowsToLines(await repo.listLines(ctx.db.kysely, scope.organizationId)) };
}

export async function replaceCrisisLines(
  ctx: AppContext,
  scope: OrgScope,
  input: CrisisLinesPut,
): Promise<CrisisLineList> {
  const lines = normalizeCrisisLines(input.lines);
  const now = new Date().toISOString();
  await transaction(ctx, async (trx) => {
    await repo.replaceLines(trx, scope.organizationId, lines, now);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'crisis-lines.update',
      entityType: 'organization',
      entityId: scope.organizationId,
      details: { lines: lines.map((l) => ({ language: l.language, name: l.name, phone: l.phone })) },
    });
  });
  return { items: lines };
}

export interface CrisisSupport {
  /**
   * The organization's crisis message, or Threshold's default for the moment of a risk answer (the
   * answers are not sent yet) in the client's language.
   */
  message: string;
  /** Numbers to call, in order: the organization's lines, else 112; then the clinic's phone. */
  contacts: CrisisContact[];
}

/** The crisis support a client of this organization sees, in the client's language. */
export async function crisisSupportFor(
  db: Tx,
  organizationId: string,
  language: CrisisLanguage,
): Promise<CrisisSupport> {
  const [org, rows] = await Promise.all([
    repo.crisisSettings(db, organizationId),
    repo.listLines(db, organizationId),
  ]);
  if (!org) throw notFound('Organization');
  return {
    message: org.crisis_message?.trim() || DEFAULT_CRISIS_MESSAGE_BEFORE_SENDING[language],
    contacts: crisisContactsFor(rowsToLines(rows), language, { name: org.name, phone: org.phone }),
  };
}
