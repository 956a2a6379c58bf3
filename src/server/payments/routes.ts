/**
 * Payment routes. Staff: an offer's payments panel, a bank transfer marked received, a refund, a
 * cancellation under the policy, the invoice PDF, and the organization's payment settings.
 * Public: starting a payment through the offer link; the providers' webhooks (webhook-routes.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, problemResponses, responses } from '../../api/common.ts';
import { OfferTokenParams } from '../../api/front-office.ts';
import {
  BookingsSchema,
  CancelBodySchema,
  PaymentPanelSchema,
  PaymentSettingsBodySchema,
  PaymentSettingsSchema,
  PublicPaymentBodySchema,
  PublicPaymentCreatedSchema,
  ReceivedBodySchema,
  RefundBodySchema,
} from '../../api/payments.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { startPayment } from './checkout.ts';
import { invoiceDocument } from './documents.ts';
import { getPaymentSettings, putPaymentSettings } from './settings.ts';
import * as staff from './staff.ts';
import { webhookRoutes } from './webhook-routes.ts';

const tags = ['payments'];

export function paymentRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/offers/:id/payments',
      {
        config: { access: { action: 'payment.read' } },
        schema: {
          tags,
          summary: "An offer's payments panel: amounts due, payments, refunds, the cancellation refund today",
          params: IdParams,
          response: responses({ 200: PaymentPanelSchema }),
        },
      },
      (request) => staff.paymentPanel(ctx, scopeOf(request), request.params.id),
    );

    app.get(
      '/api/clients/:id/bookings',
      {
        config: { access: { action: 'payment.read' } },
        schema: {
          tags,
          summary:
            "A client's bookings: per offer, the amounts due, payments and the cancellation refund today",
          params: IdParams,
          response: responses({ 200: BookingsSchema }),
        },
      },
      (request) => staff.clientBookings(ctx, scopeOf(request), request.params.id),
    );

    app.post(
      '/api/payments/:id/received',
      {
        config: { access: { action: 'payment.manage' } },
        schema: {
          tags,
          summary: 'Mark a bank transfer received (a payment when nothing was due is flagged for refund)',
          params: IdParams,
          body: ReceivedBodySchema,
          response: responses({ 200: PaymentPanelSchema }),
        },
      },
      (request) => staff.markReceived(ctx, scopeOf(request), request.params.id, request.body.version),
    );

    app.post(
      '/api/payments/:id/refunds',
      {
        config: { access: { action: 'payment.manage' } },
        schema: {
          tags,
          summary: 'Refund part or all of a paid payment (through its provider; a bank transfer is recorded)',
          params: IdParams,
          body: RefundBodySchema,
          response: responses({ 200: PaymentPanelSchema }),
        },
      },
      (request) => staff.refund(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/offers/:id/cancel',
      {
        config: { access: { action: 'payment.manage' } },
        schema: {
          tags,
          summary:
            'Cancel a booking: the offer is withdrawn and the policy refund confirmed by the caller is paid back',
          params: IdParams,
          body: CancelBodySchema,
          response: responses({ 200: PaymentPanelSchema }),
        },
      },
      (request) => staff.cancelBooking(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/payments/:id/invoice.pdf',
      {
        config: { access: { action: 'payment.read' } },
        schema: {
          tags,
          summary: 'The invoice of a paid payment (the receipt), as PDF',
          params: IdParams,
          response: {
            200: {
              description: 'application/pdf',
              content: { 'application/pdf': { schema: Type.String() } },
            },
            ...problemResponses,
          },
        },
      },
      async (request, reply) => {
        const doc = await invoiceDocument(ctx, scopeOf(request), request.params.id);
        return reply
          .type('application/pdf')
          .header('cache-control', 'private, no-store')
          .header('content-disposition', `attachment; filename="invoice-${doc.number}.pdf"`)
          .send(Buffer.from(doc.bytes));
      },
    );

    app.get(
      '/api/organization/payment-settings',
      {
        config: { access: { action: 'organization.update' } },
        schema: {
          tags,
          summary: 'VAT, invoice numbering, reminders, payment methods; provider secrets only as set or not',
          response: responses({ 200: PaymentSettingsSchema }),
        },
      },
      (request) => getPaymentSettings(ctx, scopeOf(request)),
    );

    app.put(
      '/api/organization/payment-settings',
      {
        config: { access: { action: 'organization.update' } },
        schema: {
          tags,
          summary: 'Set VAT, numbering, reminders, methods and (write-only) provider secrets',
          body: PaymentSettingsBodySchema,
          response: responses({ 200: PaymentSettingsSchema }),
        },
      },
      (request) => putPaymentSettings(ctx, scopeOf(request), request.body),
    );

    app.post(
      '/api/public/offers/:token/payments',
      {
        config: { access: 'public', rateLimit: { max: ctx.config.portalPerMinute, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary:
            'Pay what is due on an offer: a provider checkout URL, or bank transfer details with a structured reference',
          params: OfferTokenParams,
          body: PublicPaymentBodySchema,
          response: responses({ 201: PublicPaymentCreatedSchema, 410: Type.Ref('Problem') }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await startPayment(ctx, request.params.token, request.body.method, request.ip ?? null)),
    );

    await app.register(webhookRoutes(ctx));
  };
}
