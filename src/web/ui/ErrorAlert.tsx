import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { ApiError } from '../http/problem.ts';

interface Props {
  error: unknown;
  /** Offered as a "Try again" button when given. */
  onRetry?: () => void;
  title?: string;
}

/** Shows an API error's problem title and detail (or any other error's message). */
export function ErrorAlert({ error, onRetry, title }: Props) {
  const heading = title ?? (error instanceof ApiError ? error.title : 'Something went wrong');
  const detail =
    error instanceof ApiError ? error.detail : error instanceof Error ? error.message : 'Please try again.';
  return (
    <Alert color="red" title={heading} role="alert">
      <Stack gap="xs">
        {detail && <Text size="sm">{detail}</Text>}
        {onRetry && (
          <Group>
            <Button size="xs" variant="default" onClick={onRetry}>
              Try again
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
