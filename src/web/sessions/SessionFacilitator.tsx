/** A personal session's facilitator, changed for this session only (session.schedule). */
import { notifications } from '@mantine/notifications';
import { type SessionDetail, useSetFacilitators } from './api.ts';
import { FacilitatorSelect } from './FacilitatorSelect.tsx';

export function SessionFacilitator({ session }: { session: SessionDetail }) {
  const save = useSetFacilitators(session.id);
  return (
    <FacilitatorSelect
      key={`${session.id}-${session.version}`}
      label="Facilitator of this session"
      description="Only this session changes; the client's other sessions keep theirs."
      current={session.facilitators[0] ?? null}
      saving={save.isPending}
      error={save.error}
      onSave={(userId) =>
        save.mutate(
          { userIds: userId ? [userId] : [], version: session.version },
          { onSuccess: () => notifications.show({ color: 'teal', message: 'Facilitator saved.' }) },
        )
      }
    />
  );
}
