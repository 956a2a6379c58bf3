/** An enrollment's default facilitator: who runs the client's personal sessions (session.schedule). */
import { notifications } from '@mantine/notifications';
import { FacilitatorSelect } from '../sessions/FacilitatorSelect.tsx';
import { type Enrollment, useSetEnrollmentFacilitator } from './api.ts';

const CLOSED = new Set(['completed', 'withdrawn', 'ineligible']);

export function EnrollmentFacilitator({ enrollment }: { enrollment: Enrollment }) {
  const save = useSetEnrollmentFacilitator(enrollment.id);
  if (CLOSED.has(enrollment.status)) return null;
  return (
    <FacilitatorSelect
      key={`${enrollment.id}-${enrollment.version}`}
      label="Runs the personal sessions"
      description="Their upcoming personal sessions move to this person, except ones given someone else by hand."
      current={enrollment.facilitator}
      saving={save.isPending}
      error={save.error}
      onSave={(userId) =>
        save.mutate(
          { userId, version: enrollment.version },
          { onSuccess: () => notifications.show({ color: 'teal', message: 'Facilitator saved.' }) },
        )
      }
    />
  );
}
