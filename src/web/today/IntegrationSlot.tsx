/** Beside an integration session on Today: the window it belongs in and, when moved, why. */
import { Text } from '@mantine/core';
import type { IntegrationSlotInfo } from '../../api/integration.ts';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import { reasonsText } from '../integration/reasons.ts';

export function IntegrationSlot({ slot }: { slot: IntegrationSlotInfo }) {
  const { t } = useT('integration');
  const f = useFormat();
  return (
    <>
      <Text size="sm">
        {t('today.window', { from: f.dateTime(slot.windowOpensAt), to: f.dateTime(slot.windowClosesAt) })}
      </Text>
      {slot.pulledForward && (
        <Text size="sm" fw={600} c="orange.9">
          {t('today.pulled', { reasons: reasonsText(slot.reasons) })}
        </Text>
      )}
    </>
  );
}
