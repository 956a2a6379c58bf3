/** The safety-alert queue: lists by status, the open count for the navigation, acknowledge and resolve. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Alert } from '../../api/alerts.ts';
import { api, withQuery } from '../http/http.ts';

export type { Alert };
export type AlertFilter = 'active' | 'resolved';

/** New risk answers must show within a minute. */
export const ALERT_POLL_MS = 30_000;

export const alertKeys = {
  all: ['alerts'] as const,
  list: (status: AlertFilter) => ['alerts', 'list', status] as const,
  count: ['alerts', 'count'] as const,
};

export function useAlerts(status: AlertFilter) {
  return useQuery({
    queryKey: alertKeys.list(status),
    queryFn: () => api.get<{ items: Alert[] }>(withQuery('/api/alerts', { status })),
    refetchInterval: ALERT_POLL_MS,
    staleTime: 0,
  });
}

export function useAlertCount() {
  return useQuery({
    queryKey: alertKeys.count,
    queryFn: () => api.get<{ active: number; high: number }>('/api/alerts/count'),
    refetchInterval: ALERT_POLL_MS,
    staleTime: 0,
  });
}

/** After a change: every list and the count are asked again. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: alertKeys.all });
}

const base = (id: string) => `/api/alerts/${encodeURIComponent(id)}`;

export function useAcknowledgeAlert() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api.post<Alert>(`${base(id)}/acknowledge`, {}),
    onSettled: refresh,
  });
}

export function useResolveAlert() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      api.post<Alert>(`${base(id)}/resolve`, { note }),
    onSuccess: refresh,
  });
}
