/**
 * A report that could not be made: the server's problem (a 400 names the filter that does not fit,
 * e.g. an instrument the program does not use), with a way out: drop that filter, or all of them.
 */
import { Button, Group, Stack } from '@mantine/core';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { FILTER_LABELS, type FilterKey, isFilterKey } from './query.ts';

interface Props {
  error: unknown;
  onRemove: (key: FilterKey) => void;
  onReset: () => void;
  onRetry: () => void;
}

export function FilterError({ error, onRemove, onReset, onRetry }: Props) {
  const { t } = useT('outcomes');
  const fields =
    error instanceof ApiError && error.status === 400
      ? [...new Set(error.fieldErrors.map((f) => f.field).filter(isFilterKey))]
      : [];
  if (fields.length === 0) return <ErrorAlert error={error} onRetry={onRetry} />;
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} title={t('filters.cannotApply')} />
      <Group gap="sm">
        {fields.map((key) => (
          <Button key={key} size="xs" variant="default" onClick={() => onRemove(key)}>
            {t('filters.remove', { filter: FILTER_LABELS[key].toLowerCase() })}
          </Button>
        ))}
        <Button size="xs" variant="default" onClick={onReset}>
          {t('filters.resetAll')}
        </Button>
      </Group>
    </Stack>
  );
}
