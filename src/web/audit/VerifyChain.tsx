/** Checks the audit trail's hash chain on demand and says whether it is intact. */
import { Alert, Button, Stack } from '@mantine/core';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useVerifyChain } from './api.ts';

export function VerifyChain() {
  const verify = useVerifyChain();
  const result = verify.data;
  return (
    <Stack gap="sm" align="flex-start">
      <Button variant="outline" onClick={() => verify.mutate()} loading={verify.isPending}>
        Verify chain
      </Button>
      <div aria-live="polite" style={{ width: '100%' }}>
        {verify.isError && <ErrorAlert error={verify.error} title="Could not verify the chain" />}
        {result && !verify.isPending && (
          <Alert
            color={result.ok ? 'teal' : 'red'}
            title={result.ok ? 'The audit trail is intact' : 'The audit trail has been altered'}
            role="status"
          >
            {result.ok
              ? `${result.checked} ${result.checked === 1 ? 'event' : 'events'} checked; every link in the chain is intact.`
              : `The chain breaks at event #${result.firstBroken?.seq ?? '?'}: ${result.firstBroken?.reason ?? 'unknown reason'}. ${result.checked} events checked.${missingText(result.missing)}`}
          </Alert>
        )}
      </div>
    </Stack>
  );
}

const missingText = (missing: number) =>
  missing > 0
    ? ` ${missing} ${missing === 1 ? 'event is' : 'events are'} missing: deleted from the database.`
    : '';
