/**
 * "Send now" for an open questionnaire without an email yet, "Resend" for one already emailed and
 * still open: the client gets a link at once (an earlier link keeps working).
 */
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { useSendNow } from './send-now-api.ts';

export function SendNowButton({
  clientId,
  enrollmentId,
  invitationKey,
  invited,
  label,
}: {
  clientId: string;
  enrollmentId: string;
  /** The timepoint, e.g. "phq-baseline#1". */
  invitationKey: string;
  invited: boolean;
  /** What is sent, for screen readers: "Baseline, PHQ-9". */
  label: string;
}) {
  const { t } = useT('templates');
  const send = useSendNow(clientId, enrollmentId);
  const onClick = () =>
    send.mutate(invitationKey, {
      onSuccess: (r) =>
        notifications.show({
          color: 'teal',
          message: r.resent ? t('sendNow.resent') : t('sendNow.sent'),
        }),
      onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
    });
  return (
    <Button
      size="compact-xs"
      variant="light"
      ml="xs"
      onClick={onClick}
      loading={send.isPending}
      aria-label={t('sendNow.named', {
        action: invited ? t('sendNow.resend') : t('sendNow.send'),
        what: label,
      })}
    >
      {invited ? t('sendNow.resend') : t('sendNow.send')}
    </Button>
  );
}
