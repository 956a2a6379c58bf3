/**
 * The search box and the filters. Typing is debounced before it moves the URL; a filter applies at
 * once. The choices are the values present in the library (measure is typed: summaries do not
 * list measures).
 */
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ChangeEvent, useEffect, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
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
  const { t } = useT('evidence');
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
    setTyped((old) => ({
      q: value.q === old.q.trim() ? old.q : value.q,
      measure: value.measure === old.measure.trim() ? old.measure : value.measure,
    }));
  }, [value.q, value.measure]);

  const text = (key: Typed) => (e: ChangeEvent<HTMLInputElement>) => {
    const v = e.currentTarget.value;
    setTyped((old) => ({ ...old, [key]: v }));
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
    <Stack gap="sm" role="search" aria-label={t('search.region')}>
      <TextInput
        label={t('search.label')}
        description={t('search.description')}
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
        {select('condition', t('search.condition'), t('search.anyCondition'), plain(facets?.conditions))}
        {select(
          'design',
          t('search.design'),
          t('search.anyDesign'),
          (facets?.designs ?? []).map((d) => ({ value: d, label: designLabel(d) })),
        )}
        {select('year', t('search.year'), t('search.anyYear'), plain(facets?.years))}
        {select('drug', t('search.drug'), t('search.anyDrug'), plain(facets?.drugs))}
        {select('route', t('search.route'), t('search.anyRoute'), plain(facets?.routes))}
        <TextInput
          label={t('search.measure')}
          description={t('search.measureHint')}
          value={typed.measure}
          onChange={text('measure')}
          autoComplete="off"
        />
      </SimpleGrid>
      {(hasFilters(value) || value.q) && (
        <Group>
          <Button variant="default" onClick={onClear}>
            {t('search.clear')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
