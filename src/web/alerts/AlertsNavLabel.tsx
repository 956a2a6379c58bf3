/**
 * The "Alerts" navigation label with the number of open alerts as a badge; screen readers hear
 * "Alerts, 2 open" instead of a bare number. Asks again every 30 seconds.
 */
import { Badge, Box, VisuallyHidden } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { useAlertCount } from './api.ts';
import { alertCountText } from './labels.ts';

export function AlertsNavLabel() {
  const { data } = useAlertCount();
  const { t } = useT('nav');
  return (
    <Box component="span" style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      {t('items.alerts')}
      {data && data.active > 0 && (
        <>
          <Badge
            component="span"
            size="sm"
            variant="filled"
            color={data.high > 0 ? 'red.9' : 'gray.8'}
            aria-hidden="true"
          >
            {data.active}
          </Badge>
          <VisuallyHidden>, {alertCountText(data)}</VisuallyHidden>
        </>
      )}
    </Box>
  );
}
