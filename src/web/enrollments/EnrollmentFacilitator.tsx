/** An enrollment's default facilitator: who runs the client's personal sessions (session.schedule). */

import { notifications } from '@mantine/notifications';
import { useT } from '../i18n/i18n.ts';
import { FacilitatorSelect } from '../sessions/FacilitatorSelect.tsx';
import { type Enrollment, useSetEnrollmentFacilitator } from './api.ts';

const CLOSED = new Set(['completed', 'withdrawn', 'ineligible']);

export function EnrollmentFacilitator({ enrollment }: { enrollment: Enrollment }) {
  const { t } = useT('enrollments');
  const save = useSetEnrollmentFacilitator(enrollment.id);
  if (CLOSED.has(enrollment.status)) return null;
  return (
    <FacilitatorSelect
      key={`${enrollment.id}-${enrollment.version}`}
      label={t('facilitator.label')}
      description={t('facilitator.hint')}
      current={enrollment.facilitator}
      saving={save.isPending}
      error={save.error}
      onSave={(userId) =>
        save.mutate(
          { userId, version: enrollment.version },
          { onSuccess: () => notifications.show({ color: 'teal', message: t('facilitator.saved') }) },
        )
      }
    />
  );
}
