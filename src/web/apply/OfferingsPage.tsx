/** /apply/<orgSlug>: the organization's open retreats, in Dutch or English, or why there are none. */
import './apply.css';
import { Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { ApiError } from '../http/problem.ts';
import { useParams } from '../portal/navigation.tsx';
import { PortalButton, ScreenHeading } from '../portal/PortalShell.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ApplyShell } from './ApplyShell.tsx';
import { type Offerings, useOfferings } from './api.ts';
import { pageLocale } from './format.ts';
import { Notice } from './Notice.tsx';
import { OfferingCard } from './OfferingCard.tsx';
import { type ApplyT, applyText } from './text.ts';
import { usePageLanguage } from './useLanguage.ts';

export default function OfferingsPage() {
  const slug = useParams().orgSlug ?? '';
  const offerings = useOfferings(slug);
  const org = offerings.data?.organization;
  const [language, setLanguage] = usePageLanguage(org?.locale);
  const t = applyText(language);
  const title = org ? t('offeringsTitle', { organization: org.name }) : t('loading');
  return (
    <ApplyShell title={title} organization={org?.name} language={language} onLanguage={setLanguage}>
      {offerings.isPending && <PageLoader label={t('loading')} />}
      {offerings.error && (
        <Notice
          title={
            offerings.error instanceof ApiError && offerings.error.status === 404
              ? t('orgNotFoundTitle')
              : t('loadFailedTitle')
          }
          body={
            offerings.error instanceof ApiError && offerings.error.status === 404
              ? t('orgNotFoundBody')
              : t('loadFailedBody')
          }
        >
          {!(offerings.error instanceof ApiError && offerings.error.status === 404) && (
            <PortalButton onClick={() => void offerings.refetch()}>{t('tryAgain')}</PortalButton>
          )}
        </Notice>
      )}
      {offerings.data && (
        <OfferingsList data={offerings.data} slug={slug} language={language} title={title} t={t} />
      )}
    </ApplyShell>
  );
}

interface ListProps {
  data: Offerings;
  slug: string;
  language: 'nl' | 'en';
  title: string;
  t: ApplyT;
}

function OfferingsList({ data, slug, language, title, t }: ListProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const page = pageLocale(data.organization.locale, data.organization.timeZone, language);
  return (
    <Stack gap="lg">
      <ScreenHeading ref={heading}>{title}</ScreenHeading>
      {data.items.length === 0 ? (
        <Stack gap="xs" role="status">
          <Text size="lg" fw={700}>
            {t('emptyTitle')}
          </Text>
          <Text size="lg">{t('emptyBody')}</Text>
        </Stack>
      ) : (
        <>
          <Text size="lg">{t('offeringsIntro')}</Text>
          {data.items.map((o) => (
            <OfferingCard key={o.cohortId} offering={o} slug={slug} page={page} t={t} />
          ))}
        </>
      )}
    </Stack>
  );
}
