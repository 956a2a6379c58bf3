/** Refunding part or all of a paid payment, with a reason; the amount may not exceed what is left. */
import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import type { Payment } from '../../api/payments.ts';
import { toDecimalString } from '../../domain/payments/money.ts';
import { errorMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { useBookingActions } from './api.ts';
import { formatMoney, parseMoney } from './money.ts';

export function RefundModal({
  clientId,
  payment,
  onClose,
}: {
  clientId: string;
  payment: Payment;
  onClose: () => void;
}) {
  const { t } = useT('payments');
  const { refund } = useBookingActions(clientId);
  const left = payment.amount - payment.refunded;
  const [amount, setAmount] = useState(toDecimalString({ amount: left, currency: payment.currency }));
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const minor = parseMoney(amount, payment.currency);
    if (minor === null || minor < 1 || minor > left || !reason.trim()) {
      setInvalid(true);
      return;
    }
    refund.mutate(
      { id: payment.id, amount: minor, reason: reason.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('refund.done') });
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('refund.title')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {refund.isError && (
            <Alert color="red" role="alert">
              {errorMessage(refund.error)}
            </Alert>
          )}
          <TextInput
            label={t('refund.amount')}
            description={t('refund.amountHint', { amount: formatMoney(left, payment.currency) })}
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={
              invalid && parseMoney(amount, payment.currency) === null ? t('refund.amountInvalid') : undefined
            }
            required
          />
          <Textarea
            label={t('refund.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={500}
            required
            error={invalid && !reason.trim() ? t('refund.reason') : undefined}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={refund.isPending}>
              {t('refund.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
