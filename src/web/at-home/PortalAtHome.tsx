/**
 * The client's at-home session on the portal page: the check-in form and the schedule, in the
 * client's language and the organization's zone. Nothing is shown without an at-home session.
 */
import { Stack, Text, Title } from '@mantine/core';
import { createFormatter } from '../../domain/locale/format.ts';
import { formattingLocale } from '../../domain/locale/locales.ts';
import { type HomeSessionView, usePortalAnswer, usePortalHomeSessions } from './api.ts';
import { CheckinForm } from './CheckinForm.tsx';
import { CheckinSchedule } from './CheckinSchedule.tsx';
import { atHomeText } from './text.ts';

function Session({ session }: { session: HomeSessionView }) {
  const answer = usePortalAnswer(session.dosingRecordId);
  const t = atHomeText(session.language);
  const f = createFormatter({
    locale: formattingLocale(session.locale, session.language),
    timeZone: session.timeZone,
  });
  return (
    <Stack gap="md" component="section" aria-labelledby={`home-${session.dosingRecordId}`}>
      <Title order={2} id={`home-${session.dosingRecordId}`}>
        {t('portalTitle')}
      </Title>
      <Text>{t('intro')}</Text>
      <CheckinForm
        language={session.language}
        askVitals={session.askVitals}
        t={t}
        send={(b) => answer.mutateAsync(b)}
        pending={answer.isPending}
      />
      <CheckinSchedule checkins={session.checkins} time={(iso) => f.time(iso)} t={t} />
    </Stack>
  );
}

export default function PortalAtHome() {
  const sessions = usePortalHomeSessions();
  if (!sessions.data?.items.length) return null;
  return (
    <>
      {sessions.data.items.map((s) => (
        <Session key={s.dosingRecordId} session={s} />
      ))}
    </>
  );
}
