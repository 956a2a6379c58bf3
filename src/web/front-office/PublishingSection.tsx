/**
 * The cohort page's "Publishing" section: whether the cohort is on the organization's public page,
 * its price, deposit, balance due date, cancellation tiers, places, waitlist and offer hold, and
 * the public link while published. Staff who manage cohorts edit it in place.
 */
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { activeMembership } from '../app/session.ts';
import { useCan, useSession } from '../app/session-context.tsx';
import { Section } from '../evidence/Section.tsx';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import { DataList } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDate } from '../ui/format.ts';
import { type Listing, useListing } from './api.ts';
import { ListingEditor } from './ListingEditor.tsx';

interface CohortRef {
  id: string;
  startDate: string;
  capacity: number;
  cancelled: boolean;
}

export function PublishingSection({ cohort }: { cohort: CohortRef }) {
  const { t } = useT('frontOffice');
  const listing = useListing(cohort.id);
  const canManage = useCan('cohort.manage');
  const canReadQueue = useCan('screening.record');
  const [editing, setEditing] = useState(false);
  const loaded = listing.data !== undefined;
  const action =
    canManage && loaded && !editing && !cohort.cancelled ? (
      <Button variant="default" onClick={() => setEditing(true)}>
        {listing.data ? t('publishing.edit') : t('publishing.setUp')}
      </Button>
    ) : null;
  return (
    <Section title={t('publishing.title')} id="cohort-publishing" actions={action}>
      {listing.isError ? (
        <ErrorAlert error={listing.error} onRetry={() => void listing.refetch()} />
      ) : !loaded ? (
        <Text size="sm">{t('common:loading')}</Text>
      ) : editing ? (
        <ListingEditor cohort={cohort} listing={listing.data ?? null} onDone={() => setEditing(false)} />
      ) : listing.data ? (
        <Stack gap="sm">
          <ListingView listing={listing.data} />
          {canReadQueue && (
            <Anchor component={Link} to={`/applications?cohortId=${cohort.id}`} size="sm">
              {t('publishing.applications')}
            </Anchor>
          )}
        </Stack>
      ) : (
        <Text size="sm">{t('publishing.none')}</Text>
      )}
    </Section>
  );
}

function ListingView({ listing }: { listing: Listing }) {
  const { t } = useT('frontOffice');
  const format = useFormat();
  const session = useSession();
  const slug = activeMembership(session)?.slug;
  const money = (minor: number) =>
    format.number(minor / 100, { style: 'currency', currency: listing.currency });
  const link = slug ? `${window.location.origin}/apply/${encodeURIComponent(slug)}` : null;
  return (
    <DataList
      items={[
        {
          label: t('publishing.status'),
          value: listing.published ? t('publishing.published') : t('publishing.notPublished'),
        },
        ...(listing.published && link
          ? [{ label: t('publishing.publicLink'), value: <Anchor href={link}>{link}</Anchor> }]
          : []),
        { label: t('publishing.price'), value: money(listing.priceMinor) },
        { label: t('publishing.deposit'), value: money(listing.depositMinor) },
        {
          label: t('publishing.endDate'),
          value: listing.endDate ? formatDate(listing.endDate) : t('publishing.notSet'),
        },
        {
          label: t('publishing.balanceDue'),
          value: listing.balanceDueDate ? formatDate(listing.balanceDueDate) : t('publishing.notSet'),
        },
        {
          label: t('publishing.cancellation'),
          value: listing.cancellationTiers.length
            ? listing.cancellationTiers
                .map((tier) =>
                  t('publishing.tier', { days: tier.minDaysBefore, percent: tier.refundPercent }),
                )
                .join('\n')
            : t('publishing.noTiers'),
        },
        {
          label: t('publishing.places'),
          value: t('publishing.placesValue', { left: listing.placesLeft, places: listing.places }),
        },
        {
          label: t('publishing.waitlist'),
          value: t('publishing.waitlistValue', { waiting: listing.waiting, size: listing.waitlistSize }),
        },
        { label: t('publishing.hold'), value: t('publishing.holdValue', { days: listing.holdDays }) },
      ]}
    />
  );
}
