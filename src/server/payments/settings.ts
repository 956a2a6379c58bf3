/**
 * An organization's payment settings: VAT, invoice prefix, reminder days, the methods offered, the
 * bank account, and provider credentials sealed in the secret box (src/server/secrets), bound to
 * the organization and the field. Secrets are write-only: the API says only whether each is set.
 */

import type { PaymentSettings, PaymentSettingsBody } from '../../api/payments.ts';
import { checkAll, conflict, invalid } from '../../domain/errors.ts';
import { normalizeIban } from '../../domain/payments/bank-transfer.ts';
import { normalizePrefix } from '../../domain/payments/invoice-number.ts';
import type { PaymentProvider } from '../../domain/payments/provider.ts';
import { DEFAULT_REMINDER_DAYS, normalizeReminderDays } from '../../domain/payments/schedule.ts';
import { PAYMENT_METHODS, type PaymentMethod } from '../../domain/payments/status.ts';
import { normalizeVat, type VatSettings } from '../../domain/payments/vat.ts';
import type { AppContext, OrgScope, Tx } from '../context.ts';
import { transaction } from '../context.ts';
import { secretBox } from '../secrets/secret-box.ts';
import * as repo from './repository.ts';

const SECRET_FIELDS = {
  mollieApiKey: 'mollie_api_key',
  stripeSecretKey: 'stripe_secret_key',
  stripeWebhookSecret: 'stripe_webhook_secret',
} as const;
type SecretField = keyof typeof SECRET_FIELDS;

const sealContext = (organizationId: string, field: SecretField) =>
  `payment-settings:${organizationId}:${field}`;

/** Settings of an organization that has none: nothing offered, no VAT. */
const DEFAULTS = {
  vat_rate_bp: 0,
  prices_include_vat: 1,
  vat_number: null,
  invoice_prefix: '',
  reminder_days: JSON.stringify(DEFAULT_REMINDER_DAYS),
  methods: '[]',
  bank_iban: null,
  bank_account_name: null,
  mollie_api_key: null,
  stripe_secret_key: null,
  stripe_webhook_secret: null,
  version: 0,
};

export type Settings = Omit<repo.SettingsRow, 'organization_id' | 'updated_at' | 'updated_by_user_id'>;

export async function settingsOf(db: Tx, organizationId: string): Promise<Settings> {
  return (await repo.getSettings(db, organizationId)) ?? DEFAULTS;
}

export const vatOf = (s: Settings): VatSettings => ({
  rateBasisPoints: s.vat_rate_bp,
  pricesIncludeVat: s.prices_include_vat === 1,
  vatNumber: s.vat_number,
});

export const reminderDaysOf = (s: Settings): number[] => JSON.parse(s.reminder_days) as number[];

/** The methods offered that are fully set up (a method missing its credentials is not offered). */
export function methodsOf(s: Settings): PaymentMethod[] {
  const wanted = JSON.parse(s.methods) as PaymentMethod[];
  return PAYMENT_METHODS.filter((m) => {
    if (!wanted.includes(m)) return false;
    if (m === 'mollie') return !!s.mollie_api_key;
    if (m === 'stripe') return !!s.stripe_secret_key && !!s.stripe_webhook_secret;
    return !!s.bank_iban && !!s.bank_account_name;
  });
}

function present(s: Settings): PaymentSettings {
  return {
    vatRateBasisPoints: s.vat_rate_bp,
    pricesIncludeVat: s.prices_include_vat === 1,
    vatNumber: s.vat_number,
    invoicePrefix: s.invoice_prefix,
    reminderDays: reminderDaysOf(s),
    methods: JSON.parse(s.methods) as PaymentMethod[],
    bankIban: s.bank_iban,
    bankAccountName: s.bank_account_name,
    secrets: {
      mollieApiKey: !!s.mollie_api_key,
      stripeSecretKey: !!s.stripe_secret_key,
      stripeWebhookSecret: !!s.stripe_webhook_secret,
    },
    version: s.version,
  };
}

export async function getPaymentSettings(ctx: AppContext, scope: OrgScope): Promise<PaymentSettings> {
  return present(await settingsOf(ctx.db.kysely, scope.organizationId));
}

