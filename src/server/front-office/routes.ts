/**
 * The front office's routes. Staff: a cohort's listing, the applications queue and decision, an
 * offer answered for the client or withdrawn. Public (no sign-in): an organization's offerings, an
 * application form, applications (rate-limited across servers), and the offer link's answer.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, responses } from '../../api/common.ts';
import {
  ApplicationBodySchema,
  ApplicationDetailSchema,
  ApplicationFormSchema,
  ApplicationListSchema,
  ApplicationQueueQuery,
  ApplicationReceiptSchema,
  CohortFormParams,
  DecisionBodySchema,
  LanguageQuery,
  ListingBodySchema,
  ListingOrNullSchema,
  ListingSchema,
  OfferingsSchema,
  OfferResponseBodySchema,
  OfferSchema,
  OfferTokenParams,
  OrgSlugParams,
  PublicOfferAnswerSchema,
  PublicOfferSchema,
} from '../../api/front-office.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { sharedLimit } from '../http/rate-limit-store.ts';
import * as applications from './applications.ts';
import * as listings from './listings.ts';
import * as offers from './offers.ts';
import * as publicSide from './public.ts';

const tags = ['front-office'];

export function frontOfficeRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/cohorts/:id/listing',
      {
        config: { access: { action: 'session.read' } },
        schema: {
          tags,
          summary: "A cohort's public listing (price, policy, places), or null when it has none",
          params: IdParams,
          response: responses({ 200: ListingOrNullSchema }),
        },
      },
      async (request) => ({ listing: await listings.getListing(ctx, scopeOf(request), request.params.id) }),
    );

    app.put(
      '/api/cohorts/:id/listing',
      {
        config: { access: { action: 'cohort.manage' } },
        schema: {
          tags,
          summary:
            'Publish a cohort or not, with its price, deposit, cancellation tiers, places, waitlist and offer hold',
          params: IdParams,
          body: ListingBodySchema,
          response: responses({ 200: ListingSchema }),
        },
      },
      (request) => listings.putListing(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/applications',
      {
        config: { access: { action: 'screening.record' } },
        schema: {
          tags,
          summary: 'The intake queue: applications with what the client reported (audited)',
          querystring: ApplicationQueueQuery,
          response: responses({ 200: ApplicationListSchema }),
        },
      },
      async (request) => ({
        items: await applications.listApplications(ctx, scopeOf(request), request.query),
      }),
    );

    app.get(
      '/api/applications/:id',
      {
        config: { access: { action: 'screening.record' } },
        schema: {
          tags,
          summary: 'An application with the self-report as the client gave it (audited)',
          params: IdParams,
          response: responses({ 200: ApplicationDetailSchema }),
        },
      },
      (request) => applications.viewApplication(ctx, scopeOf(request), request.params.id),
    );

    app.post(
      '/api/applications/:id/decision',
      {
        config: { access: { action: 'screening.decide' } },
        schema: {
          tags,
          summary:
            "A clinician's decision with reasons; eligible makes an offer with a hold, or a waitlist place when the cohort is full",
          params: IdParams,
          body: DecisionBodySchema,
          response: responses({ 200: ApplicationDetailSchema }),
        },
      },
      (request) => applications.decideApplication(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/offers/:id/status',
      {
        config: { access: { action: 'enrollment.manage' } },
        schema: {
          tags,
          summary:
            "Record the client's answer to an offer, or withdraw it; a freed place goes to the waitlist",
          params: IdParams,
          body: OfferResponseBodySchema,
          response: responses({ 200: OfferSchema }),
        },
      },
      async (request) => {
        const o = await offers.respondForClient(
          ctx,
          scopeOf(request),
          request.params.id,
          request.body.status,
          request.body.reason ?? null,
        );
        return {
          id: o.id,
          status: o.status as 'offered',
          source: o.source as 'decision',
          offeredAt: o.offered_at,
          expiresAt: o.expires_at,
          respondedAt: o.responded_at,
          version: o.version,
        };
      },
    );

    app.get(
      '/api/public/organizations/:orgSlug/offerings',
      {
        config: { access: 'public', rateLimit: { max: ctx.config.portalPerMinute, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary:
            "The organization's published retreats: dates, place, price, deposit, places left, waitlist",
          params: OrgSlugParams,
          response: responses({ 200: OfferingsSchema }),
        },
      },
      (request) => publicSide.listOfferings(ctx, request.params.orgSlug),
    );

    app.get(
      '/api/public/organizations/:orgSlug/offerings/:cohortId/form',
      {
        config: { access: 'public', rateLimit: { max: ctx.config.portalPerMinute, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: "A retreat's application form: the self-report questions in a language and a form token",
          params: CohortFormParams,
          querystring: LanguageQuery,
          response: responses({ 200: ApplicationFormSchema }),
        },
      },
      (request) =>
        publicSide.applicationForm(
          ctx,
          request.params.orgSlug,
          request.params.cohortId,
          request.query.language ?? 'en',
        ),
    );

    app.post(
      '/api/public/organizations/:orgSlug/applications',
      {
        config: {
          access: 'public',
          rateLimit: sharedLimit({ max: ctx.config.applyPerMinute, timeWindow: '1 minute' }),
        },
        schema: {
          tags,
          summary:
            'Apply for a retreat with a health and medication self-report; the same person twice makes one client and one application',
          params: OrgSlugParams,
          body: ApplicationBodySchema,
          response: responses({ 201: ApplicationReceiptSchema }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await publicSide.submitApplication(ctx, request.params.orgSlug, request.body, request.ip ?? null),
          ),
    );

    app.get(
      '/api/public/offers/:token',
      {
        config: { access: 'public', rateLimit: { max: ctx.config.portalPerMinute, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'An offer by its emailed link: status, deadline and the retreat',
          params: OfferTokenParams,
          response: responses({ 200: PublicOfferSchema }),
        },
      },
      (request) => offers.publicOffer(ctx, request.params.token),
    );

    app.post(
      '/api/public/offers/:token',
      {
        config: { access: 'public', rateLimit: { max: ctx.config.portalPerMinute, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Accept or decline an offer through its emailed link (410 once answered or expired)',
          params: OfferTokenParams,
          body: PublicOfferAnswerSchema,
          response: responses({ 200: PublicOfferSchema, 410: Type.Ref('Problem') }),
        },
      },
      (request) => offers.answerByLink(ctx, request.params.token, request.body.answer, request.ip ?? null),
    );
  };
}
