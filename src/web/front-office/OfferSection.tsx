/**
 * After an eligible decision: the offer (status, hold deadline in the organization's zone, answer)
 * or the applicant's place on the waitlist. Staff may record the applicant's answer given by phone
 * or in person, or withdraw the offer; a freed place passes to the waitlist on the server.
 */
import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCan } from '../app/session-context.tsx';
import { Section } from '../evidence/Section.tsx';
import { useT } from '../i18n/i18n.ts';
import { DataList } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { type ApplicationDetail, type Offer, useOfferStatus } from './api.ts';
import { OFFER_COLORS } from './stage.ts';

export function OfferSection({ application }: { application: ApplicationDetail }) {
  const { t } = useT('frontOffice');
  const { offer, waitlistPosition } = application;
  return (
    <Section title={t('offer.title')} id="application-offer">
      {offer ? (
        <OfferDetails applicationId={application.id} offer={offer} />
      ) : waitlistPosition !== null ? (
        <Text size="sm">{t('offer.waitlisted', { position: waitlistPosition })}</Text>
      ) : application.status === 'eligible' ? (
        <Text size="sm">{t('offer.full')}</Text>
      ) : (
        <Text size="sm">{t('offer.none')}</Text>
      )}
    </Section>
  );
}

function OfferDetails({ applicationId, offer }: { applicationId: string; offer: Offer }) {
  const { t } = useT('frontOffice');
  const canAnswer = useCan('enrollment.manage');
  const move = useOfferStatus(applicationId);
  const open = offer.status === 'offered';
  const past = open && offer.expiresAt < new Date().toISOString();
  const record = (status: 'accepted' | 'declined' | 'withdrawn') =>
    move.mutate(
      { offerId: offer.id, status },
      {
        onSuccess: (o) =>
          notifications.show({
            color: 'teal',
            message: t('offer.moved', { status: t(`offerStatus.${o.status}`) }),
          }),
      },
    );
  return (
    <Stack gap="sm">
      <DataList
        items={[
          {
            label: t('offer.status'),
            value: (
              <Badge color={OFFER_COLORS[offer.status]} variant="light" tt="none">
                {t(`offerStatus.${offer.status}`)}
              </Badge>
            ),
          },
          { label: t('offer.source'), value: t(`offer.sources.${offer.source}`) },
          { label: t('offer.offeredAt'), value: formatDateTime(offer.offeredAt) },
          { label: t('offer.holdUntil'), value: formatDateTime(offer.expiresAt) },
          ...(offer.respondedAt
            ? [{ label: t('offer.respondedAt'), value: formatDateTime(offer.respondedAt) }]
            : []),
        ]}
      />
      {past && (
        <Alert color="orange" variant="light">
          <Text size="sm">{t('offer.pastDeadline')}</Text>
        </Alert>
      )}
      {move.isError && <ErrorAlert error={move.error} title={t('offer.notMoved')} />}
      {open && canAnswer && !past && (
        <Stack gap={4}>
          <Text size="sm" fw={600} id="offer-record">
            {t('offer.record')}
          </Text>
          <Group gap="xs" role="group" aria-labelledby="offer-record">
            <Button size="xs" onClick={() => record('accepted')} loading={move.isPending}>
              {t('offer.accepted')}
            </Button>
            <Button size="xs" variant="default" onClick={() => record('declined')} disabled={move.isPending}>
              {t('offer.declined')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => record('withdrawn')}
              disabled={move.isPending}
            >
              {t('offer.withdraw')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
