/** The organization's crisis lines: read by every member, replaced as a whole list by those allowed. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CrisisLineList, CrisisLinesPut } from '../../api/crisis-lines.ts';
import { api } from '../http/http.ts';

export type CrisisLineDraft = CrisisLinesPut['lines'][number];

const key = ['organization', 'crisis-lines'] as const;

export function useCrisisLines() {
  return useQuery({
    queryKey: key,
    queryFn: () => api.get<CrisisLineList>('/api/organization/crisis-lines'),
  });
}

export function useSaveCrisisLines() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CrisisLinesPut) => api.put<CrisisLineList>('/api/organization/crisis-lines', body),
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
}
