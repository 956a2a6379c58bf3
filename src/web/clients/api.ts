/** Client records: the list, one record, and the changes to it. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Client, ClientCreate, ClientList, ClientUpdate } from '../../api/clients.ts';
import { api, withQuery } from '../http/http.ts';

export type ClientStatus = 'active' | 'archived' | 'all';

export interface ClientListParams {
  q: string;
  status: ClientStatus;
  limit: number;
  offset: number;
}

export const clientKeys = {
  all: ['clients'] as const,
  list: (params: ClientListParams) => ['clients', 'list', params] as const,
  detail: (id: string) => ['clients', 'detail', id] as const,
};

export function useClientList(params: ClientListParams) {
  return useQuery({
    queryKey: clientKeys.list(params),
    queryFn: () => api.get<ClientList>(withQuery('/api/clients', { ...params })),
    placeholderData: keepPreviousData,
  });
}

export function useClient(id: string) {
  return useQuery({
    queryKey: clientKeys.detail(id),
    queryFn: () => api.get<Client>(`/api/clients/${encodeURIComponent(id)}`),
    // Opening a record always asks the server, which records the view in the audit trail.
    staleTime: 0,
  });
}

/** Stores a saved record and marks every list stale. */
function useRemember() {
  const queryClient = useQueryClient();
  return (client: Client) => {
    queryClient.setQueryData(clientKeys.detail(client.id), client);
    void queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
  };
}

export function useCreateClient() {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: ClientCreate) => api.post<Client>('/api/clients', body),
    onSuccess: remember,
  });
}

export function useUpdateClient(id: string) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: ClientUpdate) => api.put<Client>(`/api/clients/${encodeURIComponent(id)}`, body),
    onSuccess: remember,
  });
}

export function useSetArchived(id: string) {
  const remember = useRemember();
  return useMutation({
    mutationFn: ({ archived, version }: { archived: boolean; version: number }) =>
      api.post<Client>(`/api/clients/${encodeURIComponent(id)}/${archived ? 'archive' : 'restore'}`, {
        version,
      }),
    onSuccess: remember,
  });
}

/** The record a 409 conflict carries as `current`, if it looks like one. */
export function conflictCurrent(extra: Record<string, unknown>): Client | null {
  const current = extra.current;
  if (typeof current === 'object' && current !== null && 'id' in current && 'version' in current) {
    return current as Client;
  }
  return null;
}
