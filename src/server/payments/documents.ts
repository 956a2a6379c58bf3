/** The invoice (receipt) PDF of a paid payment, for staff (audited: it names the client). */
import { notFound } from '../../domain/errors.ts';
import type { AppContext, OrgScope } from '../context.ts';
import { transaction } from '../context.ts';
import * as foRepo from '../front-office/repository.ts';
import { bookingOf, refundedOf } from './booking.ts';
import * as repo from './repository.ts';

const METHOD_WORDS = { mollie: 'Mollie', stripe: 'Stripe', bank_transfer: 'Bank transfer' } as const;
const METHOD_WORDS_NL = { mollie: 'Mollie', stripe: 'Stripe', bank_transfer: 'Bankoverschrijving' } as const;

export async function invoiceDocument(ctx: AppContext, scope: OrgScope, paymentId: string) {
  const org = scope.organizationId;
  return transaction(ctx, async (trx) => {
    const p = await repo.getPayment(trx, org, paymentId);
    const invoice = p ? await repo.getInvoiceOfPayment(trx, org, p.id) : undefined;
    if (!p || !invoice) throw notFound('Invoice');
    const offer = await foRepo.getOffer(trx, org, p.offer_id);
    if (!offer) throw notFound('Offer');
    const b = await bookingOf(trx, offer);
    const [organization, client] = await Promise.all([
      trx
        .selectFrom('organizations')
        .select(['name', 'locale'])
        .where('id', '=', org)
        .executeTakeFirstOrThrow(),
      trx
        .selectFrom('clients')
        .select(['given_name', 'family_name'])
        .where('organization_id', '=', org)
        .where('id', '=', p.client_id)
        .executeTakeFirstOrThrow(),
    ]);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'invoice.download',
      entityType: 'invoice',
      entityId: invoice.id,
      details: { clientId: p.client_id, paymentId: p.id, number: invoice.number },
    });
    const language = organization.locale.startsWith('nl') ? 'nl' : 'en';
    const method = p.method as keyof typeof METHOD_WORDS;
    const kind = {
      deposit: ['Deposit', 'Aanbetaling'],
      balance: ['Balance', 'Restbedrag'],
      full: ['Booking', 'Boeking'],
    }[p.kind as 'deposit'];
    // pdf-lib is loaded on the first invoice, not at start.
    const { invoicePdf } = await import('./invoice-pdf.ts');
    const bytes = await invoicePdf({
      language,
      organization: organization.name,
      vatNumber: invoice.vat_number,
      number: invoice.number,
      issuedAt: invoice.issued_at,
      client: `${client.given_name} ${client.family_name}`,
      description: `${kind[language === 'nl' ? 1 : 0]}: ${b.programName} (${b.startDate})`,
      method: (language === 'nl' ? METHOD_WORDS_NL : METHOD_WORDS)[method],
      reference: p.reference,
      currency: invoice.currency,
      net: invoice.net_minor,
      vat: invoice.vat_minor,
      gross: invoice.gross_minor,
      vatRateBasisPoints: invoice.vat_rate_bp,
      refunded: refundedOf(b, p.id),
    });
    return { number: invoice.number, bytes };
  });
}
