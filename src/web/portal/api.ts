/** The client portal's requests: the invitation behind a link, saving progress, and sending. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { PortalInvitation, PortalSubmit, SubmitResult } from '../../api/portal.ts';
import { api } from '../http/http.ts';
import type { Answers } from './flow.ts';

export type { PortalInvitation, SubmitResult };
export type PortalItem = PortalInvitation['instrument']['items'][number];

const base = (token: string) => `/api/portal/invitations/${encodeURIComponent(token)}`;

export function usePortalInvitation(token: string) {
  return useQuery({
    queryKey: ['portal', token],
    queryFn: () => api.get<PortalInvitation>(base(token)),
    // Read once: the page holds the answers from then on, and a refetch must not reset them.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export function useSaveDraft(token: string) {
  return useMutation({
    mutationFn: (answers: Answers) => api.put<void>(`${base(token)}/draft`, { answers }),
  });
}

export function useSubmitAnswers(token: string) {
  return useMutation({
    mutationFn: (body: PortalSubmit) => api.post<SubmitResult>(`${base(token)}/submit`, body),
  });
}
