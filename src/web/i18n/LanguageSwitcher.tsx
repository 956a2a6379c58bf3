/** Nederlands | English: the viewer's choice, kept on this device. */
import { SegmentedControl } from '@mantine/core';
import { isUiLanguage, UI_LANGUAGES } from '../../domain/locale/locales.ts';
import { currentLanguage, useT } from './i18n.ts';
import { chooseLanguage } from './language.ts';

export function LanguageSwitcher({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t } = useT('common');
  return (
    <SegmentedControl
      size={size}
      aria-label={t('language')}
      value={currentLanguage()}
      onChange={(value) => isUiLanguage(value) && chooseLanguage(value)}
      data={UI_LANGUAGES.map((lng) => ({ value: lng, label: t(`languageNames.${lng}`) }))}
    />
  );
}
