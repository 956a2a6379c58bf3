/**
 * The public side (no sign-in): an organization's published retreats, the application form of one
 * (its self-report questions in the applicant's language and a form token), and the application
 * itself. An application is checked whole before anything is written, then stored in one
 * transaction: the same person (email and date of birth) applying again for the same cohort
 * finds their client and application and replaces an undecided self-report, never adds a second.
 */
import { createHash, randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { ApplicationBody } from '../../api/front-office.ts';
import { invalid, notFound } from '../../domain/errors.ts';
import {
  type ApplicationLanguage,
  applicantKeySource,
  normalizeApplication,
} from '../../domain/front-office/application.ts';
import { placesLeft, waitlistOpen } from '../../domain/front-office/places.ts';
import { selfReportForm } from '../../domain/front-office/self-report.ts';
import { isPubliclyVisible } from '../../domain/front-office/visibility.ts';
import { formatWhen } from '../../domain/messages/format.ts';
import { checklistFor } from '../../domain/screening/index.ts';
import type { Actor } from '../audit/audit-log.ts';
import { createClientIn } from '../clients/service.ts';
import { getCohort } from '../cohorts/repository.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { sendClientMessage } from '../messages/compose.ts';
import { findOrganizationBySlug, organizationTimezone } from '../organizations/repository.ts';
import { loadDefinition } from '../programs/service.ts';
import * as repo from './repository.ts';
import { issueFormToken, spamReason } from './spam.ts';

async function organizationOf(db: Tx, slug: string) {
  const org = await findOrganizationBySlug(db, slug);
  if (!org) throw notFound('Organization');
  return org;
}

const todayIn = (zone: string) =>
  DateTime.now().setZone(zone).toISODate() ?? new Date().toISOString().slice(0, 10);

export async function listOfferings(ctx: AppContext, slug: string) {
  const db = ctx.db.kysely;
  const org = await organizationOf(db, slug);
  const timeZone = await organizationTimezone(db, org.id);
  const rows = await repo.publishedOfferings(db, org.id, todayIn(timeZone));
  const ids = rows.map((r) => r.cohort_id);
  const [held, waiting] = await Promise.all([
    repo.heldCounts(db, org.id, ids),
    repo.waitingCounts(db, org.id, ids),
  ]);
  return {
    organization: { name: org.name, slug: org.slug, locale: org.locale, timeZone },
    items: rows.map((r) => {
      const count = {
        places: r.places,
        held: held.get(r.cohort_id) ?? 0,
        waiting: waiting.get(r.cohort_id) ?? 0,
        waitlistSize: r.waitlist_size,
      };
      return {
        cohortId: r.cohort_id,
        programName: r.program_name,
        startDate: r.start_date,
        endDate: r.end_date,
        location: r.location,
        placesLeft: placesLeft(count),
        waitlist: waitlistOpen(count),
        price: { amount: r.price_minor, currency: r.currency, deposit: r.deposit_minor },
      };
    }),
  };
}

/** A published cohort open to applications, with its checklist; refused naming `cohortId`. */
async function openCohort(db: Tx, organizationId: string, cohortId: string, today: string) {
  const cohort = await getCohort(db, organizationId, cohortId);
  const listing = cohort ? await repo.getListing(db, organizationId, cohortId) : undefined;
  if (
    !cohort ||
    !listing ||
    !isPubliclyVisible(
      { published: listing.published === 1, cancelledAt: cohort.cancelled_at, startDate: cohort.start_date },
      today,
    )
  ) {
    throw invalid('cohortId', 'not-retreat-organization-offers');
  }
  const definition = await loadDefinition(db, organizationId, cohort.program_id, cohort.program_version);
  return { cohort, listing, checklist: checklistFor(definition.modality) };
}

export async function applicationForm(
  ctx: AppContext,
  slug: string,
  cohortId: string,
  language: ApplicationLanguage,
) {
  const db = ctx.db.kysely;
  const org = await organizationOf(db, slug);
  const today = todayIn(await organizationTimezone(db, org.id));
  const { checklist } = await openCohort(db, org.id, cohortId, today);
  return {
    cohortId,
    language,
    ...selfReportForm(checklist, language),
    formToken: issueFormToken(ctx, org.slug),
  };
}

/** Tells the applicant, in their language, that the application arrived and what happens next. */
function applicationReceived(
  ctx: AppContext,
  trx: Tx,
  a: { organizationId: string; applicationId: string; clientId: string },
  cohort: { program_name: string; start_date: string },
  now: string,
) {
  return sendClientMessage(
    ctx,
    trx,
    {
      organizationId: a.organizationId,
      clientId: a.clientId,
      kind: 'application-received',
      dedupeKey: `application-received:${a.applicationId}`,
      values: ({ lang, zone }) => ({
        program: cohort.program_name,
        startDate: formatWhen(`${cohort.start_date}T12:00:00.000Z`, zone, lang).date,
      }),
    },
    now,
  );
}

const keyHash = (source: string) =>
  createHash('sha256').update(`threshold-applicant:${source}`).digest('hex');

const isUniqueViolation = (e: unknown) =>
  e instanceof Error && /unique|duplicate key/i.test(`${e.message} ${(e as { code?: string }).code ?? ''}`);

/**
 * Stores an application; answers 'received' whatever became of it (spam is stored nowhere, and
 * the answer never says whether someone applied before).
 */
export async function submitApplication(
  ctx: AppContext,
  slug: string,
  body: ApplicationBody,
  ip: string | null,
): Promise<{ status: 'received' }> {
  const attempt = () =>
    transaction(ctx, async (trx) => {
      const org = await organizationOf(trx, slug);
      const today = todayIn(await organizationTimezone(trx, org.id));
      const { cohort, checklist } = await openCohort(trx, org.id, body.cohortId, today);
      const a = normalizeApplication(body, checklist, today);
      if (spamReason(ctx, org.slug, body)) return;
      const actor: Actor = { userId: null, label: 'applicant via the public form', ip };
      const applicantKey = keyHash(applicantKeySource(a));
      const report = {
        language: a.language,
        checklistVersion: checklist.version,
        answers: JSON.stringify(a.answers),
        medications: JSON.stringify(a.medications),
      };
      const now = new Date().toISOString();
      const existing = await repo.applicationByKey(trx, org.id, body.cohortId, applicantKey);
      if (existing) {
        if (existing.status !== 'submitted') return;
        await repo.replaceReport(trx, org.id, existing.id, report, now);
        await ctx.audit.append(trx, actor, {
          organizationId: org.id,
          action: 'application.resubmit',
          entityType: 'application',
          entityId: existing.id,
          details: { clientId: existing.client_id, cohortId: body.cohortId },
        });
        return;
      }
      const found = await repo.findApplicant(trx, org.id, a.email, a.dateOfBirth);
      // A restricted or archived record is left alone: the applicant gets a new one.
      let clientId = found && !found.restricted_at && !found.archived_at ? found.id : null;
      if (!clientId) {
        // The client record is created for the public form; 'intake' is the role whose checks apply.
        const scope: OrgScope = { organizationId: org.id, role: 'intake', actor };
        clientId = (
          await createClientIn(ctx, trx, scope, {
            givenName: a.givenName,
            familyName: a.familyName,
            dateOfBirth: a.dateOfBirth,
            sexAtBirth: 'unknown',
            email: a.email,
            language: a.language,
          })
        ).id;
      }
      const id = randomUUID();
      await repo.insertApplication(
        trx,
        org.id,
        { id, cohortId: body.cohortId, clientId, applicantKey, ...report },
        now,
      );
      await ctx.audit.append(trx, actor, {
        organizationId: org.id,
        action: 'application.submit',
        entityType: 'application',
        entityId: id,
        details: {
          clientId,
          cohortId: body.cohortId,
          language: a.language,
          checklistVersion: checklist.version,
        },
      });
      await applicationReceived(
        ctx,
        trx,
        { organizationId: org.id, applicationId: id, clientId },
        cohort,
        now,
      );
    });
  try {
    await attempt();
  } catch (e) {
    // Two identical submissions at once: the second finds the first's rows on its retry.
    if (!isUniqueViolation(e)) throw e;
    await attempt();
  }
  return { status: 'received' };
}
