/**
 * Nederlands | English for the portal's pages before a client is known (signing in): the choice is
 * kept on this device. Once signed in, the portal speaks the language the clinic recorded.
 */
import { Group, SegmentedControl } from '@mantine/core';
import { isUiLanguage, UI_LANGUAGES } from '../../domain/locale/locales.ts';
import { i18n } from '../i18n/instance.ts';
import { chooseLanguage } from '../i18n/language.ts';
import type { PortalLanguage } from './i18n.ts';

interface Props {
  language: PortalLanguage;
  onChange: (language: PortalLanguage) => void;
}

export function LanguageChoice({ language, onChange }: Props) {
  const t = i18n.getFixedT(language, 'common');
  return (
    <Group justify="flex-end">
      <SegmentedControl
        aria-label={t('language')}
        value={language}
        onChange={(value) => {
          if (!isUiLanguage(value)) return;
          chooseLanguage(value);
          onChange(value);
        }}
        data={UI_LANGUAGES.map((lng) => ({ value: lng, label: t(`languageNames.${lng}`) }))}
      />
    </Group>
  );
}
