/** A bank transfer's details as the server gave them: IBAN, account name, reference and amount. */
import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { BankTransfer } from './api.ts';
import { formatMoney, type PageLocale } from './format.ts';
import type { ApplyT } from './text.ts';

interface Props {
  transfer: BankTransfer;
  page: PageLocale;
  t: ApplyT;
}

export function BankTransferDetails({ transfer, page, t }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="md" component="section" aria-labelledby="apply-bank-title">
      <Title order={2} id="apply-bank-title" ref={heading} tabIndex={-1} className="portal-heading" fz="xl">
        {t('bankTitle')}
      </Title>
      <Text size="lg">{t('bankIntro')}</Text>
      <dl className="apply-facts">
        <dt>{t('amount')}</dt>
        <dd>{formatMoney(transfer.amount, transfer.currency, page.locale)}</dd>
        <dt>{t('iban')}</dt>
        <dd style={{ fontFamily: 'monospace' }}>{transfer.iban}</dd>
        <dt>{t('accountName')}</dt>
        <dd>{transfer.accountName}</dd>
        <dt>{t('reference')}</dt>
        <dd style={{ fontFamily: 'monospace' }}>{transfer.reference}</dd>
      </dl>
    </Stack>
  );
}