function checkBody(b: PaymentSettingsBody) {
  return checkAll({
    vat: () =>
      normalizeVat({
        rateBasisPoints: b.vatRateBasisPoints,
        pricesIncludeVat: b.pricesIncludeVat,
        vatNumber: b.vatNumber,
      }),
    prefix: () => normalizePrefix(b.invoicePrefix),
    reminderDays: () => normalizeReminderDays(b.reminderDays),
    iban: () => (b.bankIban?.trim() ? normalizeIban(b.bankIban, 'bankIban') : null),
    accountName: () => {
      const name = b.bankAccountName?.trim() || null;
      if (b.bankIban?.trim() && !name) throw invalid('bankAccountName', 'needed-iban');
      return name;
    },
  });
}

export async function putPaymentSettings(
  ctx: AppContext,
  scope: OrgScope,
  body: PaymentSettingsBody,
): Promise<PaymentSettings> {
  const c = checkBody(body);
  const now = new Date().toISOString();
  const org = scope.organizationId;
  const box = secretBox(ctx);
  return transaction(ctx, async (trx) => {
    const current = await settingsOf(trx, org);
    if (current.version !== body.version) {
      throw conflict('payment-settings-stale');
    }
    const secrets: Record<string, string | null> = {};
    const changedSecrets: string[] = [];
    for (const field of Object.keys(SECRET_FIELDS) as SecretField[]) {
      const column = SECRET_FIELDS[field];
      const given = body[field];
      if (given === undefined) secrets[column] = current[column];
      else {
        secrets[column] = given === null ? null : box.seal(given.trim(), sealContext(org, field));
        changedSecrets.push(field);
      }
    }
    const row = {
      vat_rate_bp: c.vat.rateBasisPoints,
      prices_include_vat: c.vat.pricesIncludeVat ? 1 : 0,
      vat_number: c.vat.vatNumber,
      invoice_prefix: c.prefix,
      reminder_days: JSON.stringify(c.reminderDays),
      methods: JSON.stringify(body.methods),
      bank_iban: c.iban,
      bank_account_name: c.iban ? c.accountName : null,
      ...secrets,
      version: current.version + 1,
      updated_by_user_id: scope.actor.userId,
      updated_at: now,
    } as Omit<repo.SettingsRow, 'organization_id'>;
    if (current.version === 0) {
      await trx
        .insertInto('payment_settings')
        .values({ organization_id: org, ...row })
        .execute();
    } else {
      const r = await trx
        .updateTable('payment_settings')
        .set(row)
        .where('organization_id', '=', org)
        .where('version', '=', current.version)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw conflict('payment-settings-changed');
    }
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'payment.settings.update',
      entityType: 'organization',
      entityId: org,
      // Which secrets changed, never their values.
      details: {
        methods: body.methods,
        vatRateBasisPoints: c.vat.rateBasisPoints,
        secretsChanged: changedSecrets,
      },
    });
    return present({ ...current, ...row });
  });
}

/**
 * The provider for an online method, with the organization's opened credentials. The official
 * clients are loaded on first use (see ARCHITECTURE: libraries that only rare requests need).
 */
export async function providerFor(
  ctx: AppContext,
  organizationId: string,
  s: Settings,
  method: 'mollie' | 'stripe',
): Promise<PaymentProvider> {
  const box = secretBox(ctx);
  const open = (field: SecretField) => {
    const sealed = s[SECRET_FIELDS[field]];
    return sealed ? box.open(sealed, sealContext(organizationId, field)) : null;
  };
  if (method === 'mollie') {
    const apiKey = open('mollieApiKey');
    if (!apiKey) throw conflict('mollie-not-set-up');
    const { mollieProvider } = await import('./providers/mollie.ts');
    return mollieProvider({ apiKey, apiUrl: ctx.config.mollieApiUrl });
  }
  const secretKey = open('stripeSecretKey');
  if (!secretKey) throw conflict('stripe-not-set-up');
  const { stripeProvider } = await import('./providers/stripe.ts');
  return stripeProvider({
    secretKey,
    webhookSecret: open('stripeWebhookSecret'),
    apiUrl: ctx.config.stripeApiUrl,
  });
}
