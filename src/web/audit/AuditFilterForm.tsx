/** The filter form. Applying it writes the filters into the URL; the list follows the URL. */
import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { type ChangeEvent, type FormEvent, useEffect, useState } from 'react';
import { isoToLocalInput, localInputToIso } from '../ui/format.ts';
import { type AuditFilters, FILTER_LABELS, hasFilters } from './filters.ts';

interface Props {
  value: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

const DESCRIPTIONS: Partial<Record<keyof AuditFilters, string>> = {
  actor: 'User ID or email',
  action: 'Exact, or a prefix ending in “.” such as client.',
  entityType: 'For example client or member',
};

export function AuditFilterForm({ value, onApply }: Props) {
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

  const text = (key: keyof AuditFilters, type = 'text') => (
    <TextInput
      label={FILTER_LABELS[key]}
      description={DESCRIPTIONS[key]}
      type={type}
      value={form[key]}
      onChange={set(key)}
      autoComplete="off"
    />
  );

  return (
    <form onSubmit={submit} aria-label="Audit filters">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="sm">
        {text('actor')}
        {text('action')}
        {text('entityType')}
        {text('entityId')}
        {text('from', 'datetime-local')}
        {text('to', 'datetime-local')}
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit">Apply filters</Button>
        {hasFilters(value) && (
          <Button variant="default" onClick={() => onApply(EMPTY)}>
            Clear filters
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
