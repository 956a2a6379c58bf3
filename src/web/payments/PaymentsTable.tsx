/** A booking's payments: when, for what, how, how much, status (flagged ones say why), invoice and actions. */
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Payment, PaymentPanel } from '../../api/payments.ts';
import { useCan } from '../app/session-context.tsx';
import { errorMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDateTime } from '../ui/format.ts';
import { invoiceUrl, useBookingActions } from './api.ts';
import { formatMoney } from './money.ts';
import { RefundModal } from './RefundModal.tsx';

const STATUS_COLORS: Record<Payment['status'], string> = {
  open: 'gray',
  pending: 'blue',
  paid: 'teal',
  failed: 'red',
  cancelled: 'gray',
  expired: 'orange',
};

export function PaymentsTable({ clientId, panel }: { clientId: string; panel: PaymentPanel }) {
  const { t } = useT('payments');
  const canManage = useCan('payment.manage');
  const actions = useBookingActions(clientId);
  const [refunding, setRefunding] = useState<Payment | null>(null);
  if (panel.payments.length === 0) return <Text size="sm">{t('panel.noPayments')}</Text>;
  const markReceived = (p: Payment) =>
    actions.received.mutate(p, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('panel.received') }),
      onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
    });
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label={t('panel.payments')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('panel.created')}</Table.Th>
              <Table.Th>{t('panel.kind')}</Table.Th>
              <Table.Th>{t('panel.method')}</Table.Th>
              <Table.Th>{t('panel.amount')}</Table.Th>
              <Table.Th>{t('panel.status')}</Table.Th>
              <Table.Th>{t('panel.invoice')}</Table.Th>
              {canManage && <Table.Th>{t('panel.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {panel.payments.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{formatDateTime(p.createdAt)}</Table.Td>
                <Table.Td>{t(`kinds.${p.kind}`)}</Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {t(`methods.${p.method}`)}
                    {p.reference && <Text size="xs">{t('panel.reference', { reference: p.reference })}</Text>}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {formatMoney(p.amount, p.currency)}
                    {p.refunded > 0 && (
                      <Text size="xs">
                        {t('panel.refundedAmount', { amount: formatMoney(p.refunded, p.currency) })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Badge color={STATUS_COLORS[p.status]} variant="light">
                      {t(`statuses.${p.status}`)}
                    </Badge>
                    {p.flaggedForRefund && (
                      <Text size="xs" c="red">
                        {t('panel.flagged', { reason: p.flagReason ?? '' })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {p.invoiceNumber && (
                    <Anchor href={invoiceUrl(p.id)} download>
                      {t('panel.download', { number: p.invoiceNumber })}
                    </Anchor>
                  )}
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {p.method === 'bank_transfer' && (p.status === 'open' || p.status === 'pending') && (
                        <Button
                          size="xs"
                          loading={actions.received.isPending}
                          onClick={() => markReceived(p)}
                        >
                          {t('panel.markReceived')}
                        </Button>
                      )}
                      {p.status === 'paid' && p.refunded < p.amount && (
                        <Button size="xs" variant="light" onClick={() => setRefunding(p)}>
                          {t('panel.refund')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {refunding && (
        <RefundModal clientId={clientId} payment={refunding} onClose={() => setRefunding(null)} />
      )}
    </>
  );
}
