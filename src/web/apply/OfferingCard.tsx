/** One open retreat: its facts, places left (or full), and the way to apply or join the waitlist. */
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '../portal/navigation.tsx';
import type { Offering } from './api.ts';
import { bigButtonStyles } from './buttonStyles.ts';
import { Facts } from './Facts.tsx';
import { formatDates, formatMoney, type PageLocale } from './format.ts';
import type { ApplyT } from './text.ts';

interface Props {
  offering: Offering;
  slug: string;
  page: PageLocale;
  t: ApplyT;
}

export function OfferingCard({ offering: o, slug, page, t }: Props) {
  const full = o.placesLeft === 0;
  const open = !full || o.waitlist;
  const headingId = `retreat-${o.cohortId}`;
  return (
    <Card component="article" withBorder radius="md" padding="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={2} id={headingId} fz="xl" style={{ overflowWrap: 'break-word', minWidth: 0 }}>
            {o.programName}
          </Title>
          <Badge color={full ? 'gray' : 'green'} variant="light" size="lg" radius="sm">
            {full ? t('full') : t('placesLeft', { count: o.placesLeft })}
          </Badge>
        </Group>
        <Facts
          t={t}
          dates={formatDates(o.startDate, o.endDate, page)}
          location={o.location}
          price={formatMoney(o.price.amount, o.price.currency, page.locale)}
          deposit={formatMoney(o.price.deposit, o.price.currency, page.locale)}
        />
        <Text size="sm" c="dimmed">
          {t('depositNote')}
        </Text>
        {full && <Text>{o.waitlist ? t('waitlistNote') : t('closedNote')}</Text>}
        {open && (
          <Button
            component={Link}
            to={`/apply/${encodeURIComponent(slug)}/${o.cohortId}`}
            size="lg"
            variant={full ? 'default' : 'filled'}
            styles={bigButtonStyles}
          >
            {full
              ? t('joinWaitlistFor', { program: o.programName })
              : t('applyFor', { program: o.programName })}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
