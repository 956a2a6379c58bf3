/**
 * Choosing a guest's bed by hand (the keyboard's way; the board above is the pointer's): every bed of every room, those taken (in this cohort or by another
 * cohort for a night of the stay) marked so. The server decides: a refusal (a bed already taken, a
 * room that does not suit the guest) is shown at this field with the server's reason.
 */
import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { messageFor } from '../http/field-errors.ts';
import { useT } from '../i18n/i18n.ts';
import type { CohortLodging, LodgingGuest } from './api.ts';
import { useMoveGuest } from './move-guest.ts';

interface Props {
  guest: LodgingGuest;
  lodging: CohortLodging;
  disabled: boolean;
}

export function BedChoice({ guest, lodging, disabled }: Props) {
  const { t } = useT('lodging');
  const { move, pending } = useMoveGuest(lodging);
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
      await move(guest, bedId || null);
    } catch (e) {
      setError(messageFor(e, 'bedId'));
    }
  };

  return (
    <NativeSelect
      aria-label={t('cohort.bedOf', { name })}
      value={guest.bedId ?? ''}
      onChange={(e) => void choose(e.currentTarget.value)}
      disabled={disabled || pending}
      error={error}
      data={[{ value: '', label: t('cohort.noBed') }, ...options]}
    />
  );
}
