/** The payment settings form's state and its conversion to the API body (pure; tested in the form's use). */
import type { PaymentSettings, PaymentSettingsBody } from '../../api/payments.ts';
import type { PaymentMethod } from '../../domain/payments/status.ts';

export const SECRET_NAMES = ['mollieApiKey', 'stripeSecretKey', 'stripeWebhookSecret'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

export interface SettingsFormState {
  vatRate: string;
  pricesIncludeVat: boolean;
  vatNumber: string;
  invoicePrefix: string;
  reminderDays: string;
  methods: PaymentMethod[];
  bankIban: string;
  bankAccountName: string;
  /** '' leaves a secret as it is; `null` removes it. */
  secrets: Record<SecretName, string | null>;
}

export const formStateOf = (s: PaymentSettings): SettingsFormState => ({
  vatRate: String(s.vatRateBasisPoints / 100),
  pricesIncludeVat: s.pricesIncludeVat,
  vatNumber: s.vatNumber ?? '',
  invoicePrefix: s.invoicePrefix,
  reminderDays: s.reminderDays.join(', '),
  methods: s.methods,
  bankIban: s.bankIban ?? '',
  bankAccountName: s.bankAccountName ?? '',
  secrets: { mollieApiKey: '', stripeSecretKey: '', stripeWebhookSecret: '' },
});

/** '21' or '9,5' → basis points; null when not a percentage from 0 to 100 with at most two decimals. */
export function basisPoints(text: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : null;
}

export function reminderDaysOf(text: string): number[] | null {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 365) || parts.length > 5) return null;
  return parts.map(Number);
}

export function bodyOf(
  f: SettingsFormState,
  version: number,
): PaymentSettingsBody | 'vatRate' | 'reminderDays' {
  const bp = basisPoints(f.vatRate);
  if (bp === null) return 'vatRate';
  const days = reminderDaysOf(f.reminderDays);
  if (days === null) return 'reminderDays';
  const body: PaymentSettingsBody = {
    vatRateBasisPoints: bp,
    pricesIncludeVat: f.pricesIncludeVat,
    vatNumber: f.vatNumber.trim() || null,
    invoicePrefix: f.invoicePrefix.trim(),
    reminderDays: days,
    methods: f.methods,
    bankIban: f.bankIban.trim() || null,
    bankAccountName: f.bankAccountName.trim() || null,
    version,
  };
  for (const name of SECRET_NAMES) {
    const v = f.secrets[name];
    if (v === null) body[name] = null;
    else if (v.trim()) body[name] = v.trim();
  }
  return body;
}
