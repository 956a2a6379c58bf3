/** Dosing records: what was given, vital signs through the session, adverse events and discharge. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdverseEvent,
  AdverseEventCreate,
  BaselineVitalsCreate,
  DosingDay,
  DosingRecord,
  DosingRecordCreate,
  DosingRecordUpdate,
  VitalSign,
  VitalsCreate,
} from '../../api/dosing.ts';
import { api } from '../http/http.ts';

export type {
  AdverseEvent,
  AdverseEventCreate,
  BaselineVitalsCreate,
  DosingDay,
  DosingRecord,
  DosingRecordCreate,
  DosingRecordUpdate,
  VitalSign,
  VitalsCreate,
};

export const dosingKeys = {
  detail: (id: string) => ['dosing-records', id] as const,
  day: (sessionId: string, enrollmentId: string) => ['dosing-day', sessionId, enrollmentId] as const,
};

const dayBase = (sessionId: string, enrollmentId: string) =>
  `/api/sessions/${encodeURIComponent(sessionId)}/dosing-day/${encodeURIComponent(enrollmentId)}`;

/** One client's dosing day: clearance, limits, plan, baseline vitals and whether they allow a dose. */
export function useDosingDay(sessionId: string, enrollmentId: string) {
  return useQuery({
    queryKey: dosingKeys.day(sessionId, enrollmentId),
    queryFn: () => api.get<DosingDay>(dayBase(sessionId, enrollmentId)),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useAddBaseline(sessionId: string, enrollmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BaselineVitalsCreate) =>
      api.post<VitalSign>(`${dayBase(sessionId, enrollmentId)}/vitals`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['dosing-day'] }),
  });
}

/** A clinician's override of a flagged baseline; the day and any record showing it are read again. */
export function useOverrideBaseline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; reason: string }) =>
      api.post<VitalSign>(`/api/vital-signs/${encodeURIComponent(v.id)}/override`, { reason: v.reason }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['dosing-day'] });
      void queryClient.invalidateQueries({ queryKey: ['dosing-records'] });
    },
  });
}

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
      void queryClient.invalidateQueries({ queryKey: ['dosing-day'] });
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
