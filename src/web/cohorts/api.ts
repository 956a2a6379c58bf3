/** Cohorts: clients who start a program together, their roster and group sessions; enrolling a client. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClientList } from '../../api/clients.ts';
import type {
  Cohort,
  CohortCreate,
  CohortSummary,
  CohortUpdate,
  FacilitatorChoices,
} from '../../api/cohorts.ts';
import type { EnrollmentCreate } from '../../api/enrollments.ts';
import { api, withQuery } from '../http/http.ts';

export type { Cohort, CohortCreate, CohortSummary, CohortUpdate, EnrollmentCreate };
export interface Ref {
  id: string;
  name: string;
}
export type RosterEntry = Cohort['roster'][number];
export type CohortSession = Cohort['sessions'][number];

export const cohortKeys = {
  all: ['cohorts'] as const,
  list: (programId: string) => ['cohorts', 'list', programId] as const,
  detail: (id: string) => ['cohorts', 'detail', id] as const,
};

const enc = encodeURIComponent;

export function useCohorts(programId = '') {
  return useQuery({
    queryKey: cohortKeys.list(programId),
    queryFn: () => api.get<{ items: CohortSummary[] }>(withQuery('/api/cohorts', { programId })),
    placeholderData: keepPreviousData,
  });
}

export function useCohort(id: string) {
  return useQuery({
    queryKey: cohortKeys.detail(id),
    queryFn: () => api.get<Cohort>(`/api/cohorts/${enc(id)}`),
    // The roster names are read under audit: ask when the page opens, not on every tab switch.
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}

function useRemember() {
  const queryClient = useQueryClient();
  return (cohort: Cohort) => {
    queryClient.setQueryData(cohortKeys.detail(cohort.id), cohort);
    void queryClient.invalidateQueries({ queryKey: ['cohorts', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['calendar'] });
  };
}

export function useCreateCohort() {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: CohortCreate) => api.post<Cohort>('/api/cohorts', body),
    onSuccess: remember,
  });
}

export function useUpdateCohort(id: string) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: CohortUpdate) => api.put<Cohort>(`/api/cohorts/${enc(id)}`, body),
    onSuccess: remember,
  });
}

export function useEnroll(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EnrollmentCreate) => api.post<{ id: string }>('/api/enrollments', body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: cohortKeys.detail(cohortId) });
      void queryClient.invalidateQueries({ queryKey: ['cohorts', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['calendar'] });
    },
  });
}

/** Clients matching a search, for the enroll dialog (only when something was typed). */
export function useClientSearch(q: string) {
  return useQuery({
    queryKey: ['clients', 'search', q],
    queryFn: () => api.get<ClientList>(withQuery('/api/clients', { q, limit: 10, status: 'active' })),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}

/**
 * Members who can facilitate (roles that run sessions): name and role only, for whoever schedules
 * sessions (`session.schedule`); other roles get `enabled: false` and see the facilitators assigned.
 */
export function useFacilitatorChoices(enabled: boolean) {
  return useQuery({
    queryKey: ['cohort-facilitators'],
    queryFn: () => api.get<FacilitatorChoices>('/api/cohort-facilitators'),
    enabled,
    select: (data) => data.items,
  });
}
