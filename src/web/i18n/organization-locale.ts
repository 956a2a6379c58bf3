/**
 * Applies the active organization's locale and time zone from the session: the UI language (unless
 * the viewer chose one on this device) and the formatter's locale and zone.
 */
import { useLayoutEffect } from 'react';
import type { Session } from '../../api/auth.ts';
import { activeMembership } from '../app/session.ts';
import { setOrganizationFormat } from './format.ts';
import { applyLanguage, resolveLanguage } from './language.ts';

export function useOrganizationLocale(session: Session | null | undefined): void {
  const org = session ? activeMembership(session) : undefined;
  const locale = org?.locale ?? null;
  const timeZone = org?.timezone ?? null;
  useLayoutEffect(() => {
    setOrganizationFormat(locale, timeZone);
    applyLanguage(resolveLanguage(locale));
  }, [locale, timeZone]);
}
