/**
 * Cancelling a booking: the policy's refund for today is shown before anything happens, and the
 * server carries out the cancellation only if that refund is still the policy's (else a 409).
 */
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import type { PaymentPanel } from '../../api/payments.ts';
import { errorMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { useBookingActions } from './api.ts';
import { formatMoney } from './money.ts';

export function CancelBookingModal({
  clientId,
  panel,
  onClose,
}: {
  clientId: string;
  panel: PaymentPanel;
  onClose: () => void;
}) {
  const { t } = useT('payments');
  const { cancel } = useBookingActions(clientId);
  const [reason, setReason] = useState('');
  const refund = formatMoney(panel.cancellation.refund, panel.currency);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return;
    cancel.mutate(
      { offerId: panel.offerId, expectedRefund: panel.cancellation.refund, reason: reason.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('cancel.done') });
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('cancel.title')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text>
            {t('cancel.policy', {
              days: panel.cancellation.daysBefore,
              percent: panel.cancellation.refundPercent,
              amount: refund,
            })}
          </Text>
          <Text size="sm">{t('cancel.paid', { amount: formatMoney(panel.paid, panel.currency) })}</Text>
          <Text size="sm">{t('cancel.effect')}</Text>
          {cancel.isError && (
            <Alert color="red" role="alert">
              {errorMessage(cancel.error)}
            </Alert>
          )}
          <Textarea
            label={t('cancel.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={500}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('cancel.keep')}
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending} disabled={!reason.trim()}>
              {t('cancel.confirm', { amount: refund })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
