/**
 * The providers' webhooks, in their own plugin scope so the body reaches the handler as the exact
 * bytes sent: Stripe's signature is over the raw body, and Mollie posts a form. No cookie, no
 * CSRF token: the signature (Stripe) or the fetch from the API (Mollie) is the authentication.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { responses } from '../../api/common.ts';
import type { AppContext } from '../context.ts';
import { isPlainJson, jsonDepthProblem } from '../http/json-depth.ts';
import { mollieWebhook, stripeWebhook } from './webhooks.ts';

const tags = ['payments'];
const MAX_BODY = 256 * 1024;
const Received = Type.Object({ received: Type.Boolean(), outcome: Type.String() });
/** The body as the provider sent it (no schema: it is checked by signature or by fetching). */
const raw = (body: unknown): string => (typeof body === 'string' ? body : '');

export function webhookRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(
      ['application/json', 'application/x-www-form-urlencoded'],
      { parseAs: 'string', bodyLimit: MAX_BODY },
      // The text goes on as sent, but nested past the limit it is refused like every JSON body.
      (request, body, done) => {
        const problem =
          isPlainJson(request.headers['content-type'] ?? '') && jsonDepthProblem(body as string);
        if (problem) done(problem, undefined);
        else done(null, body);
      },
    );
    const config = { access: 'token' as const, rateLimit: { max: 600, timeWindow: '1 minute' } };

    app.post(
      '/api/public/payments/webhooks/stripe',
      {
        config,
        schema: {
          tags,
          summary: 'Stripe events (Stripe-Signature verified; replays and stale events change nothing)',
          response: responses({ 200: Received }),
        },
      },
      async (request) => {
        const outcome = await stripeWebhook(ctx, raw(request.body), request.headers);
        return { received: true, outcome };
      },
    );

    app.post(
      '/api/public/payments/webhooks/mollie',
      {
        config,
        schema: {
          tags,
          summary: 'Mollie payment updates: the id is fetched from Mollie; ids not made here are ignored',
          response: responses({ 200: Received }),
        },
      },
      async (request) => {
        const outcome = await mollieWebhook(ctx, raw(request.body));
        return { received: true, outcome };
      },
    );
  };
}
