/**
 * The organization's payment settings (owners): VAT, invoice numbering, balance reminders, the
 * ways to pay, the bank account and the providers' keys — write-only: a set key shows as set.
 */
import { Alert, Button, Checkbox, Group, PasswordInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import type { PaymentSettings } from '../../api/payments.ts';
import { PAYMENT_METHODS, type PaymentMethod } from '../../domain/payments/status.ts';
import { splitFieldErrors } from '../http/field-errors.ts';
import { ApiError, errorMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { useSavePaymentSettings } from './api.ts';
import { bodyOf, formStateOf, SECRET_NAMES, type SettingsFormState } from './settings-form.ts';

type Errors = Partial<Record<string, string>>;

export function PaymentSettingsForm({ settings }: { settings: PaymentSettings }) {
  const { t } = useT('payments');
  const save = useSavePaymentSettings();
  const [form, setForm] = useState<SettingsFormState>(() => formStateOf(settings));
  const [errors, setErrors] = useState<Errors>({});
  const set = (patch: Partial<SettingsFormState>) => setForm((f) => ({ ...f, ...patch }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const body = bodyOf(form, settings.version);
    if (body === 'vatRate') return setErrors({ vatRateBasisPoints: t('settings.vatRateInvalid') });
    if (body === 'reminderDays') return setErrors({ reminderDays: t('settings.reminderDaysInvalid') });
    setErrors({});
    save.mutate(body, {
      onSuccess: (saved) => {
        setForm(formStateOf(saved));
        notifications.show({ color: 'teal', message: t('settings.saved') });
      },
      onError: (error) => {
        if (error instanceof ApiError) setErrors(splitFieldErrors(error, (f): f is string => true).byField);
      },
    });
  };
  const toggle = (m: PaymentMethod, on: boolean) =>
    set({ methods: on ? [...form.methods, m] : form.methods.filter((x) => x !== m) });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={560}>
        <Text size="sm">{t('settings.intro')}</Text>
        {save.isError && (
          <Alert color="red" title={t('settings.notSaved')} role="alert">
            {errorMessage(save.error)}
          </Alert>
        )}
        <TextInput
          label={t('settings.vatRate')}
          inputMode="decimal"
          value={form.vatRate}
          onChange={(e) => set({ vatRate: e.currentTarget.value })}
          error={errors.vatRateBasisPoints}
        />
        <Switch
          label={t('settings.pricesIncludeVat')}
          checked={form.pricesIncludeVat}
          onChange={(e) => set({ pricesIncludeVat: e.currentTarget.checked })}
        />
        <TextInput
          label={t('settings.vatNumber')}
          value={form.vatNumber}
          onChange={(e) => set({ vatNumber: e.currentTarget.value })}
          error={errors.vatNumber}
        />
        <TextInput
          label={t('settings.invoicePrefix')}
          description={t('settings.invoicePrefixHint')}
          value={form.invoicePrefix}
          onChange={(e) => set({ invoicePrefix: e.currentTarget.value })}
          error={errors.invoicePrefix}
        />
        <TextInput
          label={t('settings.reminderDays')}
          description={t('settings.reminderDaysHint')}
          value={form.reminderDays}
          onChange={(e) => set({ reminderDays: e.currentTarget.value })}
          error={errors.reminderDays}
        />
        <Checkbox.Group label={t('settings.methods')} value={form.methods}>
          <Group mt="xs">
            {PAYMENT_METHODS.map((m) => (
              <Checkbox
                key={m}
                value={m}
                label={t(`methods.${m}`)}
                onChange={(e) => toggle(m, e.currentTarget.checked)}
              />
            ))}
          </Group>
        </Checkbox.Group>
        <TextInput
          label={t('settings.bankIban')}
          value={form.bankIban}
          onChange={(e) => set({ bankIban: e.currentTarget.value })}
          error={errors.bankIban}
        />
        <TextInput
          label={t('settings.bankAccountName')}
          value={form.bankAccountName}
          onChange={(e) => set({ bankAccountName: e.currentTarget.value })}
          error={errors.bankAccountName}
        />
        {SECRET_NAMES.map((name) => (
          <Group key={name} align="flex-end" wrap="nowrap">
            <PasswordInput
              style={{ flex: 1 }}
              label={t(`settings.${name}`)}
              description={
                settings.secrets[name] && form.secrets[name] !== null
                  ? t('settings.secretSet')
                  : t('settings.secretUnset')
              }
              autoComplete="off"
              value={form.secrets[name] ?? ''}
              onChange={(e) => set({ secrets: { ...form.secrets, [name]: e.currentTarget.value } })}
              error={errors[name]}
            />
            {settings.secrets[name] && (
              <Button
                variant="subtle"
                color="red"
                onClick={() => set({ secrets: { ...form.secrets, [name]: null } })}
              >
                {t('settings.clear')}
              </Button>
            )}
          </Group>
        ))}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
