/**
 * `/portal/consent/:enrollmentId` (and `/portal/consent`, the email's link: the first document to sign):
 * the client reads their program's current consent document (its
 * version, publication date and text fingerprint) and signs it; then a confirmation with the moment
 * in the organization's time zone. A version already signed shows when it was signed.
 */
import { Anchor, Box, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { PORTAL_TEXT } from '../portal/i18n.ts';
import { Link, useNavigate, useParams } from '../portal/navigation.tsx';
import { PortalMessage } from '../portal/PortalMessage.tsx';
import { PortalShell, ScreenHeading, useHtmlLang } from '../portal/PortalShell.tsx';
import { isSignedOut, usePortalMe } from '../portal-home/api.ts';
import { formatDay, formatMoment } from '../portal-home/format.ts';
import { PageLoader } from '../ui/PageLoader.tsx';
import { type PortalConsent, usePortalConsents } from './api.ts';
import { type ConsentT, consentT } from './i18n.ts';
import { SignForm } from './SignForm.tsx';

export function ConsentPage() {
  const { enrollmentId = '' } = useParams();
  const navigate = useNavigate();
  const me = usePortalMe(true);
  const consents = usePortalConsents(me.isSuccess);
  const signedOut = isSignedOut(me.error) || isSignedOut(consents.error);
  useEffect(() => {
    if (signedOut) navigate('/portal', { replace: true });
  }, [signedOut, navigate]);
  const language = me.data?.client.language ?? 'en';
  useHtmlLang(language);
  const t = consentT(language);
  const failed = (me.isError && !me.data) || (consents.isError && !consents.data);

  if (failed && !signedOut) {
    return (
      <PortalMessage
        problem="other"
        t={PORTAL_TEXT[language]}
        onRetry={() => void (me.isError ? me.refetch() : consents.refetch())}
        retrying={me.isFetching || consents.isFetching}
      />
    );
  }
  if (!me.data || !consents.data) {
    return (
      <PortalShell title={t('loading')}>
        <PageLoader label={t('loading')} />
      </PortalShell>
    );
  }
  const where = { language, timezone: me.data.timezone, organization: me.data.organization.name };
  // The email's link (/portal/consent) names no enrollment: the first document waiting for a signature.
  const items = consents.data.items;
  const consent = enrollmentId
    ? items.find((c) => c.enrollmentId === enrollmentId)
    : (items.find((c) => c.needsSignature) ?? items[0]);
  if (!consent) {
    return (
      <PortalShell title={t('notFoundTitle')} organization={where.organization}>
        <Stack gap="md">
          <ScreenHeading>{t('notFoundTitle')}</ScreenHeading>
          <Text size="lg">{t('notFoundBody')}</Text>
          <BackHome t={t} />
        </Stack>
      </PortalShell>
    );
  }
  if (!consent.needsSignature && consent.signedAt) {
    return <Signed consent={consent} t={t} {...where} signedAt={consent.signedAt} />;
  }
  return (
    <PortalShell title={consent.document.title} organization={where.organization}>
      <Stack gap="xl">
        <ConsentDocument consent={consent} t={t} {...where} />
        <SignForm
          consent={consent}
          t={t}
          // From the email's link, the address names the document signed, so its confirmation stays.
          onSigned={() =>
            enrollmentId
              ? void consents.refetch()
              : navigate(`/portal/consent/${consent.enrollmentId}`, { replace: true })
          }
        />
      </Stack>
    </PortalShell>
  );
}

interface Where {
  language: 'en' | 'nl';
  timezone: string;
  organization: string;
}

function ConsentDocument({
  consent,
  t,
  language,
  timezone,
}: { consent: PortalConsent; t: ConsentT } & Where) {
  const d = consent.document;
  return (
    <Stack gap="sm">
      <ScreenHeading>{d.title}</ScreenHeading>
      <Text>
        {consent.program} ·{' '}
        {t('documentMeta', { version: d.version, date: formatDay(d.publishedAt, language, timezone) })}
      </Text>
      <Box
        component="article"
        aria-label={t('documentLabel')}
        className="portal-consent-text"
        p="md"
        style={{
          whiteSpace: 'pre-wrap',
          overflowWrap: 'break-word',
          border: '1px solid var(--mantine-color-gray-5)',
          borderRadius: 8,
        }}
      >
        {d.body}
      </Box>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {t('fingerprint', { hash: d.sha256 })}
      </Text>
    </Stack>
  );
}

function Signed({
  consent,
  t,
  signedAt,
  ...where
}: { consent: PortalConsent; t: ConsentT; signedAt: string } & Where) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <PortalShell title={t('signedHeading')} organization={where.organization}>
      <Stack gap="md">
        <ScreenHeading ref={heading}>{t('signedHeading')}</ScreenHeading>
        <Text size="lg">
          {t('signedBody', {
            title: consent.document.title,
            version: consent.document.version,
            date: formatMoment(signedAt, where.language, where.timezone),
          })}
        </Text>
        <Text>{t('signedCopy')}</Text>
        <BackHome t={t} />
      </Stack>
    </PortalShell>
  );
}

function BackHome({ t }: { t: ConsentT }) {
  return (
    <Anchor component={Link} to="/portal" size="lg">
      {t('backHome')}
    </Anchor>
  );
}
