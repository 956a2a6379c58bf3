/** The offer as it stands: open (accept or decline, with a second step to decline), or answered. */
import { Alert, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { PortalButton, ScreenHeading } from '../portal/PortalShell.tsx';
import type { PublicOffer } from './api.ts';
import { Facts } from './Facts.tsx';
import { formatDates, formatDeadline, formatMoney, type PageLocale } from './format.ts';
import { PaymentStep } from './PaymentStep.tsx';
import type { ApplyT } from './text.ts';

interface Props {
  offer: PublicOffer;
  token: string;
  page: PageLocale;
  t: ApplyT;
  onAnswer: (answer: 'accept' | 'decline') => void;
  answering: boolean;
  failed: boolean;
}

const CLOSED = {
  declined: ['declinedTitle', 'declinedBody'],
  expired: ['expiredTitle', 'expiredBody'],
  withdrawn: ['withdrawnTitle', 'withdrawnBody'],
} as const;

export function OfferView({ offer, token, page, t, onAnswer, answering, failed }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: an answered offer starts the reader at its new heading
  useEffect(() => heading.current?.focus(), [offer.status]);
  const money = (minor: number) =>
    offer.price ? formatMoney(minor, offer.price.currency, page.locale) : null;
  const facts = (
    <Facts
      t={t}
      dates={formatDates(offer.startDate, offer.endDate, page)}
      location={offer.location}
      price={offer.price ? money(offer.price.amount) : null}
      deposit={offer.price ? money(offer.price.deposit) : null}
    />
  );
  if (offer.status === 'accepted') {
    return (
      <Stack gap="md">
        <ScreenHeading ref={heading}>{t('acceptedTitle')}</ScreenHeading>
        <Text size="lg">{t('acceptedBody')}</Text>
        <Text fw={700}>{offer.programName}</Text>
        {facts}
        <PaymentStep offer={offer} token={token} page={page} t={t} />
      </Stack>
    );
  }
  if (offer.status !== 'offered') {
    const [title, body] = CLOSED[offer.status];
    return (
      <Stack gap="md">
        <ScreenHeading ref={heading}>{t(title)}</ScreenHeading>
        <Text size="lg">{t(body)}</Text>
        <Text fw={700}>{offer.programName}</Text>
        {facts}
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <ScreenHeading ref={heading}>{t('offerTitle', { program: offer.programName })}</ScreenHeading>
      <Text size="lg">{t('offerFrom', { organization: offer.organization })}</Text>
      {facts}
      <Alert color="blue" variant="light">
        <Text size="lg">{t('holdUntil', { deadline: formatDeadline(offer.expiresAt, page) })}</Text>
      </Alert>
      {failed && (
        <Alert color="red" role="alert">
          {t('answerFailed')}
        </Alert>
      )}
      {confirming ? (
        <Stack gap="sm" role="group" aria-labelledby="apply-decline-question">
          <Text id="apply-decline-question" size="lg" fw={700}>
            {t('declineConfirm')}
          </Text>
          <Group gap="sm" wrap="wrap">
            <PortalButton variant="default" onClick={() => setConfirming(false)}>
              {t('declineNo')}
            </PortalButton>
            <PortalButton color="red.9" loading={answering} onClick={() => onAnswer('decline')}>
              {t('declineYes')}
            </PortalButton>
          </Group>
        </Stack>
      ) : (
        <Group gap="sm" wrap="wrap">
          <PortalButton loading={answering} onClick={() => onAnswer('accept')}>
            {t('accept')}
          </PortalButton>
          <PortalButton variant="default" onClick={() => setConfirming(true)}>
            {t('decline')}
          </PortalButton>
        </Group>
      )}
    </Stack>
  );
}
