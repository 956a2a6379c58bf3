/** Data subject rights: the report, erasure requests and the retention setting. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DataRightsReport, ErasureOutcome, ErasureRequestBody } from '../../api/data-rights.ts';
import { clientKeys } from '../clients/api.ts';
import { api } from '../http/http.ts';

const reportKey = ['data-rights'] as const;

/** Where the browser downloads a client's export (a GET: the session cookie is enough). */
export const exportPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/export`;

export function useDataRights() {
  return useQuery({ queryKey: reportKey, queryFn: () => api.get<DataRightsReport>('/api/data-rights') });
}

export function useRequestErasure(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ErasureRequestBody) =>
      api.post<ErasureOutcome>(`/api/clients/${encodeURIComponent(clientId)}/erasure-requests`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: clientKeys.all });
      void queryClient.invalidateQueries({ queryKey: reportKey });
    },
  });
}

export function useSetRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (retentionYears: number) =>
      api.put<DataRightsReport>('/api/data-rights/retention', { retentionYears }),
    onSuccess: (report) => queryClient.setQueryData(reportKey, report),
  });
}
