/**
 * On the portal home: the consent documents waiting for the client's signature, each a large link
 * to read and sign it. Nothing is shown when every document is signed (or there is none).
 */
import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { PortalLanguage } from '../portal/i18n.ts';
import { Link } from '../portal/navigation.tsx';
import { usePortalConsents } from './api.ts';
import { consentT } from './i18n.ts';

export function ConsentsDue({ language }: { language: PortalLanguage }) {
  const headingId = useId();
  const consents = usePortalConsents();
  const due = (consents.data?.items ?? []).filter((c) => c.needsSignature);
  if (due.length === 0) return null;
  const t = consentT(language);
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t('dueHeading')}
      </Title>
      <Text>{t('dueIntro')}</Text>
      <ul className="portal-home-list">
        {due.map((c) => (
          <li key={c.enrollmentId}>
            <Link to={`/portal/consent/${c.enrollmentId}`} className="portal-home-link">
              <span className="portal-home-link-title">{t('dueLink', { title: c.document.title })}</span>
              <span className="portal-home-link-meta">
                {t('dueMeta', { program: c.program, version: c.document.version })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
