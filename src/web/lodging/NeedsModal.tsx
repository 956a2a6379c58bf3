/** A guest's needs on their booking: diet, access needs, an accessible room, and a roommate wish. */
import { Button, Checkbox, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { messageFor } from '../http/field-errors.ts';
import { useT } from '../i18n/i18n.ts';
import { type CohortLodging, type LodgingGuest, useCohortLodgingActions } from './api.ts';
import { problemField } from './labels.ts';

const FIELDS = ['diet', 'accessNeeds', 'roommateClientId'] as const;

interface Props {
  guest: LodgingGuest;
  lodging: CohortLodging;
  onClose: () => void;
}

export function NeedsModal({ guest, lodging, onClose }: Props) {
  const { t } = useT('lodging');
  const { setNeeds } = useCohortLodgingActions(lodging.cohortId);
  const [diet, setDiet] = useState(guest.diet ?? '');
  const [access, setAccess] = useState(guest.accessNeeds ?? '');
  const [accessible, setAccessible] = useState(guest.needsAccessibleRoom);
  const [mate, setMate] = useState(guest.roommateClientId ?? '');
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const name = guest.client.name;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNeeds.mutate(
      {
        enrollmentId: guest.enrollmentId,
        diet: diet.trim() || null,
        accessNeeds: access.trim() || null,
        needsAccessibleRoom: accessible,
        roommateClientId: mate || null,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('cohort.needsSaved', { name }) });
          onClose();
        },
        onError: (error) => {
          const field = problemField(error, FIELDS) ?? 'diet';
          setErrors({ [field]: messageFor(error, field) });
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('cohort.needsTitle', { name })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('cohort.diet')}
            value={diet}
            onChange={(e) => setDiet(e.currentTarget.value)}
            error={errors.diet}
            autosize
            minRows={2}
          />
          <Textarea
            label={t('cohort.access')}
            value={access}
            onChange={(e) => setAccess(e.currentTarget.value)}
            error={errors.accessNeeds}
            autosize
            minRows={2}
          />
          <Checkbox
            label={t('cohort.accessibleRoom')}
            checked={accessible}
            onChange={(e) => setAccessible(e.currentTarget.checked)}
          />
          <NativeSelect
            label={t('cohort.roommate')}
            value={mate}
            onChange={(e) => setMate(e.currentTarget.value)}
            error={errors.roommateClientId}
            data={[
              { value: '', label: t('cohort.noRoommate') },
              ...lodging.guests
                .filter((g) => g.client.id !== guest.client.id)
                .map((g) => ({ value: g.client.id, label: g.client.name })),
            ]}
          />
          <Group>
            <Button type="submit" loading={setNeeds.isPending}>
              {t('cohort.saveNeeds')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('rooms.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
