/** The front office for staff: a cohort's listing, the applications queue, decisions and offers. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApplicationDetail,
  ApplicationSummary,
  DecisionBody,
  Listing,
  ListingBody,
  Offer,
  OfferResponseBody,
} from '../../api/front-office.ts';
import { api, withQuery } from '../http/http.ts';

export type { ApplicationDetail, ApplicationSummary, DecisionBody, Listing, ListingBody, Offer };

const enc = encodeURIComponent;

export const frontOfficeKeys = {
  listing: (cohortId: string) => ['front-office', 'listing', cohortId] as const,
  queue: (cohortId: string) => ['front-office', 'applications', 'list', cohortId] as const,
  application: (id: string) => ['front-office', 'applications', 'detail', id] as const,
};

export function useListing(cohortId: string) {
  return useQuery({
    queryKey: frontOfficeKeys.listing(cohortId),
    queryFn: () => api.get<{ listing: Listing | null }>(`/api/cohorts/${enc(cohortId)}/listing`),
    select: (data) => data.listing,
  });
}

export function usePutListing(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ListingBody) => api.put<Listing>(`/api/cohorts/${enc(cohortId)}/listing`, body),
    onSuccess: (listing) => {
      queryClient.setQueryData(frontOfficeKeys.listing(cohortId), { listing });
      void queryClient.invalidateQueries({ queryKey: ['front-office', 'applications'] });
    },
  });
}

/** The queue (every status; the screen filters by stage), optionally for one cohort. Reads are audited. */
export function useApplications(cohortId: string) {
  return useQuery({
    queryKey: frontOfficeKeys.queue(cohortId),
    queryFn: () => api.get<{ items: ApplicationSummary[] }>(withQuery('/api/applications', { cohortId })),
    select: (data) => data.items,
    refetchOnWindowFocus: false,
  });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: frontOfficeKeys.application(id),
    queryFn: () => api.get<ApplicationDetail>(`/api/applications/${enc(id)}`),
    refetchOnWindowFocus: false,
  });
}

export function useDecide(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DecisionBody) =>
      api.post<ApplicationDetail>(`/api/applications/${enc(id)}/decision`, body),
    onSuccess: (detail) => {
      queryClient.setQueryData(frontOfficeKeys.application(id), detail);
      void queryClient.invalidateQueries({ queryKey: ['front-office', 'applications', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['front-office', 'listing'] });
    },
  });
}

export function useOfferStatus(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ offerId, ...body }: OfferResponseBody & { offerId: string }) =>
      api.post<Offer>(`/api/offers/${enc(offerId)}/status`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: frontOfficeKeys.application(applicationId) });
      void queryClient.invalidateQueries({ queryKey: ['front-office', 'applications', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['front-office', 'listing'] });
      void queryClient.invalidateQueries({ queryKey: ['cohorts'] });
    },
  });
}
