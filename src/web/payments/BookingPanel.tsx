/** One booking: the amounts (total, deposit, balance and its date, paid, refunded, due) and its payments. */
import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { PaymentPanel } from '../../api/payments.ts';
import { useCan } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { DataList } from '../ui/DataList.tsx';
import { formatDate } from '../ui/format.ts';
import { CancelBookingModal } from './CancelBookingModal.tsx';
import { formatMoney } from './money.ts';
import { PaymentsTable } from './PaymentsTable.tsx';

const OFFER_STATUSES = ['offered', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
type OfferStatus = (typeof OFFER_STATUSES)[number];
const isOfferStatus = (s: string): s is OfferStatus => (OFFER_STATUSES as readonly string[]).includes(s);

export function BookingPanel({ clientId, panel }: { clientId: string; panel: PaymentPanel }) {
  const { t } = useT('payments');
  const canManage = useCan('payment.manage');
  const [cancelling, setCancelling] = useState(false);
  const money = (minor: number) => formatMoney(minor, panel.currency);
  const due = panel.due
    ? panel.due.dueDate
      ? t('panel.dueBy', {
          amount: money(panel.due.amount),
          kind: t(`kinds.${panel.due.kind}`),
          date: formatDate(panel.due.dueDate),
        })
      : t('panel.dueNow', { amount: money(panel.due.amount), kind: t(`kinds.${panel.due.kind}`) })
    : t('panel.nothingDue');
  const open = panel.offerStatus === 'offered' || panel.offerStatus === 'accepted';
  return (
    <Stack gap="sm">
      <DataList
        items={[
          {
            label: t('panel.offerStatus'),
            value: isOfferStatus(panel.offerStatus)
              ? t(`offerStatuses.${panel.offerStatus}`)
              : panel.offerStatus,
          },
          { label: t('panel.total'), value: money(panel.total) },
          { label: t('panel.deposit'), value: money(panel.deposit) },
          { label: t('panel.balance'), value: money(panel.balance) },
          {
            label: t('panel.balanceDue'),
            value: panel.balanceDueDate ? formatDate(panel.balanceDueDate) : t('panel.withDeposit'),
          },
          { label: t('panel.paid'), value: money(panel.paid) },
          { label: t('panel.refunded'), value: money(panel.refunded) },
          { label: t('panel.due'), value: due },
        ]}
      />
      <PaymentsTable clientId={clientId} panel={panel} />
      {canManage && open && (
        <Group>
          <Button variant="light" color="red" onClick={() => setCancelling(true)}>
            {t('panel.cancel')}
          </Button>
        </Group>
      )}
      {cancelling && (
        <CancelBookingModal clientId={clientId} panel={panel} onClose={() => setCancelling(false)} />
      )}
    </Stack>
  );
}
