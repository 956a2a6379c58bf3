/**
 * The scheduler's balance reminders: for each booked place whose balance is still due, on the
 * reminder days before the listing's due date, a message in the client's language with the amount
 * and the date. Each reminder day is written once per booking (its dedupe key), so a rerun, a
 * second server or a restart never sends it twice.
 */
import { formatWhen } from '../../domain/messages/format.ts';
import { minorDigits } from '../../domain/payments/money.ts';
import { nextDue, reminderDue } from '../../domain/payments/schedule.ts';
import type { AppContext } from '../context.ts';
import { transaction } from '../context.ts';
import * as foRepo from '../front-office/repository.ts';
import { sendClientMessage } from '../messages/compose.ts';
import { bookingOf, paidOf } from './booking.ts';
import { reminderDaysOf } from './settings.ts';

const formatAmount = (minor: number, currency: string, lang: string) =>
  new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency }).format(
    minor / 10 ** minorDigits(currency),
  );

const INSTRUCTIONS = {
  en: 'Pay through the link in the email with your offer, or contact us if you would rather pay another way.',
  nl: 'Betaal via de link in de e-mail met uw aanbod, of neem contact met ons op als u liever anders betaalt.',
};

/** Cross-organization (the scheduler): accepted offers whose listing has a balance date not passed. */
const candidates = (ctx: AppContext, today: string) =>
  ctx.db.kysely
    .selectFrom('offers')
    .innerJoin('cohort_listings', (j) =>
      j
        .onRef('cohort_listings.cohort_id', '=', 'offers.cohort_id')
        .onRef('cohort_listings.organization_id', '=', 'offers.organization_id'),
    )
    .select(['offers.id', 'offers.organization_id'])
    .where('offers.status', '=', 'accepted')
    .where('cohort_listings.balance_due_date', '>=', today)
    .orderBy('offers.id')
    .limit(500)
    .execute();

export async function sendBalanceReminders(ctx: AppContext, now: string): Promise<number> {
  const today = now.slice(0, 10);
  let sent = 0;
  for (const c of await candidates(ctx, today)) {
    const written = await transaction(ctx, async (trx) => {
      const offer = await foRepo.getOffer(trx, c.organization_id, c.id);
      if (offer?.status !== 'accepted') return false;
      const b = await bookingOf(trx, offer);
      const due = nextDue(b.schedule, paidOf(b));
      if (due?.kind !== 'balance' || !due.dueDate) return false;
      const day = reminderDue(due.dueDate, today, reminderDaysOf(b.settings));
      if (day === null) return false;
      return sendClientMessage(
        ctx,
        trx,
        {
          organizationId: offer.organization_id,
          clientId: offer.client_id,
          kind: 'balance-reminder',
          dedupeKey: `balance-reminder:${offer.id}:${day}`,
          values: ({ lang, zone }) => ({
            dueDate: formatWhen(`${due.dueDate}T12:00:00.000Z`, zone, lang).date,
            amount: formatAmount(due.amount, b.currency, lang),
            program: b.programName,
            paymentInstructions: INSTRUCTIONS[lang],
          }),
        },
        now,
      );
    });
    if (written) sent++;
  }
  return sent;
}
