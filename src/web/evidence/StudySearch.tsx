/**
 * The search box and the filters. Typing is debounced before it moves the URL; a filter applies at
 * once. The choices are the values present in the library (measure is typed: summaries do not
 * list measures).
 */
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ChangeEvent, useEffect, useState } from 'react';
import type { FilterKey, StudyFilters } from './api.ts';
import { type Facets, hasFilters } from './filters.ts';
import { designLabel } from './labels.ts';

interface Props {
  value: StudyFilters;
  facets: Facets | undefined;
  onChange: (next: Partial<StudyFilters>) => void;
  onClear: () => void;
}

type Typed = 'q' | 'measure';

export function StudySearch({ value, facets, onChange, onClear }: Props) {
  const [typed, setTyped] = useState({ q: value.q, measure: value.measure });
  const [debounced] = useDebouncedValue(typed, 300);

  // Only the debounced text moves the URL.
  // biome-ignore lint/correctness/useExhaustiveDependencies: value and onChange are read at that moment
  useEffect(() => {
    const next: Partial<StudyFilters> = {};
    for (const key of ['q', 'measure'] as const)
      if (debounced[key].trim() !== value[key]) next[key] = debounced[key].trim();
    if (Object.keys(next).length) onChange(next);
  }, [debounced]);

  // The URL changed from outside (a link, Back, Clear): show its text.
  useEffect(() => {
    setTyped((t) => ({
      q: value.q === t.q.trim() ? t.q : value.q,
      measure: value.measure === t.measure.trim() ? t.measure : value.measure,
    }));
  }, [value.q, value.measure]);

  const text = (key: Typed) => (e: ChangeEvent<HTMLInputElement>) => {
    const v = e.currentTarget.value;
    setTyped((t) => ({ ...t, [key]: v }));
  };

  const select = (
    key: FilterKey,
    label: string,
    any: string,
    options: { value: string; label: string }[],
  ) => (
    <NativeSelect
      label={label}
      value={value[key]}
      onChange={(e) => onChange({ [key]: e.currentTarget.value })}
      data={[
        { value: '', label: any },
        // A value from the URL that the library no longer has stays visible, so it can be cleared.
        ...(value[key] && !options.some((o) => o.value === value[key])
          ? [{ value: value[key], label: value[key] }]
          : []),
        ...options,
      ]}
    />
  );

  const plain = (values: readonly (string | number)[] | undefined) =>
    (values ?? []).map((v) => ({ value: String(v), label: String(v) }));

  return (
    <Stack gap="sm" role="search" aria-label="Search the evidence library">
      <TextInput
        label="Search the library"
        description="Titles, authors, journals, findings, conditions, identifiers, and citations as they circulate (also wrong ones)"
        type="search"
        value={typed.q}
        onChange={text('q')}
        autoComplete="off"
      />
      <SimpleGrid
        cols={{ base: 1, xs: 2, md: 3 }}
        spacing="sm"
        verticalSpacing="sm"
        style={{ alignItems: 'end' }}
      >
        {select('condition', 'Condition', 'Any condition', plain(facets?.conditions))}
        {select(
          'design',
          'Design',
          'Any design',
          (facets?.designs ?? []).map((d) => ({ value: d, label: designLabel(d) })),
        )}
        {select('year', 'Year', 'Any year', plain(facets?.years))}
        {select('drug', 'Drug', 'Any drug', plain(facets?.drugs))}
        {select('route', 'Route', 'Any route', plain(facets?.routes))}
        <TextInput
          label="Measure"
          description="For example CAPS-5 or PHQ-9"
          value={typed.measure}
          onChange={text('measure')}
          autoComplete="off"
        />
      </SimpleGrid>
      {(hasFilters(value) || value.q) && (
        <Group>
          <Button variant="default" onClick={onClear}>
            Clear search and filters
          </Button>
        </Group>
      )}
    </Stack>
  );
}
