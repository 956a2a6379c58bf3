/** Routes of the client's portal home (/api/portal/*) and the staff side of it (sign-in link, shared journal). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, problemResponses, responses } from '../../api/common.ts';
import {
  JournalBodySchema,
  JournalEntrySchema,
  JournalShareSchema,
  PortalHomeSchema,
  PortalLinkSentSchema,
  PortalSignInSchema,
  SignInLinkRequestSchema,
} from '../../api/portal-home.ts';
import { PORTAL_COOKIE, portalOf, scopeOf } from '../auth/guard.ts';
import { BackgroundQueue } from '../background.ts';
import type { AppContext } from '../context.ts';
import { sharedLimit } from '../http/rate-limit-store.ts';
import * as svc from './home-service.ts';

const tags = ['portal'];
const client = { access: 'client' as const };
const Journal = Type.Object({ items: Type.Array(JournalEntrySchema) });
const noContent = { 204: Type.Null({ description: 'Done' }), ...problemResponses };

export function portalHomeRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const secure = ctx.config.trustProxy;
  const limited = { rateLimit: sharedLimit({ max: ctx.config.signInPerMinute, timeWindow: '1 minute' }) };
  return async (app) => {
    // Asking for a link answers at once, the same for any address; the lookup and the email
    // follow in the background, so the time taken cannot tell who is a client.
    const afterResponse = new BackgroundQueue((err, job) => app.log.error({ err }, `${job} failed`));
    app.addHook('onClose', () => afterResponse.drain());

    app.post(
      '/api/portal/sign-in-link',
      {
        config: { access: 'public', ...limited },
        schema: {
          tags,
          summary:
            'Emails a portal sign-in link to the client with this address, if there is one and it got fewer than 3 asked-for links in 15 minutes (always 202, answered before the lookup)',
          body: SignInLinkRequestSchema,
          response: { 202: Type.Object({}), ...problemResponses },
        },
      },
      async (request, reply) => {
        const { email } = request.body;
        afterResponse.push('portal sign-in link request', () => svc.requestSignInLink(ctx, email));
        return reply.code(202).send({});
      },
    );

    app.post(
      '/api/portal/sign-in',
      {
        config: { access: 'public', ...limited },
        logLevel: 'warn',
        schema: {
          tags,
          summary: 'Uses a sign-in link (once) and starts a portal session (cookie)',
          body: PortalSignInSchema,
          response: noContent,
        },
      },
      async (request, reply) => {
        const s = await svc.signIn(ctx, request.body.token);
        reply.setCookie(PORTAL_COOKIE, s.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure,
          expires: new Date(s.expiresAt),
        });
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/portal/sign-out',
      { config: client, schema: { tags, summary: 'Ends the portal session', response: noContent } },
      async (request, reply) => {
        await svc.signOut(ctx, portalOf(request));
        reply.clearCookie(PORTAL_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/portal/me',
      {
        config: client,
        schema: {
          tags,
          summary: "The client's home: upcoming sessions, open questionnaires, their own scores",
          response: responses({ 200: PortalHomeSchema }),
        },
      },
      (request) => svc.portalHome(ctx, portalOf(request)),
    );

    app.get(
      '/api/portal/journal',
      {
        config: client,
        schema: { tags, summary: "The client's integration journal", response: responses({ 200: Journal }) },
      },
      (request) => svc.listJournal(ctx, portalOf(request)),
    );

    app.post(
      '/api/portal/journal',
      {
        config: client,
        schema: {
          tags,
          summary: 'Writes a journal entry (private until shared)',
          body: JournalBodySchema,
          response: { 201: JournalEntrySchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await svc.addJournal(ctx, portalOf(request), request.body.body)),
    );

    app.put(
      '/api/portal/journal/:id',
      {
        config: client,
        schema: {
          tags,
          summary: 'Edits a journal entry',
          params: IdParams,
          body: JournalBodySchema,
          response: responses({ 200: JournalEntrySchema }),
        },
      },
      (request) => svc.editJournal(ctx, portalOf(request), request.params.id, request.body.body),
    );

    app.post(
      '/api/portal/journal/:id/share',
      {
        config: client,
        schema: {
          tags,
          summary: 'Shares a journal entry with the care team, or makes it private again',
          params: IdParams,
          body: JournalShareSchema,
          response: responses({ 200: JournalEntrySchema }),
        },
      },
      (request) => svc.shareJournal(ctx, portalOf(request), request.params.id, request.body.shared),
    );

    app.delete(
      '/api/portal/journal/:id',
      {
        config: client,
        schema: { tags, summary: 'Deletes a journal entry', params: IdParams, response: noContent },
      },
      async (request, reply) => {
        await svc.deleteJournal(ctx, portalOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/clients/:id/portal-link',
      {
        config: { access: { action: 'portal.invite' } },
        schema: {
          tags,
          summary: 'Emails the client a portal sign-in link',
          params: IdParams,
          response: { 201: PortalLinkSentSchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await svc.sendPortalLink(ctx, scopeOf(request), request.params.id)),
    );

    app.get(
      '/api/clients/:id/journal',
      {
        config: { access: { action: 'client.notes.read' } },
        schema: {
          tags,
          summary: 'The journal entries a client shared with the care team',
          params: IdParams,
          response: responses({ 200: Journal }),
        },
      },
      (request) => svc.sharedJournal(ctx, scopeOf(request), request.params.id),
    );
  };
}
