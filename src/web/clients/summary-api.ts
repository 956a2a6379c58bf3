/** A client's clinical header, from GET /api/clients/:id/summary (each view audited). */
import { useQuery } from '@tanstack/react-query';
import type { ClientSummary } from '../../api/client-summary.ts';
import { api } from '../http/http.ts';

export type { ClientSummary };

export function useClientSummary(id: string) {
  return useQuery({
    queryKey: ['clients', 'summary', id],
    queryFn: () => api.get<ClientSummary>(`/api/clients/${encodeURIComponent(id)}/summary`),
    // Alerts change while the page is open: ask again on focus and every minute.
    staleTime: 0,
    refetchInterval: 60_000,
  });
}
