/**
 * The organization's locale (language and date format) and IANA time zone, with the current time
 * written the chosen way. The zone list is the browser's own (Intl.supportedValuesOf), as the server's.
 */
import { Alert, Button, Group, NativeSelect, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useMemo, useState } from 'react';
import type { Organization } from '../../api/organizations.ts';
import { createFormatter } from '../../domain/locale/format.ts';
import { isOrganizationLocale, ORGANIZATION_LOCALES, timeZones } from '../../domain/locale/locales.ts';
import { splitFieldErrors } from '../http/field-errors.ts';
import { ApiError, errorMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { type OrganizationChanges, useUpdateOrganization } from './api.ts';

const isField = (field: string): field is 'locale' | 'timezone' => field === 'locale' || field === 'timezone';

export function LocaleForm({ organization }: { organization: Organization }) {
  const { t } = useT('organization');
  const update = useUpdateOrganization();
  const [locale, setLocale] = useState(
    isOrganizationLocale(organization.locale) ? organization.locale : 'en-GB',
  );
  const [timezone, setTimezone] = useState<string | null>(organization.timezone);
  const [errors, setErrors] = useState<{ locale?: string; timezone?: string }>({});
  const zones = useMemo(() => [...timeZones()].sort(), []);
  const zoneValid = timezone !== null && timeZones().has(timezone);

  const changes: OrganizationChanges = {};
  if (locale !== organization.locale) changes.locale = locale;
  if (zoneValid && timezone !== organization.timezone) changes.timezone = timezone;
  const dirty = Object.keys(changes).length > 0;
  const example = zoneValid
    ? createFormatter({ locale, timeZone: timezone }).dateTime(new Date().toISOString())
    : '';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!zoneValid) {
      setErrors({ timezone: t('locale.timezoneInvalid') });
      return;
    }
    setErrors({});
    if (!dirty) return;
    update.mutate(changes, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('locale.saved') }),
      onError: (error) => {
        if (error instanceof ApiError) setErrors(splitFieldErrors(error, isField).byField);
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={560}>
        <Text size="sm">{t('locale.intro')}</Text>
        {update.isError && (
          <Alert color="red" title={t('locale.notSaved')} role="alert">
            {errorMessage(update.error)}
          </Alert>
        )}
        <NativeSelect
          label={t('locale.locale')}
          value={locale}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isOrganizationLocale(value)) setLocale(value);
          }}
          data={ORGANIZATION_LOCALES.map((value) => ({ value, label: t(`locale.localeOptions.${value}`) }))}
          error={errors.locale}
        />
        <Select
          label={t('locale.timezone')}
          description={t('locale.timezoneHint')}
          data={zones}
          value={timezone}
          onChange={(value) => {
            setTimezone(value);
            setErrors({});
          }}
          searchable
          limit={50}
          error={errors.timezone}
          comboboxProps={{ withinPortal: true }}
        />
        {example && <Text size="sm">{t('locale.example', { example })}</Text>}
        <Group>
          <Button type="submit" loading={update.isPending} disabled={!dirty}>
            {t('locale.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
