/**
 * Pre-arrival messages: staff write them per cohort and language; the scheduler sends each guest
 * of the cohort (eligible, consented or active) one message when it falls due, in their language,
 * through the outbox. The dedupe key `pre-arrival:<cohort>:<client>` makes it once per client
 * however often, and on however many servers, the job runs; the job runs under a lease.
 */

import type { PreArrivalBody, PreArrivalList } from '../../api/pre-arrival.ts';
import { notFound } from '../../domain/errors.ts';
import {
  type PreArrivalText,
  preArrivalBody,
  preArrivalDue,
  textFor,
} from '../../domain/messages/pre-arrival.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { GUEST_STATUSES } from '../lodging/service.ts';
import { recipient } from '../messages/repository.ts';
import { enqueue } from '../outbox/service.ts';

const rowsOf = (trx: Tx, org: string, cohortId: string) =>
  trx
    .selectFrom('pre_arrival_messages')
    .selectAll()
    .where('organization_id', '=', org)
    .where('cohort_id', '=', cohortId)
    .orderBy('language')
    .execute();

type Row = Awaited<ReturnType<typeof rowsOf>>[number];

const textOf = (r: Row): PreArrivalText => ({
  language: r.language,
  daysBefore: Number(r.days_before),
  subject: r.subject,
  whatToBring: r.what_to_bring,
  travel: r.travel,
  arrival: r.arrival,
  reading: r.reading,
});

async function requireCohort(trx: Tx, org: string, cohortId: string) {
  const c = await trx
    .selectFrom('cohorts')
    .select('id')
    .where('organization_id', '=', org)
    .where('id', '=', cohortId)
    .executeTakeFirst();
  if (!c) throw notFound('Cohort');
}

async function list(trx: Tx, org: string, cohortId: string): Promise<PreArrivalList> {
  const rows = await rowsOf(trx, org, cohortId);
  return {
    cohortId,
    items: rows.map((r) => ({
      ...textOf(r),
      language: r.language === 'nl' ? 'nl' : 'en',
      updatedAt: r.updated_at,
    })),
  };
}

export const listPreArrival = (ctx: AppContext, scope: OrgScope, cohortId: string) =>
  transaction(ctx, async (trx) => {
    await requireCohort(trx, scope.organizationId, cohortId);
    return list(trx, scope.organizationId, cohortId);
  });

export async function savePreArrival(
  ctx: AppContext,
  scope: OrgScope,
  cohortId: string,
  language: 'en' | 'nl',
  input: PreArrivalBody,
): Promise<PreArrivalList> {
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    await requireCohort(trx, org, cohortId);
    const values = {
      days_before: input.daysBefore,
      subject: input.subject.trim(),
      what_to_bring: input.whatToBring,
      travel: input.travel,
      arrival: input.arrival,
      reading: input.reading,
      updated_by_user_id: scope.actor.userId,
      updated_at: new Date().toISOString(),
    };
    await trx
      .insertInto('pre_arrival_messages')
      .values({ organization_id: org, cohort_id: cohortId, language, ...values })
      .onConflict((oc) => oc.columns(['cohort_id', 'language']).doUpdateSet(values))
      .execute();
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'pre-arrival.save',
      entityType: 'cohort',
      entityId: cohortId,
      details: { language, daysBefore: input.daysBefore },
    });
    return list(trx, org, cohortId);
  });
}

export const preArrivalKey = (cohortId: string, clientId: string) => `pre-arrival:${cohortId}:${clientId}`;

/** The scheduler's job: writes every pre-arrival message due at `now`; returns how many were written. */
export async function sendPreArrival(ctx: AppContext, now: string): Promise<number> {
  const cohorts = await ctx.db.kysely
    .selectFrom('cohorts as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .select(['c.id', 'c.organization_id', 'c.start_date', 'o.timezone'])
    .where('c.cancelled_at', 'is', null)
    .where('c.start_date', '>=', new Date(Date.parse(now) - 2 * 86_400_000).toISOString().slice(0, 10))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('pre_arrival_messages as m')
          .select('m.cohort_id')
          .whereRef('m.cohort_id', '=', 'c.id')
          .whereRef('m.organization_id', '=', 'c.organization_id'),
      ),
    )
    .execute();
  let sent = 0;
  for (const c of cohorts) {
    const texts = (await rowsOf(ctx.db.kysely, c.organization_id, c.id)).map(textOf);
    const guests = await ctx.db.kysely
      .selectFrom('enrollments')
      .select('client_id')
      .where('organization_id', '=', c.organization_id)
      .where('cohort_id', '=', c.id)
      .where('status', 'in', [...GUEST_STATUSES])
      .execute();
    for (const g of guests) {
      const ok = await transaction(ctx, async (trx) => {
        const to = await recipient(trx, c.organization_id, g.client_id);
        if (!to?.email || to.archived_at || to.restricted_at) return false;
        const text = textFor(texts, to.language);
        if (!text || !preArrivalDue(c.start_date, text.daysBefore, now, c.timezone)) return false;
        return enqueue(
          ctx,
          trx,
          {
            organizationId: c.organization_id,
            dedupeKey: preArrivalKey(c.id, g.client_id),
            kind: 'pre-arrival',
            clientId: g.client_id,
            to: to.email,
            subject: text.subject,
            body: preArrivalBody(text, to.preferred_name?.trim() || to.given_name),
          },
          now,
        );
      });
      if (ok) sent++;
    }
  }
  return sent;
}
