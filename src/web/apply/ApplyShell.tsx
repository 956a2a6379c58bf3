/**
 * The public pages' frame: the portal's narrow column with the organization's name, the language
 * switch (Nederlands first) and `<html lang>` following the page's language.
 */
import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { UiLanguage } from '../../domain/locale/locales.ts';
import { LanguageChoice } from '../portal/LanguageChoice.tsx';
import { PortalShell, useHtmlLang } from '../portal/PortalShell.tsx';

interface Props {
  title: string;
  organization?: string | undefined;
  language: UiLanguage;
  onLanguage: (language: UiLanguage) => void;
  children: ReactNode;
}

export function ApplyShell({ title, organization, language, onLanguage, children }: Props) {
  useHtmlLang(language);
  return (
    <PortalShell title={title} organization={organization}>
      <Stack gap="lg">
        <LanguageChoice language={language} onChange={onLanguage} />
        {children}
      </Stack>
    </PortalShell>
  );
}
