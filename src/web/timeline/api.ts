/** A client's programs on one page: enrollments, their sessions, questionnaires due and dosing records. */
import { useQuery } from '@tanstack/react-query';
import type { Timeline, TimelineSession } from '../../api/timeline.ts';
import { api } from '../http/http.ts';

export type { Timeline, TimelineSession };
export type TimelineEnrollment = Timeline['enrollments'][number];

export const timelineKeys = {
  all: ['timeline'] as const,
  client: (clientId: string) => ['timeline', clientId] as const,
};

export function useTimeline(clientId: string, enabled = true) {
  return useQuery({
    queryKey: timelineKeys.client(clientId),
    queryFn: () => api.get<Timeline>(`/api/clients/${encodeURIComponent(clientId)}/timeline`),
    enabled,
    // Read under audit: ask when the page opens, not on every tab switch.
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}
