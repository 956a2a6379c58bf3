/** At-home dosing requests: the support link, the client's portal check-ins and the staff timeline. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CheckinAnswerIn,
  CheckinResult,
  HomeSessionView,
  HomeTimeline,
  PortalHomeSessions,
  SupportLink,
} from '../../api/at-home.ts';
import { api } from '../http/http.ts';

export type { CheckinAnswerIn, CheckinResult, HomeSessionView, HomeTimeline };

const link = (token: string) => `/api/home-support/${encodeURIComponent(token)}`;

export const useSupportView = (token: string) =>
  useQuery({
    queryKey: ['home-support', token],
    queryFn: () => api.get<HomeSessionView>(link(token)),
    retry: false,
  });

export function useSupportAnswer(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CheckinAnswerIn) => api.post<CheckinResult>(`${link(token)}/checkin`, body),
    onSettled: () => client.invalidateQueries({ queryKey: ['home-support', token] }),
  });
}

export const usePortalHomeSessions = () =>
  useQuery({
    queryKey: ['portal', 'at-home'],
    queryFn: () => api.get<PortalHomeSessions>('/api/portal/at-home'),
  });

export function usePortalAnswer(dosingRecordId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CheckinAnswerIn) =>
      api.post<CheckinResult>(`/api/portal/at-home/${dosingRecordId}/checkin`, body),
    onSettled: () => client.invalidateQueries({ queryKey: ['portal', 'at-home'] }),
  });
}

export const useHomeTimeline = (dosingRecordId: string) =>
  useQuery({
    queryKey: ['dosing-record', dosingRecordId, 'at-home'],
    queryFn: () => api.get<HomeTimeline>(`/api/dosing-records/${dosingRecordId}/at-home`),
  });

export function useMakeSupportLink(dosingRecordId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<SupportLink>(`/api/dosing-records/${dosingRecordId}/support-link`, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: ['dosing-record', dosingRecordId, 'at-home'] }),
  });
}

export type AtHomeSettingsOut = import('../../api/at-home.ts').AtHomeSettingsOut;
export type AtHomeSettingsPut = import('../../api/at-home.ts').AtHomeSettingsPut;

const programKey = (programId: string) => ['program', programId, 'at-home'] as const;

/** Whether a program's dosing sessions are at-home, with its check-in settings. */
export const useProgramAtHome = (programId: string) =>
  useQuery({
    queryKey: programKey(programId),
    queryFn: () => api.get<AtHomeSettingsOut>(`/api/programs/${programId}/at-home`),
  });

export function useSaveProgramAtHome(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AtHomeSettingsPut) =>
      api.put<AtHomeSettingsOut>(`/api/programs/${programId}/at-home`, body),
    onSuccess: (data) => client.setQueryData(programKey(programId), data),
  });
}

export type SupportPersonOut = import('../../api/at-home.ts').SupportPersonOut;
export type SupportPersonPut = import('../../api/at-home.ts').SupportPersonPut;

export const useSupportPerson = (enrollmentId: string) =>
  useQuery({
    queryKey: ['enrollment', enrollmentId, 'support-person'],
    queryFn: () => api.get<SupportPersonOut>(`/api/enrollments/${enrollmentId}/support-person`),
  });

export function useSaveSupportPerson(enrollmentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SupportPersonPut) =>
      api.put<SupportPersonOut>(`/api/enrollments/${enrollmentId}/support-person`, body),
    onSuccess: (data) => client.setQueryData(['enrollment', enrollmentId, 'support-person'], data),
  });
}
