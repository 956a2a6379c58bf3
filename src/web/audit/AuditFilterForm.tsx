/** The filter form. Applying it writes the filters into the URL; the list follows the URL. */
import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { type ChangeEvent, type FormEvent, useEffect, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { DateTimeField } from '../ui/dates/DateTimeField.tsx';
import { isoToLocalInput, localInputToIso } from '../ui/format.ts';
import { type AuditFilters, FILTER_LABELS, hasFilters } from './filters.ts';

interface Props {
  value: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

const DESCRIBED = new Set<keyof AuditFilters>(['actor', 'action', 'entityType']);

export function AuditFilterForm({ value, onApply }: Props) {
  const { t } = useT('audit');
  const [form, setForm] = useState(() => toForm(value));
  // The URL changed (a link, Back): show its filters.
  useEffect(() => setForm(toForm(value)), [value]);

  const set = (key: keyof AuditFilters) => (e: ChangeEvent<HTMLInputElement>) => {
    const v = e.currentTarget.value;
    setForm((f) => ({ ...f, [key]: v }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...form, from: localInputToIso(form.from), to: localInputToIso(form.to) });
  };

  const when = (key: 'from' | 'to') => (
    <DateTimeField
      label={FILTER_LABELS[key]}
      value={form[key]}
      onChange={(v) => setForm((f) => ({ ...f, [key]: v }))}
      autoComplete="off"
    />
  );

  const text = (key: keyof AuditFilters) => (
    <TextInput
      label={FILTER_LABELS[key]}
      description={
        DESCRIBED.has(key) ? t(`filters.descriptions.${key as 'actor' | 'action' | 'entityType'}`) : undefined
      }
      value={form[key]}
      onChange={set(key)}
      autoComplete="off"
    />
  );

  return (
    <form onSubmit={submit} aria-label={t('filters.form')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="sm">
        {text('actor')}
        {text('action')}
        {text('entityType')}
        {text('entityId')}
        {when('from')}
        {when('to')}
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit">{t('filters.apply')}</Button>
        {hasFilters(value) && (
          <Button variant="default" onClick={() => onApply(EMPTY)}>
            {t('filters.clear')}
          </Button>
        )}
      </Group>
    </form>
  );
}

const EMPTY: AuditFilters = { actor: '', action: '', entityType: '', entityId: '', from: '', to: '' };

/** URL filters (ISO instants) → form values (local date-times). */
function toForm(filters: AuditFilters): AuditFilters {
  return { ...filters, from: isoToLocalInput(filters.from), to: isoToLocalInput(filters.to) };
}
