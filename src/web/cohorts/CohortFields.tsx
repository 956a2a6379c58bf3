/**
 * The fields of a cohort, for creating one (with program and start date) and for editing (the
 * program and start date are fixed once its sessions exist).
 */
import { Checkbox, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { placesBeyondRoom, type RoomSize } from '../../domain/scheduling/room-capacity.ts';
import { ApiError, fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { useRooms } from '../rooms/api.ts';
import { requiredField } from '../ui/required.ts';
import type { Ref } from './api.ts';
import { FacilitatorChoice } from './FacilitatorChoice.tsx';

export interface CohortDraft {
  name: string;
  location: string;
  roomId: string;
  capacity: string;
  /** More places than the room holds, said explicitly. */
  exceedRoom: boolean;
  facilitatorIds: string[];
}

export type CohortField = Exclude<keyof CohortDraft, 'exceedRoom'> | 'programId' | 'startDate';
export type CohortErrors = Partial<Record<CohortField, string>>;

const FIELDS: readonly string[] = [
  'name',
  'location',
  'roomId',
  'capacity',
  'facilitatorIds',
  'programId',
  'startDate',
];

export const cohortFieldId = (field: CohortField) => `cohort-${field}`;

/** Places as typed: the number, or null when it is not a whole number from 1 to 1000. */
const placesOf = (text: string): number | null => {
  const n = Number(text.trim());
  return /^\d+$/.test(text.trim()) && n >= 1 && n <= 1000 ? n : null;
};

/** The places error shown at once: not a number, or more than the chosen room holds (unless allowed). */
function capacityError(draft: CohortDraft, room: RoomSize | null): string | undefined {
  const n = placesOf(draft.capacity);
  if (n === null) return draft.capacity.trim() ? tKey('cohorts:fields.placesNumber') : undefined;
  const beyond = placesBeyondRoom(n, room);
  return beyond && room && !draft.exceedRoom
    ? tKey('cohorts:fields.beyondRoom', { places: n, room: room.name, capacity: room.capacity })
    : undefined;
}

/** Checks what the browser can (with the chosen room, when known); the server checks the rest. */
export function checkCohort(draft: CohortDraft, room: RoomSize | null = null): CohortErrors {
  const errors: CohortErrors = {};
  if (!draft.name.trim()) errors.name = tKey('cohorts:fields.enterName');
  const capacity = draft.capacity.trim() ? capacityError(draft, room) : tKey('cohorts:fields.placesNumber');
  if (capacity) errors.capacity = capacity;
  return errors;
}

/** The chosen room (name and capacity), once the rooms are loaded. */
export function useChosenRoom(roomId: string): RoomSize | null {
  const rooms = useRooms();
  return rooms.data?.items.find((r) => r.id === roomId) ?? null;
}

/** A failed save's field errors by field, and the rest as sentences. */
export function cohortErrorsFrom(error: unknown): { fields: CohortErrors; other: string[] } {
  if (!(error instanceof ApiError)) return { fields: {}, other: [String(error)] };
  const fields: CohortErrors = {};
  const other: string[] = [];
  for (const e of error.fieldErrors) {
    const field = e.field.split('.')[0] ?? '';
    if (FIELDS.includes(field)) fields[field as CohortField] = fieldMessage(e);
    else other.push(`${e.field}: ${fieldMessage(e)}`);
  }
  if (!error.fieldErrors.length) other.push(error.detail ?? error.title);
  return { fields, other };
}

export function focusFirst(errors: CohortErrors): void {
  const order: CohortField[] = [
    'programId',
    'name',
    'startDate',
    'location',
    'roomId',
    'capacity',
    'facilitatorIds',
  ];
  const first = order.find((f) => errors[f]);
  if (first) document.getElementById(cohortFieldId(first))?.focus();
}

interface Props {
  draft: CohortDraft;
  onChange: (patch: Partial<CohortDraft>, field: CohortField) => void;
  errors: CohortErrors;
  currentFacilitators: Ref[];
}

export function CohortFields({ draft, onChange, errors, currentFacilitators }: Props) {
  const { t } = useT('cohorts');
  const rooms = useRooms();
  const roomList = (rooms.data?.items ?? []).filter((r) => !r.archivedAt || r.id === draft.roomId);
  const room = roomList.find((r) => r.id === draft.roomId) ?? null;
  const places = placesOf(draft.capacity);
  const beyond = places !== null && placesBeyondRoom(places, room) !== null;
  return (
    <Stack gap="sm">
      <TextInput
        id={cohortFieldId('name')}
        label={t('fields.name')}
        value={draft.name}
        onChange={(e) => onChange({ name: e.currentTarget.value }, 'name')}
        error={errors.name}
        maxLength={200}
        {...requiredField}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          id={cohortFieldId('location')}
          label={t('fields.location')}
          description={t('fields.locationHint')}
          value={draft.location}
          onChange={(e) => onChange({ location: e.currentTarget.value }, 'location')}
          error={errors.location}
          maxLength={500}
        />
        <NativeSelect
          id={cohortFieldId('roomId')}
          label={t('fields.room')}
          description={rooms.isError ? t('fields.roomsFailed') : t('fields.roomHint')}
          value={draft.roomId}
          onChange={(e) => {
            const roomId = e.currentTarget.value;
            const room = roomList.find((r) => r.id === roomId);
            // An empty capacity takes the room's.
            onChange(
              { roomId, ...(room && !draft.capacity.trim() ? { capacity: String(room.capacity) } : {}) },
              'roomId',
            );
          }}
          error={errors.roomId}
          data={[
            { value: '', label: t('fields.noRoom') },
            ...roomList.map((r) => ({
              value: r.id,
              label: t('fields.roomOption', { name: r.name, capacity: r.capacity }),
            })),
          ]}
        />
      </SimpleGrid>
      <TextInput
        id={cohortFieldId('capacity')}
        label={t('fields.places')}
        description={t('fields.placesHint')}
        inputMode="numeric"
        value={draft.capacity}
        onChange={(e) => onChange({ capacity: e.currentTarget.value }, 'capacity')}
        error={capacityError(draft, room) ?? errors.capacity}
        maw={{ base: '100%', sm: 420 }}
        {...requiredField}
      />
      {beyond && (
        <Checkbox
          label={t('fields.allowBeyond', { places, room: room?.name ?? '', capacity: room?.capacity ?? 0 })}
          checked={draft.exceedRoom}
          onChange={(e) => onChange({ exceedRoom: e.currentTarget.checked }, 'capacity')}
        />
      )}
      <div id={cohortFieldId('facilitatorIds')} tabIndex={-1}>
        <FacilitatorChoice
          value={draft.facilitatorIds}
          onChange={(facilitatorIds) => onChange({ facilitatorIds }, 'facilitatorIds')}
          current={currentFacilitators}
          error={errors.facilitatorIds}
        />
      </div>
    </Stack>
  );
}
