/** The organization's API tokens (owners): list, issue, revoke. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiToken, ApiTokenCreate } from '../../api/api-tokens.ts';
import { api } from '../http/http.ts';

const tokensKey = ['api-tokens'] as const;

export function useApiTokens() {
  return useQuery({
    queryKey: tokensKey,
    queryFn: () => api.get<{ items: ApiToken[]; scopes: string[] }>('/api/api-tokens'),
  });
}

export function useIssueToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiTokenCreate) =>
      api.post<{ token: string; apiToken: ApiToken }>('/api/api-tokens', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<ApiToken>(`/api/api-tokens/${encodeURIComponent(id)}/revoke`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
