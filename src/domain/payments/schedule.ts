/**
 * The balance schedule of a booking: the deposit now, the balance by the listing's due date (no
 * due date: the whole price with the deposit), reminders a number of days before that date; and
 * from what was paid, what is due next. Gross amounts (VAT applied by the caller).
 */
import { invalid } from '../errors.ts';
import { daysBetween } from '../front-office/refund.ts';
import type { PaymentKind } from './status.ts';

export const DEFAULT_REMINDER_DAYS = [14, 3] as const;
export const MAX_REMINDERS = 5;

export interface Schedule {
  deposit: number;
  balance: number;
  /** 'YYYY-MM-DD' the balance falls due; null: due with the deposit. */
  balanceDueDate: string | null;
  total: number;
}

export function scheduleFor(l: {
  priceGross: number;
  depositGross: number;
  balanceDueDate: string | null;
}): Schedule {
  if (l.depositGross > l.priceGross) throw invalid('depositMinor', 'cannot-more-than-price');
  if (l.balanceDueDate === null || l.depositGross === 0) {
    return { deposit: l.priceGross, balance: 0, balanceDueDate: null, total: l.priceGross };
  }
  return {
    deposit: l.depositGross,
    balance: l.priceGross - l.depositGross,
    balanceDueDate: l.balanceDueDate,
    total: l.priceGross,
  };
}

export interface Due {
  kind: PaymentKind;
  amount: number;
  /** null: now. */
  dueDate: string | null;
}

/** What is due next given what was paid so far (gross); null when everything is paid. */
export function nextDue(s: Schedule, paid: number): Due | null {
  if (paid >= s.total) return null;
  if (s.balance === 0) return { kind: 'full', amount: s.total - paid, dueDate: null };
  if (paid < s.deposit) return { kind: 'deposit', amount: s.deposit - paid, dueDate: null };
  return { kind: 'balance', amount: s.total - paid, dueDate: s.balanceDueDate };
}

/** Whether the deposit (the part that books the place) is covered. */
export const depositCovered = (s: Schedule, paid: number): boolean => paid >= s.deposit;

export function normalizeReminderDays(days: readonly number[]): number[] {
  if (days.length > MAX_REMINDERS)
    throw invalid('reminderDays', 'may-hold-at-most-days', { maxReminders: MAX_REMINDERS });
  days.forEach((d, i) => {
    if (!Number.isInteger(d) || d < 0 || d > 365) {
      throw invalid(`reminderDays.${i}`, 'days-up-to-365');
    }
  });
  return [...new Set(days)].sort((a, b) => b - a);
}

/**
 * The reminder due on `today`, if any: the smallest configured day count not below the days left
 * (so a reminder missed while the server was down is still sent once, as the nearer one).
 */
export function reminderDue(dueDate: string, today: string, reminderDays: readonly number[]): number | null {
  const left = daysBetween(today, dueDate);
  if (left < 0) return null;
  const eligible = reminderDays.filter((d) => d >= left);
  return eligible.length ? Math.min(...eligible) : null;
}
