/**
 * The dashboard's filters: the instrument, who is included (cohort, arm, condition, age band, sex,
 * gender), how to compare groups, and the end of treatment for durability. Native selects (they
 * work the same with a keyboard, a screen reader and a phone); every change goes to the address.
 */
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { GROUP_DIMENSIONS } from '../../domain/outcomes/types.ts';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { type Outcomes, shown } from './api.ts';
import {
  DIMENSION_LABELS,
  defaultEndpoint,
  endpointChoices,
  FILTER_LABELS,
  type FilterKey,
  type OutcomeFilters,
} from './query.ts';

interface Props {
  data: Outcomes;
  filters: OutcomeFilters;
  onChange: (key: FilterKey, value: string | null) => void;
  onReset: () => void;
}

type Option = { value: string; label: string };

const WHO: Array<keyof Outcomes['filters']> = ['cohort', 'arm', 'condition', 'ageBand', 'sex', 'gender'];

/** Two selects a row on a phone, more on wider screens. */
const COLS = { base: 2, sm: 3, lg: 4 };

/** The choices with "All" first; a value in the address that is not among them is kept visible. */
function withAll(options: Option[], value: string | undefined): Option[] {
  const list = [{ value: '', label: tKey('outcomes:filters.all') }, ...options];
  if (value && !options.some((o) => o.value === value)) list.push({ value, label: value });
  return list;
}

export function FiltersBar({ data, filters, onChange, onReset }: Props) {
  const { t } = useT('outcomes');
  const report = shown(data.report);
  const endpoints = endpointChoices(data.timepoints);
  const fallbackEndpoint = shown(report?.durability)?.endpointKey ?? defaultEndpoint(data.timepoints);
  const groups = report?.subgroups?.groups.map((g) => ({ value: g.group, label: g.group })) ?? [];
  const any = Object.keys(filters).length > 0;

  return (
    <Stack gap="sm" component="form" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <SimpleGrid cols={COLS} spacing="sm" verticalSpacing="xs">
        {data.instruments.length > 0 && (
          <NativeSelect
            label={FILTER_LABELS.instrument}
            value={filters.instrument ?? data.instrument?.id ?? ''}
            onChange={(e) => onChange('instrument', e.currentTarget.value)}
            data={data.instruments.map((i) => ({ value: i.id, label: i.shortName }))}
          />
        )}
        {WHO.map((key) => {
          const options = data.filters[key];
          // A filter with nothing to choose (a program without arms) is left out unless it is set.
          if (options.length === 0 && !filters[key]) return null;
          return (
            <NativeSelect
              key={key}
              label={FILTER_LABELS[key]}
              value={filters[key] ?? ''}
              onChange={(e) => onChange(key, e.currentTarget.value)}
              data={withAll(options, filters[key])}
            />
          );
        })}
      </SimpleGrid>
      <SimpleGrid cols={COLS} spacing="sm" verticalSpacing="xs">
        <NativeSelect
          label={FILTER_LABELS.groupBy}
          value={filters.groupBy ?? ''}
          onChange={(e) => onChange('groupBy', e.currentTarget.value)}
          data={[
            { value: '', label: t('filters.noComparison') },
            ...GROUP_DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[d] })),
          ]}
        />
        {filters.groupBy && groups.length > 0 && (
          <NativeSelect
            label={FILTER_LABELS.reference}
            // The server compares with the largest group when the chosen one is not there (any more).
            value={report?.subgroups?.reference ?? filters.reference ?? ''}
            onChange={(e) => onChange('reference', e.currentTarget.value)}
            data={groups}
          />
        )}
        {endpoints.length > 0 && (
          <NativeSelect
            label={FILTER_LABELS.endpoint}
            value={filters.endpoint ?? fallbackEndpoint ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              onChange('endpoint', value === defaultEndpoint(data.timepoints) ? null : value);
            }}
            data={endpoints.map((tp) => ({
              value: tp.key,
              label:
                tp.role === 'end-of-treatment' ? t('filters.endOfTreatment', { label: tp.label }) : tp.label,
            }))}
          />
        )}
      </SimpleGrid>
      {any && (
        <Group>
          <Button variant="default" size="xs" onClick={onReset}>
            {t('filters.reset')}
          </Button>
        </Group>
      )}
      {!any && (
        <Text size="xs" c="dimmed">
          {t('filters.everyone')}
        </Text>
      )}
    </Stack>
  );
}
