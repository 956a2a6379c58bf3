/**
 * The support person's check-in link (/checkin/<token>): no account, only the client's first name,
 * the check-in times and the answer form. Unknown link: not found; after the session: expired.
 */
import { Stack, Text } from '@mantine/core';
import { createFormatter } from '../../domain/locale/format.ts';
import { formattingLocale } from '../../domain/locale/locales.ts';
import { ApplyShell } from '../apply/ApplyShell.tsx';
import { Notice } from '../apply/Notice.tsx';
import { usePageLanguage } from '../apply/useLanguage.ts';
import { ApiError } from '../http/problem.ts';
import { useParams } from '../portal/navigation.tsx';
import { PortalButton, ScreenHeading } from '../portal/PortalShell.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useSupportAnswer, useSupportView } from './api.ts';
import { CheckinForm } from './CheckinForm.tsx';
import { CheckinSchedule } from './CheckinSchedule.tsx';
import { atHomeText } from './text.ts';

export default function SupportCheckinPage() {
  const token = useParams().token ?? '';
  const view = useSupportView(token);
  const answer = useSupportAnswer(token);
  // The support person's own device language first (not the client's), else the organization's.
  const [language, setLanguage] = usePageLanguage(view.data?.locale ?? 'nl-NL');
  const t = atHomeText(language);
  const shell = (title: string, children: React.ReactNode) => (
    <ApplyShell
      title={title}
      organization={view.data?.organizationName}
      language={language}
      onLanguage={setLanguage}
    >
      {children}
    </ApplyShell>
  );
  if (view.isPending) return shell(t('loading'), <PageLoader label={t('loading')} />);
  if (view.error) {
    const status = view.error instanceof ApiError ? view.error.status : 0;
    const [title, body] =
      status === 410
        ? [t('expiredTitle'), t('expiredBody')]
        : status === 404 || status === 400
          ? [t('notFoundTitle'), t('notFoundBody')]
          : [t('loadFailedTitle'), t('loadFailedBody')];
    return shell(
      title,
      <Notice title={title} body={body}>
        {status >= 500 || status === 0 ? (
          <PortalButton onClick={() => void view.refetch()}>{t('tryAgain')}</PortalButton>
        ) : null}
      </Notice>,
    );
  }
  const v = view.data;
  const f = createFormatter({ locale: formattingLocale(v.locale, language), timeZone: v.timeZone });
  return shell(
    t('linkTitle', { name: v.clientName }),
    <Stack gap="lg">
      <ScreenHeading>{t('linkTitle', { name: v.clientName })}</ScreenHeading>
      <Text size="lg">{t('intro')}</Text>
      <CheckinForm
        language={language}
        askVitals={v.askVitals}
        t={t}
        send={(body) => answer.mutateAsync(body)}
        pending={answer.isPending}
      />
      <CheckinSchedule checkins={v.checkins} time={(iso) => f.time(iso)} t={t} />
      <Text size="sm">{t('validUntil', { time: f.dayTime(v.expiresAt) })}</Text>
    </Stack>,
  );
}
