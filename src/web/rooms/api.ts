/** Rooms where sessions happen: their names and how many people they hold. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Room, RoomInput } from '../../api/rooms.ts';
import { api } from '../http/http.ts';

export type { Room, RoomInput };

export const roomsKey = ['rooms'] as const;

export function useRooms(enabled = true) {
  return useQuery({
    queryKey: roomsKey,
    queryFn: () => api.get<{ items: Room[] }>('/api/rooms'),
    enabled,
  });
}

export function useCreateRoom() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RoomInput) => api.post<Room>('/api/rooms', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roomsKey }),
  });
}

export function useUpdateRoom() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: RoomInput & { id: string }) =>
      api.put<Room>(`/api/rooms/${encodeURIComponent(id)}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roomsKey }),
  });
}
