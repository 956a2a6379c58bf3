/** "Skip to main content": hidden until focused with the keyboard. */
import { useT } from '../i18n/i18n.ts';

export function SkipLink({ target }: { target: string }) {
  const { t } = useT('nav');
  return (
    <a href={`#${target}`} className="threshold-skip-link">
      {t('skipToMain')}
    </a>
  );
}
