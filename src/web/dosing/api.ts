/** Dosing records: what was given, vital signs through the session, adverse events and discharge. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdverseEvent,
  AdverseEventCreate,
  DosingRecord,
  DosingRecordCreate,
  DosingRecordUpdate,
  VitalSign,
  VitalsCreate,
} from '../../server/dosing/schema.ts';
import { api } from '../http/http.ts';

export type {
  AdverseEvent,
  AdverseEventCreate,
  DosingRecord,
  DosingRecordCreate,
  DosingRecordUpdate,
  VitalSign,
  VitalsCreate,
};

export const dosingKeys = {
  detail: (id: string) => ['dosing-records', id] as const,
};

const base = (id: string) => `/api/dosing-records/${encodeURIComponent(id)}`;

export function useDosingRecord(id: string) {
  return useQuery({
    queryKey: dosingKeys.detail(id),
    queryFn: () => api.get<DosingRecord>(base(id)),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useCreateDosingRecord(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DosingRecordCreate) =>
      api.post<DosingRecord>(`/api/sessions/${encodeURIComponent(sessionId)}/dosing-records`, body),
    onSuccess: (saved) => {
      if (saved?.id) queryClient.setQueryData(dosingKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['program-sessions'] });
      void queryClient.invalidateQueries({ queryKey: ['timeline'] });
      void queryClient.invalidateQueries({ queryKey: ['enrollments'] });
    },
  });
}

/** After a change to a record: read it again (vitals and events come back with their flags). */
function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: dosingKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: ['timeline'] });
  };
}

export function useAddVitals(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: VitalsCreate) => api.post<VitalSign>(`${base(id)}/vitals`, body),
    onSuccess: refresh,
  });
}

export function useAddAdverseEvent(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: AdverseEventCreate) => api.post<AdverseEvent>(`${base(id)}/adverse-events`, body),
    onSuccess: refresh,
  });
}

export function useUpdateDosingRecord(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: DosingRecordUpdate) => api.put<DosingRecord>(base(id), body),
    onSuccess: (saved) => {
      if (saved?.id) queryClient.setQueryData(dosingKeys.detail(id), saved);
      refresh();
    },
  });
}
