/** The client's consent documents in the portal (GET /api/portal/consents) and signing one. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PortalConsent, SignConsent } from '../../api/consents.ts';
import { api } from '../http/http.ts';
import { portalHomeKeys } from '../portal-home/api.ts';

export type { PortalConsent, SignConsent };

// Under the portal home's key: signing out removes the client's consents from memory too.
export const consentsKey = [...portalHomeKeys.all, 'consents'] as const;

export function usePortalConsents(enabled = true) {
  return useQuery({
    queryKey: consentsKey,
    queryFn: () => api.get<{ items: PortalConsent[] }>('/api/portal/consents'),
    enabled,
    staleTime: 0,
  });
}

export function useSignConsent(enrollmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignConsent) =>
      api.post<void>(`/api/portal/consents/${encodeURIComponent(enrollmentId)}/sign`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: consentsKey }),
  });
}
