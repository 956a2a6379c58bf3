/** A personal session's facilitator, changed for this session only (session.schedule). */
import { notifications } from '@mantine/notifications';
import { useT } from '../i18n/i18n.ts';
import { type SessionDetail, useSetFacilitators } from './api.ts';
import { FacilitatorSelect } from './FacilitatorSelect.tsx';

export function SessionFacilitator({ session }: { session: SessionDetail }) {
  const { t } = useT('sessions');
  const save = useSetFacilitators(session.id);
  return (
    <FacilitatorSelect
      key={`${session.id}-${session.version}`}
      label={t('facilitator.sessionLabel')}
      description={t('facilitator.sessionHint')}
      current={session.facilitators[0] ?? null}
      saving={save.isPending}
      error={save.error}
      onSave={(userId) =>
        save.mutate(
          { userIds: userId ? [userId] : [], version: session.version },
          { onSuccess: () => notifications.show({ color: 'teal', message: t('facilitator.saved') }) },
        )
      }
    />
  );
}
