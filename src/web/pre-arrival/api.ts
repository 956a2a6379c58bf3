/** A cohort's pre-arrival messages (GET/PUT /api/cohorts/:id/pre-arrival[/:language]). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PreArrivalBody, PreArrivalList } from '../../api/pre-arrival.ts';
import { api } from '../http/http.ts';

export type { PreArrivalBody, PreArrivalList };
export type PreArrivalLanguage = 'en' | 'nl';

const key = (cohortId: string) => ['pre-arrival', cohortId] as const;
const base = (cohortId: string) => `/api/cohorts/${encodeURIComponent(cohortId)}/pre-arrival`;

export function usePreArrival(cohortId: string) {
  return useQuery({ queryKey: key(cohortId), queryFn: () => api.get<PreArrivalList>(base(cohortId)) });
}

export function useSavePreArrival(cohortId: string, language: PreArrivalLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PreArrivalBody) => api.put<PreArrivalList>(`${base(cohortId)}/${language}`, body),
    onSuccess: (data) => queryClient.setQueryData(key(cohortId), data),
  });
}
