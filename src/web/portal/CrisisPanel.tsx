/**
 * Crisis support: the organization's message, then each crisis line as a large tap-to-call link
 * with its hours. Announced at once (role="alert") where it appears; red and full-width so it cannot
 * be missed on a phone.
 */
import { Alert, Text } from '@mantine/core';
import type { Ref } from 'react';
import { telHref } from '../../domain/organizations/phone.ts';
import type { PortalInvitation } from './api.ts';
import type { PortalText } from './i18n.ts';

interface Props {
  title: string;
  message: string;
  contacts: PortalInvitation['crisis']['contacts'];
  t: PortalText;
  panelRef?: Ref<HTMLDivElement>;
}

export function CrisisPanel({ title, message, contacts, t, panelRef }: Props) {
  return (
    <Alert
      ref={panelRef}
      tabIndex={-1}
      role="alert"
      color="red"
      variant="light"
      radius="md"
      title={title}
      data-testid="crisis-panel"
      styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}
      style={{ border: '3px solid var(--mantine-color-red-9)', outline: 'none' }}
    >
      <Text size="lg" fw={600} c="dark" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'break-word' }}>
        {message}
      </Text>
      <ul className="portal-crisis-lines" aria-label={t.crisisLinesLabel}>
        {contacts.map((c) => (
          <li key={`${c.name}|${c.phone}`}>
            <a className="portal-crisis-call" href={telHref(c.phone)}>
              <span className="portal-crisis-name">{c.name}</span>{' '}
              <span className="portal-crisis-phone">{t.crisisCall(c.phone)}</span>
            </a>
            {c.hours && (
              <Text size="sm" c="dark" mt={4}>
                {c.hours}
              </Text>
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
