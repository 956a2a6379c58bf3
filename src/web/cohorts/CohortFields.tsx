/**
 * The fields of a cohort, for creating one (with program and start date) and for editing (the
 * program and start date are fixed once its sessions exist).
 */
import { Checkbox, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { placesBeyondRoom, type RoomSize } from '../../domain/scheduling/room-capacity.ts';
import { sentence } from '../http/field-errors.ts';
import { ApiError } from '../http/problem.ts';
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
  if (n === null) return draft.capacity.trim() ? 'Enter the number of places (1 to 1000).' : undefined;
  const beyond = placesBeyondRoom(n, room);
  return beyond && !draft.exceedRoom ? sentence(beyond) : undefined;
}

/** Checks what the browser can (with the chosen room, when known); the server checks the rest. */
export function checkCohort(draft: CohortDraft, room: RoomSize | null = null): CohortErrors {
  const errors: CohortErrors = {};
  if (!draft.name.trim()) errors.name = 'Enter a name, e.g. “Spring retreat 2026”.';
  const capacity = draft.capacity.trim()
    ? capacityError(draft, room)
    : 'Enter the number of places (1 to 1000).';
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
    if (FIELDS.includes(field)) fields[field as CohortField] = sentence(e.message);
    else other.push(`${e.field}: ${e.message}`);
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
  const rooms = useRooms();
  const roomList = (rooms.data?.items ?? []).filter((r) => !r.archivedAt || r.id === draft.roomId);
  const room = roomList.find((r) => r.id === draft.roomId) ?? null;
  const places = placesOf(draft.capacity);
  const beyond = places !== null && placesBeyondRoom(places, room) !== null;
  return (
    <Stack gap="sm">
      <TextInput
        id={cohortFieldId('name')}
        label="Cohort name"
        value={draft.name}
        onChange={(e) => onChange({ name: e.currentTarget.value }, 'name')}
        error={errors.name}
        maxLength={200}
        {...requiredField}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          id={cohortFieldId('location')}
          label="Location"
          description="Address or venue, for staff and clients' calendars"
          value={draft.location}
          onChange={(e) => onChange({ location: e.currentTarget.value }, 'location')}
          error={errors.location}
          maxLength={500}
        />
        <NativeSelect
          id={cohortFieldId('roomId')}
          label="Room"
          description={
            rooms.isError ? 'The rooms could not be loaded.' : 'Where the group sessions take place'
          }
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
            { value: '', label: 'No room' },
            ...roomList.map((r) => ({ value: r.id, label: `${r.name} (holds ${r.capacity})` })),
          ]}
        />
      </SimpleGrid>
      <TextInput
        id={cohortFieldId('capacity')}
        label="Places"
        description="How many clients can enroll"
        inputMode="numeric"
        value={draft.capacity}
        onChange={(e) => onChange({ capacity: e.currentTarget.value }, 'capacity')}
        error={capacityError(draft, room) ?? errors.capacity}
        maw={{ base: '100%', sm: 420 }}
        {...requiredField}
      />
      {beyond && (
        <Checkbox
          label={`Allow ${places} places in ${room?.name} (holds ${room?.capacity}): part of the group meets elsewhere`}
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
