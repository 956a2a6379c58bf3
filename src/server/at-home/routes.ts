/**
 * At-home dosing: settings of a program or dosing session, the support person of an enrollment, a
 * dose's check-in timeline and support link (staff); the client's check-ins (portal); the support
 * person's check-ins by link (the token is the credential, rate-limited, expires after the session).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AtHomeSettingsPutSchema,
  AtHomeSettingsSchema,
  CheckinAnswerSchema,
  CheckinResultSchema,
  HomeSessionViewSchema,
  HomeTimelineSchema,
  PortalHomeSessionsSchema,
  SupportLinkSchema,
  SupportPersonPutSchema,
  SupportPersonSchema,
} from '../../api/at-home.ts';
import { IdParams, responses } from '../../api/common.ts';
import { TokenParams } from '../../api/portal.ts';
import { portalOf, scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as svc from './service.ts';
import * as settings from './settings.ts';
import * as support from './support.ts';

const tags = ['at-home'];

export function atHomeRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const byLink = {
    access: 'token' as const,
    rateLimit: { max: ctx.config.portalPerMinute, timeWindow: '1 minute' },
  };
  return async (app) => {
    app.get(
      '/api/programs/:id/at-home',
      {
        config: { access: { action: 'program.read' } },
        schema: {
          tags,
          summary: "Whether a program's dosing sessions are at-home, with its check-in settings",
          params: IdParams,
          response: responses({ 200: AtHomeSettingsSchema }),
        },
      },
      (request) => settings.viewProgramSettings(ctx, scopeOf(request), request.params.id),
    );

    app.put(
      '/api/programs/:id/at-home',
      {
        config: { access: { action: 'program.manage' } },
        schema: {
          tags,
          summary:
            "Marks a program's dosing sessions at-home (check-in minutes, grace period, vitals), or not",
          params: IdParams,
          body: AtHomeSettingsPutSchema,
          response: responses({ 200: AtHomeSettingsSchema }),
        },
      },
      (request) => settings.putProgramSettings(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.put(
      '/api/sessions/:id/at-home',
      {
        config: { access: { action: 'program.manage' } },
        schema: {
          tags,
          summary:
            "Marks one dosing session at-home with its own check-ins (wins over its program's), or not",
          params: IdParams,
          body: AtHomeSettingsPutSchema,
          response: responses({ 200: AtHomeSettingsSchema }),
        },
      },
      (request) => settings.putSessionSettings(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/enrollments/:id/support-person',
      {
        config: { access: { action: 'dosing.read' } },
        schema: {
          tags,
          summary:
            "The client's support person for at-home dosing, their attestation and what is missing (audited)",
          params: IdParams,
          response: responses({ 200: SupportPersonSchema }),
        },
      },
      (request) => support.viewSupportPerson(ctx, scopeOf(request), request.params.id),
    );

    app.put(
      '/api/enrollments/:id/support-person',
      {
        config: { access: { action: 'dosing.record' } },
        schema: {
          tags,
          summary:
            'Records the support person (name, phone, relationship) and their attestation to the duties',
          params: IdParams,
          body: SupportPersonPutSchema,
          response: responses({ 200: SupportPersonSchema }),
        },
      },
      (request) => support.putSupportPerson(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/dosing-records/:id/at-home',
      {
        config: { access: { action: 'dosing.read' } },
        schema: {
          tags,
          summary: "A dose's at-home check-ins as a timeline, with the support person (audited)",
          params: IdParams,
          response: responses({ 200: HomeTimelineSchema }),
        },
      },
      (request) => svc.viewTimeline(ctx, scopeOf(request), request.params.id),
    );

    app.post(
      '/api/dosing-records/:id/support-link',
      {
        config: { access: { action: 'dosing.record' } },
        schema: {
          tags,
          summary:
            'A new link for the support person to answer check-ins (shown once; expires after the session)',
          params: IdParams,
          response: responses({ 201: SupportLinkSchema }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await svc.createSupportLink(ctx, scopeOf(request), request.params.id)),
    );

    app.get(
      '/api/portal/at-home',
      {
        config: { access: 'client' },
        schema: {
          tags,
          summary: "The signed-in client's at-home sessions whose check-ins can still be answered",
          response: responses({ 200: PortalHomeSessionsSchema }),
        },
      },
      (request) => svc.portalSessions(ctx, portalOf(request)),
    );

    app.post(
      '/api/portal/at-home/:id/checkin',
      {
        config: { access: 'client' },
        schema: {
          tags,
          summary:
            'The client answers the open check-in ("I need help": an urgent alert and the crisis lines)',
          params: IdParams,
          body: CheckinAnswerSchema,
          response: responses({ 200: CheckinResultSchema }),
        },
      },
      (request) => svc.answerInPortal(ctx, portalOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/home-support/:token',
      {
        logLevel: 'warn',
        config: byLink,
        schema: {
          tags,
          summary:
            'What the support link shows: the check-in times and answers only. Unknown: 404; over: 410',
          params: TokenParams,
          response: responses({ 200: HomeSessionViewSchema }),
        },
      },
      (request) => svc.viewByLink(ctx, request.params.token),
    );

    app.post(
      '/api/home-support/:token/checkin',
      {
        logLevel: 'warn',
        config: byLink,
        schema: {
          tags,
          summary:
            'The support person answers the open check-in ("I need help": an urgent alert and the crisis lines)',
          params: TokenParams,
          body: CheckinAnswerSchema,
          response: responses({ 200: CheckinResultSchema }),
        },
      },
      (request) => svc.answerByLink(ctx, request.params.token, request.body),
    );
  };
}
