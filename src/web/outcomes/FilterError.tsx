/**
 * A report that could not be made: the server's problem (a 400 names the filter that does not fit,
 * e.g. an instrument the program does not use), with a way out: drop that filter, or all of them.
 */
import { Button, Group, Stack } from '@mantine/core';
import { ApiError } from '../http/problem.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { FILTER_LABELS, type FilterKey, isFilterKey } from './query.ts';

interface Props {
  error: unknown;
  onRemove: (key: FilterKey) => void;
  onReset: () => void;
  onRetry: () => void;
}

export function FilterError({ error, onRemove, onReset, onRetry }: Props) {
  const fields =
    error instanceof ApiError && error.status === 400
      ? [...new Set(error.fieldErrors.map((f) => f.field).filter(isFilterKey))]
      : [];
  if (fields.length === 0) return <ErrorAlert error={error} onRetry={onRetry} />;
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} title="These filters cannot be applied" />
      <Group gap="sm">
        {fields.map((key) => (
          <Button key={key} size="xs" variant="default" onClick={() => onRemove(key)}>
            Remove the {FILTER_LABELS[key].toLowerCase()} filter
          </Button>
        ))}
        <Button size="xs" variant="default" onClick={onReset}>
          Reset all filters
        </Button>
      </Group>
    </Stack>
  );
}
