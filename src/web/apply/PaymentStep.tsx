/**
 * The deposit after accepting, shown only when the server offers ways to pay: choose one, then go to
 * the provider's checkout, or see the bank transfer's details.
 */
import { Alert, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { PortalButton } from '../portal/PortalShell.tsx';
import { type PaymentMethod, type PublicOffer, useStartPayment } from './api.ts';
import { BankTransferDetails } from './BankTransferDetails.tsx';
import { formatDates, formatMoney, type PageLocale } from './format.ts';
import { paymentView, safeCheckoutUrl } from './payment.ts';
import type { ApplyT } from './text.ts';

interface Props {
  offer: PublicOffer;
  token: string;
  page: PageLocale;
  t: ApplyT;
}

export function PaymentStep({ offer, token, page, t }: Props) {
  const view = paymentView(offer);
  const start = useStartPayment(token);
  const [method, setMethod] = useState<PaymentMethod | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  if (view.kind === 'none') return null;
  if (view.kind === 'paid') {
    return (
      <Alert color="green" role="status">
        {t('allPaid')}
      </Alert>
    );
  }
  if (start.data?.bankTransfer)
    return <BankTransferDetails transfer={start.data.bankTransfer} page={page} t={t} />;
  const chosen = method ?? view.methods[0] ?? null;
  const pay = () => {
    if (!chosen) return;
    start.mutate(chosen, {
      onSuccess: (result) => {
        const url = safeCheckoutUrl(result.checkoutUrl);
        if (url) {
          setRedirecting(true);
          window.location.assign(url);
        }
      },
    });
  };
  return (
    <Stack gap="md" component="section" aria-labelledby="apply-payment-title">
      {view.due === 'balance' && (
        <Alert color="green" role="status">
          {t('depositReceived')}
        </Alert>
      )}
      <Title order={2} id="apply-payment-title" fz="xl">
        {view.due === 'balance' ? t('balanceTitle') : t('paymentTitle')}
      </Title>
      {view.due === 'balance' && view.amountDue && view.dueDate && (
        <Text>
          {t('balanceDue', {
            amount: formatMoney(view.amountDue.amount, view.amountDue.currency, page.locale),
            date: formatDates(view.dueDate, null, page),
          })}
        </Text>
      )}
      {view.amountDue && (
        <Text size="lg">
          {t('amountDue', {
            amount: formatMoney(view.amountDue.amount, view.amountDue.currency, page.locale),
          })}
        </Text>
      )}
      {view.pending && <Text>{t('paymentPending')}</Text>}
      <Radio.Group
        label={t('paymentMethod')}
        value={chosen ?? ''}
        onChange={(v) => setMethod(v as PaymentMethod)}
        size="md"
      >
        <Stack gap="xs" mt="xs">
          {view.methods.map((m) => (
            <Radio key={m} value={m} label={t(`methods.${m}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {start.isError && (
        <Alert color="red" role="alert">
          {t('paymentFailed')}
        </Alert>
      )}
      {redirecting && <Text role="status">{t('redirecting')}</Text>}
      <PortalButton onClick={pay} loading={start.isPending || redirecting} disabled={!chosen}>
        {t('pay')}
      </PortalButton>
    </Stack>
  );
}
