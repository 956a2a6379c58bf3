/** Substance lots with their assays, and the setting of a dosing session. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssayCreate, Lot, LotCreate, Setting, SettingPut } from '../../api/lots.ts';
import { api } from '../http/http.ts';

export type { AssayCreate, Lot, LotCreate, Setting, SettingPut };

export const lotsKey = ['lots'] as const;
const settingKey = (sessionId: string) => ['session-setting', sessionId] as const;

export function useLots(enabled = true) {
  return useQuery({
    queryKey: lotsKey,
    queryFn: () => api.get<{ items: Lot[] }>('/api/lots'),
    enabled,
  });
}

export function useCreateLot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LotCreate) => api.post<Lot>('/api/lots', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lotsKey }),
  });
}

export function useAddAssay(lotId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssayCreate) => api.post<Lot>(`/api/lots/${encodeURIComponent(lotId)}/assays`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lotsKey }),
  });
}

export function useSetting(sessionId: string) {
  return useQuery({
    queryKey: settingKey(sessionId),
    queryFn: () => api.get<Setting>(`/api/sessions/${encodeURIComponent(sessionId)}/setting`),
  });
}

export function usePutSetting(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingPut) =>
      api.put<Setting>(`/api/sessions/${encodeURIComponent(sessionId)}/setting`, body),
    onSuccess: (saved) => queryClient.setQueryData(settingKey(sessionId), saved),
  });
}
