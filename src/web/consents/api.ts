/** The signed copy of a consent (GET /api/consents/:id, audited on the server). */
import { useQuery } from '@tanstack/react-query';
import type { SignedConsent } from '../../api/consents.ts';
import { api } from '../http/http.ts';

export type { SignedConsent };

export function useSignedConsent(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['consents', id],
    queryFn: () => api.get<SignedConsent>(`/api/consents/${encodeURIComponent(id)}`),
    enabled,
  });
}
