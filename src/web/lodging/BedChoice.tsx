/**
 * Choosing a guest's bed by hand: every bed of every room, those taken (in this cohort or by another
 * cohort for a night of the stay) marked so. The server decides: a refusal (a bed already taken, a
 * room that does not suit the guest) is shown at this field with the server's reason.
 */
import { NativeSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { messageFor } from '../http/field-errors.ts';
import { useT } from '../i18n/i18n.ts';
import { type CohortLodging, type LodgingGuest, useCohortLodgingActions } from './api.ts';

interface Props {
  guest: LodgingGuest;
  lodging: CohortLodging;
  disabled: boolean;
}

export function BedChoice({ guest, lodging, disabled }: Props) {
  const { t } = useT('lodging');
  const { assign, unassign } = useCohortLodgingActions(lodging.cohortId);
  const [error, setError] = useState<string | undefined>();
  const name = guest.client.name;
  const holder = new Map(lodging.guests.flatMap((g) => (g.bedId ? [[g.bedId, g.client.name] as const] : [])));
  const elsewhere = new Set(lodging.takenElsewhere);
  const options = lodging.rooms.flatMap((r) =>
    r.beds.map((b) => {
      const option = t('cohort.bedOption', { room: r.name, bed: b.label });
      const by = holder.get(b.id);
      const label =
        by && b.id !== guest.bedId
          ? t('cohort.takenBy', { option, name: by })
          : elsewhere.has(b.id)
            ? t('cohort.takenElsewhere', { option })
            : option;
      return { value: b.id, label };
    }),
  );

  const choose = async (bedId: string) => {
    setError(undefined);
    try {
      if (guest.bedId) await unassign.mutateAsync(guest.enrollmentId);
      if (!bedId) {
        notifications.show({ color: 'teal', message: t('cohort.unassigned', { name }) });
        return;
      }
      await assign.mutateAsync({ enrollmentId: guest.enrollmentId, bedId });
      const room = lodging.rooms.find((r) => r.beds.some((b) => b.id === bedId));
      const bed = room?.beds.find((b) => b.id === bedId);
      notifications.show({
        color: 'teal',
        message: t('cohort.assigned', { name, room: room?.name ?? '', bed: bed?.label ?? '' }),
      });
    } catch (e) {
      setError(messageFor(e, 'bedId'));
    }
  };

  return (
    <NativeSelect
      aria-label={t('cohort.bedOf', { name })}
      value={guest.bedId ?? ''}
      onChange={(e) => void choose(e.currentTarget.value)}
      disabled={disabled || assign.isPending || unassign.isPending}
      error={error}
      data={[{ value: '', label: t('cohort.noBed') }, ...options]}
    />
  );
}
