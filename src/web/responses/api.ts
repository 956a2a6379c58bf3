/** A client's questionnaire responses: the list, one response with its answers, and entering one. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QuestionnaireResponse, ResponseCreate } from '../../api/responses.ts';
import { api } from '../http/http.ts';

export const responseKeys = {
  all: (clientId: string) => ['responses', clientId] as const,
  list: (clientId: string) => ['responses', clientId, 'list'] as const,
  detail: (clientId: string, id: string) => ['responses', clientId, 'detail', id] as const,
};

const base = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/responses`;

export function useClientResponses(clientId: string, enabled = true) {
  return useQuery({
    queryKey: responseKeys.list(clientId),
    queryFn: () => api.get<{ items: QuestionnaireResponse[] }>(base(clientId)),
    enabled,
    // Clinical data, read under audit: ask the server when the page opens, not on every tab switch.
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}

/** One response with its item answers: every open is recorded in the audit trail. */
export function useResponse(clientId: string, id: string | null) {
  return useQuery({
    queryKey: responseKeys.detail(clientId, id ?? ''),
    queryFn: () => api.get<QuestionnaireResponse>(`${base(clientId)}/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useCreateResponse(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResponseCreate) => api.post<QuestionnaireResponse>(base(clientId), body),
    onSuccess: (saved) => {
      queryClient.setQueryData<{ items: QuestionnaireResponse[] }>(responseKeys.list(clientId), (old) =>
        old ? { items: newestFirst([saved, ...old.items.filter((r) => r.id !== saved.id)]) } : old,
      );
      void queryClient.invalidateQueries({ queryKey: responseKeys.list(clientId) });
    },
  });
}

/** Newest administration first, as the server lists them. */
export function newestFirst(items: QuestionnaireResponse[]): QuestionnaireResponse[] {
  return [...items].sort((a, b) => Date.parse(b.administeredAt) - Date.parse(a.administeredAt));
}
