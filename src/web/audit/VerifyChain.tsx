/** Checks the audit trail's hash chain on demand and says whether it is intact. */
import { Alert, Button, Stack } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useVerifyChain } from './api.ts';

export function VerifyChain() {
  const { t } = useT('audit');
  const verify = useVerifyChain();
  const result = verify.data;
  return (
    <Stack gap="sm" align="flex-start">
      <Button variant="outline" onClick={() => verify.mutate()} loading={verify.isPending}>
        {t('integrity.verify')}
      </Button>
      <div aria-live="polite" style={{ width: '100%' }}>
        {verify.isError && <ErrorAlert error={verify.error} title={t('integrity.failed')} />}
        {result && !verify.isPending && (
          <Alert
            color={result.ok ? 'teal' : 'red'}
            title={result.ok ? t('integrity.intact') : t('integrity.altered')}
            role="status"
          >
            {result.ok
              ? t('integrity.checked', { count: result.checked })
              : `${t('integrity.breaks', {
                  seq: result.firstBroken?.seq ?? '?',
                  reason: result.firstBroken?.reason ?? t('integrity.unknownReason'),
                  checked: result.checked,
                })}${result.missing > 0 ? ` ${t('integrity.missing', { count: result.missing })}` : ''}`}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
