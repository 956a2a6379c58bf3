import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';

interface Props {
  error: unknown;
  /** Offered as a "Try again" button when given. */
  onRetry?: () => void;
  title?: string;
}

/** Shows an API error's problem title and detail (or any other error's message). */
export function ErrorAlert({ error, onRetry, title }: Props) {
  const { t } = useT('common');
  const heading = title ?? (error instanceof ApiError ? error.title : t('somethingWentWrong'));
  const detail =
    error instanceof ApiError ? error.detail : error instanceof Error ? error.message : t('pleaseTryAgain');
  return (
    <Alert color="red" title={heading} role="alert">
      <Stack gap="xs">
        {detail && <Text size="sm">{detail}</Text>}
        {onRetry && (
          <Group>
            <Button size="xs" variant="default" onClick={onRetry}>
              {t('retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
