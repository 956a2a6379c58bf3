/**
 * Accommodation: lodging rooms with beds (organization settings), and per cohort its nights, the
 * guests' needs and the allocation of guests to beds (by hand or auto-assign).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AssignInput,
  CohortLodging,
  GuestNeeds,
  LodgingGuest,
  LodgingRoom,
  LodgingRoomCreate,
  LodgingRoomUpdate,
  StayInput,
} from '../../api/lodging.ts';
import { api } from '../http/http.ts';

export type { CohortLodging, GuestNeeds, LodgingGuest, LodgingRoom, LodgingRoomCreate, StayInput };

export const lodgingKeys = {
  rooms: ['lodging', 'rooms'] as const,
  cohort: (id: string) => ['lodging', 'cohort', id] as const,
};

const enc = encodeURIComponent;

export function useLodgingRooms() {
  return useQuery({
    queryKey: lodgingKeys.rooms,
    queryFn: () => api.get<{ items: LodgingRoom[] }>('/api/lodging/rooms'),
  });
}

export function useCreateLodgingRoom() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LodgingRoomCreate) => api.post<LodgingRoom>('/api/lodging/rooms', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['lodging'] }),
  });
}

export function useUpdateLodgingRoom(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LodgingRoomUpdate) => api.patch<void>(`/api/lodging/rooms/${enc(id)}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['lodging'] }),
  });
}

export function useCohortLodging(cohortId: string) {
  return useQuery({
    queryKey: lodgingKeys.cohort(cohortId),
    queryFn: () => api.get<CohortLodging>(`/api/cohorts/${enc(cohortId)}/lodging`),
  });
}

/** Mutations of one cohort's lodging: each refreshes the cohort's allocation afterwards. */
export function useCohortLodgingActions(cohortId: string) {
  const queryClient = useQueryClient();
  const key = lodgingKeys.cohort(cohortId);
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const base = `/api/cohorts/${enc(cohortId)}/lodging`;
  return {
    setStay: useMutation({
      mutationFn: (body: StayInput) => api.put<CohortLodging>(`${base}/stay`, body),
      onSuccess: (data) => queryClient.setQueryData(key, data),
    }),
    setNeeds: useMutation({
      mutationFn: ({ enrollmentId, ...body }: GuestNeeds & { enrollmentId: string }) =>
        api.put<void>(`/api/enrollments/${enc(enrollmentId)}/lodging-needs`, body),
      onSuccess: refresh,
    }),
    assign: useMutation({
      mutationFn: (body: AssignInput) => api.post<CohortLodging>(`${base}/assignments`, body),
      onSettled: refresh,
    }),
    unassign: useMutation({
      mutationFn: (enrollmentId: string) => api.delete<void>(`${base}/assignments/${enc(enrollmentId)}`),
      onSettled: refresh,
    }),
    autoAssign: useMutation({
      mutationFn: () => api.post<{ placed: number; unplaced: string[] }>(`${base}/auto-assign`, {}),
      onSettled: refresh,
    }),
  };
}
